package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The splitter that reads only the sentences around some offsets, passing over the others from a
 * break it reads alone, gives for each offset the sentence that splitting the whole text gives
 * (the oracle: {@link Sentences.Splitter#split(String)}, which reads every sentence), and only
 * spans of that split. Texts are drawn in every pack from its abbreviations, openers, weekday and
 * scale words, with initials, acronyms, positions in degrees, citation marks of every length up
 * to past the mark's reach, lone brackets, stray marks after a sentence (". , Next"), ellipses,
 * broken decimals, glued sentences, quotes, line and paragraph breaks, and characters that leave
 * a paragraph to ICU.
 */
class SentenceResyncTest {
  private static final String[] COMMON = {"the", "war", "ended", "ended.", "in", "1945", "1945.",
      "3.5", "2.", "5", "J.", "A.", "U.S.", "U. S.", "Ph.D.", "D.C.", "e.g.", "x.y",
      "War.Then", "ended.Next", "stop!Now", "why?Yes", "...", "…", "[…]", "(...)", ". . .",
      "Paris,", "Rome", "Korvath", "Quillon", "\"Yes.\"", "(1918).", "“Go.”", "'It", "[12]",
      "[1][2]", "[note 3]", "[a very long note that runs on past forty chars]", "[", "]",
      "1st.", "03/15", "41", "deg.", "12'", "N.", "S.", "°", "ngày", "Tháng", "бой.", "А.",
      "\u05d0.", "\u05d3.", "\u05e6\u05d4\"\u05dc", "\u05c3", "!", "?", ".", ",", ":", ";",
      ". ,", ". , .", "! ;", "? :", "-", ")", "\u201d", " ", "  ", "\t", "\n", "\n", "\n\n",
      "\r\n", "\u0301", "\u200f", "(H.R.", "7260;", "Pub.", "L.", "74-271)", "He", "In",
      "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz"};
  private static final Map<Language, Sentences.Splitter> SPLITTERS =
      new java.util.HashMap<>();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(Language.values()).flatMap(lang -> {
      List<String> words = new ArrayList<>(List.of(COMMON));
      Sentences.Abbreviations a = Sentences.Abbreviations.of(lang);
      a.titles().stream().sorted().limit(12).forEach(w -> words.add(cap(w) + "."));
      a.openers().stream().sorted().limit(12).forEach(w -> words.add(cap(w)));
      a.weekdays().stream().sorted().limit(4).forEach(w -> words.add(cap(w) + "."));
      a.scales().stream().sorted().limit(4).forEach(words::add);
      a.degrees().stream().sorted().limit(4).forEach(w -> words.add(w + "."));
      a.compass().stream().sorted().limit(4).forEach(w -> words.add(cap(w) + "."));
      return Arbitraries.of(words).list().ofMinSize(0).ofMaxSize(70).map(l -> {
        StringBuilder b = new StringBuilder(lang.code()).append('|');
        for (String w : l) {
          // Mostly spaced, sometimes glued, so marks meet the words after them.
          b.append(w).append(w.hashCode() % 5 == 0 ? "" : " ");
        }
        return b.toString();
      });
    });
  }

  @Provide
  Arbitrary<List<Integer>> picks() {
    return Arbitraries.integers().between(0, 1_000).list().ofMinSize(1).ofMaxSize(6);
  }

  private static String cap(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  @Property(tries = 8000, seed = "22")
  void eachWantedOffsetHasTheSentenceTheWholeSplitGives(@ForAll("texts") String drawn,
      @ForAll("picks") List<Integer> picks) {
    int bar = drawn.indexOf('|');
    Language lang = Language.fromCode(drawn.substring(0, bar)).orElseThrow();
    String text = drawn.substring(bar + 1);
    net.jqwik.api.Assume.that(!text.isEmpty());
    int[] wanted = picks.stream().mapToInt(p -> p % text.length()).sorted().distinct().toArray();
    check(lang, text, wanted);
  }

  @Test
  void aSentenceAfterOthersIsFoundFromTheBreakBeforeIt() {
    String[] texts = {"The fleet sailed at dawn. St. Petersburg lay ahead. Nine ships sank. In "
        + "1905 the war ended.[3] A treaty followed. , The envoys met. U.S. Senate voted.",
        // Stray marks across a kept line feed: the next sentence starts after them.
        "Ships sank in the bay.\n, The envoys met at noon.\n ; In 1906 peace came. A. B. Smith "
        + "wrote it. The fleet lay at 41 deg. 12' N. Nine were saved. About 2.\n5 million died."
        + " Paris, London... Rome fell. Then [a] [note] came.[1][2] It ended."};
    for (String text : texts) {
      for (Language lang : Language.values()) {
        for (int w = 0; w < text.length(); w++) {
          check(lang, text, new int[] {w});
          check(lang, text, new int[] {w / 2, w});
        }
      }
    }
  }

  private static void check(Language lang, String text, int[] wanted) {
    Sentences.Splitter splitter = SPLITTERS.computeIfAbsent(lang, Sentences.Splitter::new);
    List<Span> whole = splitter.split(text);
    List<Span> some = splitter.around(text, wanted);
    Set<Span> all = new HashSet<>(whole);
    String shown = lang + " " + java.util.Arrays.toString(wanted) + " " + text.replace("\n",
        "\\n");
    for (Span s : some) {
      assertTrue(all.contains(s), "not a sentence of the whole split: " + s + " " + shown);
    }
    for (int k = 1; k < some.size(); k++) {
      assertTrue(some.get(k - 1).end() <= some.get(k).start(), shown);
    }
    for (int w : wanted) {
      assertEquals(holding(whole, w), holding(some, w), "offset " + w + " " + shown);
    }
  }

  private static Span holding(List<Span> spans, int offset) {
    for (Span s : spans) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
