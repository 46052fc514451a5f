package org.factdrill.lang;

/**
 * Roman numerals up to XXX (centuries: "thế kỷ XX", "the XIX century", "V век"), in either case;
 * one reader for extraction and for typed answers.
 */
public final class RomanNumerals {
  private RomanNumerals() {}

  /** The value of {@code s}, written in I, V and X only (either case), 1 to 30; else -1. */
  public static int value(CharSequence s) {
    int total = 0;
    int prev = 0;
    for (int k = s.length() - 1; k >= 0; k--) {
      int v;
      switch (Character.toUpperCase(s.charAt(k))) {
        case 'I': v = 1; break;
        case 'V': v = 5; break;
        case 'X': v = 10; break;
        default: return -1;
      }
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total > 0 && total <= 30 ? total : -1;
  }
}
