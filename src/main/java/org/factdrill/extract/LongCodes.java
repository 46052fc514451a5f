package org.factdrill.extract;

/**
 * Marks a run of {@value #MIN_DIGITS} digits or more written without a thousands mark: a text
 * that states a figure that large groups its digits or says its scale in words ("5 billion"), so
 * an ungrouped run is a code (a telephone or ISBN number, a box's garbled value), not a figure.
 */
final class LongCodes {
  static final int MIN_DIGITS = 10;

  private LongCodes() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (t.isDigits(i) && t.endOf(i) - t.startOf(i) >= MIN_DIGITS && !grouped(t, i)) {
        t.blocked[i] = true;
      }
    }
  }

  /** Digits i follow another group after a mark or a single space ("1,0000000000"). */
  private static boolean grouped(Toks t, int i) {
    return t.isDigits(i - 1) && t.startOf(i) - t.endOf(i - 1) == 1
        || t.attached(i) && (t.isPunct(i - 1, '.') || t.isPunct(i - 1, ',')
            || t.isPunct(i - 1, '\'')) && t.isDigits(i - 2) && t.attached(i - 1);
  }
}
