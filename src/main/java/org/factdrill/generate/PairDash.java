package org.factdrill.generate;

import java.util.regex.Pattern;

/**
 * A spaced dash between two capitalised words joins a pair's names ("the Varn – Kessel border",
 * "biên giới Việt – Trung", "the Orvin - Tal line"): it is part of a name, never the end of a
 * clause where a prompt or a chronology item may be cut.
 */
final class PairDash {
  private static final Pattern SPACED = Pattern.compile("\\s[-–—]\\s");

  private PairDash() {}

  /** True when s[at, end) is a spaced dash with a capitalised word right before and after it. */
  static boolean at(String s, int at, int end) {
    if (!SPACED.matcher(s.substring(at, end)).matches()) {
      return false;
    }
    int w = at;
    while (w > 0 && Character.isLetter(s.charAt(w - 1)) || w > 0 && Character.getType(
        s.charAt(w - 1)) == Character.NON_SPACING_MARK) {
      w--;
    }
    return w < at && capital(s, w) && end < s.length() && capital(s, end);
  }

  private static boolean capital(String s, int i) {
    int cp = s.codePointAt(i);
    return Character.isUpperCase(cp) || Character.isTitleCase(cp);
  }
}
