package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The soft-wrap pass that jumps from line break to line break reads each break as the pass over
 * every character did (kept here as the oracle): long unended lines and lines a lower-case line
 * goes on from become one line; short, ended or capitalized ones keep their break.
 */
class SoftWrapsPropertyTest {

  /** Sentences.softWraps as it was before session 10. */
  private static String old(String para) {
    if (para.indexOf('\n') < 0) {
      return para;
    }
    char[] c = para.toCharArray();
    int lineStart = 0;
    for (int i = 0; i < c.length; i++) {
      if (c[i] != '\n') {
        continue;
      }
      int end = i;
      while (end > lineStart && Character.isWhitespace(c[end - 1])) {
        end--;
      }
      boolean longLine = end - lineStart >= 40;
      boolean ended = end > lineStart && ".!?:…\"”'׃".indexOf(c[end - 1]) >= 0;
      int next = i + 1;
      while (next < c.length && (c[next] == ' ' || c[next] == '\t')) {
        next++;
      }
      boolean continues = end > lineStart && next < c.length && Character.isLowerCase(c[next])
          && Character.isLetterOrDigit(c[end - 1]);
      if ((longLine || continues) && !ended) {
        c[i] = ' ';
      }
      lineStart = i + 1;
    }
    return new String(c);
  }

  @Provide
  Arbitrary<String> paragraphs() {
    // Words of both cases and of a caseless script, marks that end a line, spaces, tabs and line
    // breaks in runs, so short and long lines (40 characters and more) both occur.
    return Arbitraries.of("word ", "Word ", "\u05E9\u05DC\u05D5\u05DD ", "a", "B", "1", ".",
        ":", "…", "\"", "\u05C3", " ", "\t", "\n", "\n", "\r\n", "\n\n", "abcdefghijklmnop ")
        .list().ofMinSize(0).ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 4000, seed = "1616")
  void eachBreakIsReadAsBefore(@ForAll("paragraphs") String para) {
    assertEquals(old(para), Sentences.softWraps(para), para);
  }
}
