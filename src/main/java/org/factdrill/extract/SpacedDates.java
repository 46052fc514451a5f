package org.factdrill.extract;

/**
 * A day, a month and a two-digit year in brackets, separated by spaces alone ("(22 8 45)"), are a
 * numeric date whose separators were lost in copying: three numbers that count nothing. Its
 * century is not written, so it is no date either; the tokens are left unread.
 */
final class SpacedDates {
  private SpacedDates() {}

  /** The token after the bracketed date whose day is the digits at i, or -1. */
  static int end(Toks t, int i) {
    if (!t.isPunct(i - 1, '(') || !t.attached(i) || !t.isDigits(i + 1) || t.attached(i + 1)
        || !t.isDigits(i + 2) || t.attached(i + 2) || t.length(i + 2) != 2
        || !t.isPunct(i + 3, ')') || !t.attached(i + 3) || t.length(i) > 2 || t.length(i + 1) > 2) {
      return -1;
    }
    int day = t.smallValue(i);
    int month = t.smallValue(i + 1);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? i + 3 : -1;
  }
}
