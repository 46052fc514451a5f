package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * One visit per digit run ({@link DigitRuns}, with the numbering lines and tables before it)
 * blocks exactly the tokens the passes one per rule blocked ({@link OldMarkingPasses}).
 */
class DigitRunsTest {
  private static final String[] MARKS = {"/", "/", "-", "\u2013", "\u2014", "\u27f6", "\u2192",
      "\u00ba", "\u25e6", "\u00aa", ":", ".", ",", "[", "[", "]", "@", "|", "|", "(", ")", "#"};
  private static final String[] GAPS = {" ", " ", " ", " ", "", "", "\n", "\n", "\n\n",
      "\u00a0", " | "};

  /** The words the rules read, of one pack, with words of no list and every pack's labels. */
  private static List<String> words(Lexicon lex) {
    List<String> w = new ArrayList<>();
    for (WordList l : new WordList[] {WordList.CALENDAR_NAME_WORDS, WordList.OWN_CALENDAR_WORDS,
        WordList.COUNTER_LINKS, WordList.COUNTER_NOUNS}) {
      // each list as often as the others, however long: "calendar" is one word, the nouns many
      for (int k = 0; k < 6 && !lex.words(l).isEmpty(); k++) {
        w.addAll(lex.words(l));
      }
    }
    w.addAll(lex.words(WordList.DESIGNATORS));
    w.addAll(LanguagePacks.allWords("diff-line-labels"));
    w.addAll(List.of("zorbel", "quint", "Ablo", "MARV", "ta"));
    return w;
  }

  private static String digits(Random r) {
    switch (r.nextInt(6)) {
      case 0, 1 -> {
        return Integer.toString(1 + r.nextInt(12));
      }
      case 2 -> {
        return Integer.toString(r.nextInt(1000));
      }
      case 3 -> {
        return "0" + r.nextInt(100);
      }
      case 4 -> {
        return Integer.toString(1000 + r.nextInt(9000));
      }
      default -> {
        return Integer.toString(r.nextInt(1_000_000));
      }
    }
  }

  /** A text of digit runs, marks and the packs' words, glued or apart, over several lines. */
  static String text(Lexicon lex, Random r) {
    List<String> w = words(lex);
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(40);
    for (int k = 0; k < n; k++) {
      int kind = r.nextInt(10);
      String tok = kind < 4 ? digits(r)
          : kind < 7 ? MARKS[r.nextInt(MARKS.length)]
          : w.isEmpty() ? "x" : w.get(r.nextInt(w.size()));
      if (kind >= 7 && r.nextInt(4) == 0) {
        tok = Character.toUpperCase(tok.charAt(0)) + tok.substring(1);
      }
      b.append(tok).append(GAPS[r.nextInt(GAPS.length)]);
    }
    return b.toString();
  }

  @Property(tries = 1000)
  void oneVisitBlocksWhatThePassesOnePerRuleBlocked(
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int seed) {
    Random r = new Random(seed);
    for (Language l : Language.values()) {
      Lexicon lex = Lexicon.of(l);
      String text = text(lex, r);
      assertSameBlocks(text, lex);
    }
  }

  @Test
  void theRulesStillBlockTheirCases() {
    Lexicon en = Lexicon.of(Language.EN);
    for (String text : List.of("Photo 3 / 12\nnext", "1 / 7\n", "Slide 2/5\n", "3 of 12\n",
        "\u2014 151 \u2014\n", "Line 35:\nx", "Line 171 \u2192 159:\n", "3\u00ba item",
        "1\n2\n3\n4\n5\n", "| No. | Title |\n| 4 | a b |\n")) {
      Toks t = assertSameBlocks(text, en);
      boolean any = false;
      for (int i = 0; i < t.size(); i++) {
        any |= t.isBlocked(i);
      }
      assertTrue(any, text);
    }
  }

  private static Toks assertSameBlocks(String text, Lexicon lex) {
    Toks old = Tokenizer.toks(text);
    NonFacts.mark(old, lex);
    OldMarkingPasses.mark(old, lex);
    Toks now = Tokenizer.toks(text);
    NonFacts.mark(now, lex);
    MarkupNumbers.markup(now);
    NumberingLines.mark(now);
    TableLabels.mark(now, lex);
    DigitRuns.mark(now, lex);
    assertArrayEquals(old.blocked, now.blocked, () -> lex + " in: " + text);
    return now;
  }
}
