package org.factdrill.text;

import java.util.Locale;
import java.util.Set;

/**
 * A decimal number broken across a line by a page that wraps its lines at a fixed width: the
 * integer part and its decimal point end one line, the fraction's digits and a scale word begin
 * the next ("… about 2.\n5 million people …"). A sentence does not open with a bare digit and a
 * scale word, so the point there is the inside of a number, not a sentence's end. In any language
 * whose pack names scale words (million, מיליון, triệu).
 */
final class BrokenDecimals {
  /** The fraction's digits on the next line are this many at most. */
  private static final int FRACTION_DIGITS = 3;

  private BrokenDecimals() {}

  /**
   * True when the break at {@code e} of {@code para} follows a digit and a point at a line's end,
   * and the next line opens with a few digits, a space and one of {@code scales}.
   */
  static boolean goesOn(String para, int e, Set<String> scales) {
    if (scales.isEmpty()) {
      return false;
    }
    int end = e;
    while (end > 0 && Character.isWhitespace(para.charAt(end - 1))) {
      end--;
    }
    // The decimal mark is "." or "," (Vietnamese "2,\n5 triệu"); a line ending in a comma goes on
    // in any language, so reading "," here never joins what a writer ended.
    char mark = end < 2 ? 0 : para.charAt(end - 1);
    if (end < 2 || mark != '.' && mark != ',' || !Character.isDigit(para.charAt(end - 2))) {
      return false;
    }
    int newlines = 0;
    for (int i = end; i < e; i++) {
      newlines += para.charAt(i) == '\n' ? 1 : 0;
    }
    int d = e;
    while (d < para.length() && Character.isDigit(para.charAt(d))) {
      d++;
    }
    if (newlines != 1 || d == e || d - e > FRACTION_DIGITS || d >= para.length()
        || para.charAt(d) != ' ') {
      return false;
    }
    int w = d + 1;
    while (w < para.length() && Character.isLetter(para.charAt(w))) {
      w++;
    }
    return scales.contains(para.substring(d + 1, w).toLowerCase(Locale.ROOT));
  }
}
