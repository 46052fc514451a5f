package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * {@link StrayMarks#of} tries its expression only at the sentence marks, where a run can start,
 * and finds the runs that {@code find()} over every character found (the old loop, kept here as
 * the oracle), on generated paragraphs of small and capital words, figures of several scripts,
 * letters outside the BMP, sentence marks, closers, the stray marks and every kind of space.
 */
class StrayMarksScanTest {
  /** StrayMarks' expression, as written there (the definition of a stray run). */
  private static final Pattern RUN = Pattern.compile("(?<=\\p{Ll}{3}|\\p{N})[.!?][\"'”’»)\\]]*"
      + "(?:[ \\t\\n]+[.])*[ \\t\\n]+[,;:](?:[ \\t\\n]+[.,;:])*[ \\t\\n]+(?=[\\p{Lu}\\p{N}])");

  private static final String[] PIECES = {"the", "ab", "a", "word", "Năm", "Ông", "năm", "được",
      "Quân", "1788", "7", "٣", "١٩٤٥", "Ⅻ", "½", "\ud835\udc00", "\ud835\udc4e\ud835\udc4e\ud835\udc4e",
      "ĐẠI", "İ", "ς", "שלום", ".", ".", ".", "!", "?", "…", ",", ",", ";", ":", "\"", "'", "”",
      "’", "»", ")", "]", "[", "(", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2009",
      "\u000b", "-", "A.", "Gs.", ". , ", ". . , ", "! ; ", "? : ", ".\" , ", ".) ; ", " , ", " . ",
      "\n, ", " ,\n", ". ,\t", " :  ", " . , . ", "», "};

  private static int runs;

  /** The runs as StrayMarks found them before: find() from every character. */
  private static List<int[]> old(String para) {
    List<int[]> out = new ArrayList<>();
    Matcher m = RUN.matcher(para);
    while (m.find()) {
      int close = m.start() + 1;
      while (close < m.end() && !Character.isWhitespace(para.charAt(close))) {
        close++;
      }
      out.add(new int[] {close, m.end()});
    }
    return out;
  }

  @Provide
  Arbitrary<String> paragraphs() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(30)
        .map(ps -> String.join("", ps));
  }

  @Property(tries = 8000, seed = "1717")
  void findsTheRunsThatFindOverEveryCharacterFound(@ForAll("paragraphs") String para) {
    List<int[]> want = old(para);
    List<int[]> got = StrayMarks.of(para);
    runs += want.size();
    assertEquals(want.size(), got.size(), para);
    for (int k = 0; k < want.size(); k++) {
      assertEquals(want.get(k)[0], got.get(k)[0], para);
      assertEquals(want.get(k)[1], got.get(k)[1], para);
    }
  }

  @AfterContainer
  static void theGeneratedParagraphsHeldRuns() {
    assertTrue(runs > 200, "runs found: " + runs);
  }
}
