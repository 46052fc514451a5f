package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The layout's line tests made cheap give what they gave before, on generated lines and pages:
 * the sentence-end test reads the closers' expression only after a closer, the citation view of a
 * line runs its look-behind expressions only on lines holding a bracket or quote, and the prose's
 * keys without one block are read off counts by block instead of a second pass over the prose.
 * The old code is kept here, verbatim, as the oracle.
 */
class LayoutLinesPropertyTest {
  /** LayoutClassifier.terminal as it was. */
  private static boolean oldTerminal(String s) {
    String t = s.strip().replaceAll("(\\[[^\\]]{1,25}\\]|[\"'”’»)\\]])+$", "").strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '؟' || c == ';'
        || c == ':';
  }

  private static final Pattern INSIDE = Pattern.compile("(?<=\\p{L})[\"״](?=\\p{L})");
  private static final Pattern GLOSS = Pattern.compile(
      "(?<=\\p{L}[\"״]\\p{L}|\\p{L}['׳])\\s*\\((?:\\d{1,2}[./]\\d{1,2}[./])?\\d{4}\\)");

  /** WordMarks.forCitation as it was. */
  private static String oldForCitation(String line) {
    return INSIDE.matcher(GLOSS.matcher(line).replaceAll("")).replaceAll("״");
  }

  /** TitleWords.proseWords as it was: the keys of every prose block but {@code except}. */
  private static Set<String> oldProseWords(String text, List<Block> blocks, Language lang,
      Block except) {
    Set<String> out = new HashSet<>();
    for (Block b : blocks) {
      if (b.cls() == LineClass.PROSE && b != except) {
        out.addAll(TitleWords.keys(b.of(text), lang));
      }
    }
    return out;
  }

  private static final String[] PIECES = {"a", "Ab", "word", "Longer", "תרנ", "ד", "מלחמה", "ה",
      "Việt", "nước", "\"", "״", "'", "׳", "”", "’", "»", ")", "(", "]", "[", "[12]", "[note 3]",
      "[a very long bracket note that runs on]", ".", "!", "?", "…", "。", "؟", ";", ":", ",", " ",
      "  ", "\t", "\n", "\r", "\u0085", "\u2028", "\u00a0", "1864", "(1864)", "12.3.", "5/6/",
      "\u05b8", "-"};

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(12)
        .map(l -> String.join("", l));
  }

  @Property(tries = 6000, seed = "1616")
  void aLineEndsASentenceExactlyWhenTheClosersExpressionSaidSo(@ForAll("lines") String line) {
    assertEquals(oldTerminal(line), LineEnds.terminal(line), line);
    assertEquals(oldTerminal(line), LayoutClassifier.terminal(line), line);
  }

  @Property(tries = 6000, seed = "1616")
  void theCitationViewOfALineIsWhatBothExpressionsMadeOfIt(@ForAll("lines") String line) {
    assertEquals(oldForCitation(line), WordMarks.forCitation(line), line);
  }

  @Provide
  Arbitrary<List<String>> pages() {
    return lines().list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 2000, seed = "1616")
  void theProseWithoutABlockHoldsTheKeysTheOtherProseBlocksHold(
      @ForAll("pages") List<String> paras, @ForAll("classes") List<LineClass> classes) {
    StringBuilder text = new StringBuilder();
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < paras.size(); i++) {
      int start = text.length();
      text.append(paras.get(i));
      LineClass cls = classes.get(i % classes.size());
      blocks.add(new Block(new Span(start, text.length()), cls, start));
      text.append("\n\n");
    }
    String s = text.toString();
    for (Language lang : Language.values()) {
      TitleWords.Prose prose = TitleWords.prose(s, blocks, lang);
      assertEquals(oldProseWords(s, blocks, lang, null), prose.words(), lang + " " + s);
      Set<String> probes = new HashSet<>(List.of("word", "longer", "מלחמה", "việt nước"));
      for (Block b : blocks) {
        probes.addAll(TitleWords.keys(b.of(s), lang));
      }
      for (Block b : blocks) {
        Set<String> old = oldProseWords(s, blocks, lang, b);
        Predicate<String> now = prose.without(s, b);
        for (String k : probes) {
          assertEquals(old.contains(k), now.test(k), lang + " [" + k + "] " + s);
        }
        for (String line : paras) {
          assertEquals(TitleWords.recurrence(line, old, lang),
              TitleWords.recurrence(line, now, lang), lang + " " + line);
        }
      }
    }
  }

  @Provide
  Arbitrary<List<LineClass>> classes() {
    return Arbitraries.of(LineClass.PROSE, LineClass.PROSE, LineClass.HEADING, LineClass.CAPTION)
        .list().ofMinSize(1).ofMaxSize(4);
  }
}
