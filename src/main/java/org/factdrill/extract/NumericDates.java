package org.factdrill.extract;

/**
 * Dates written in digits alone: 30/4/1975, 1-7-1973, 14.5.1948, 3/3/17, 2015-03-03, and a month
 * and year (2/2013). Read off the token arrays: a digit run that starts none makes no token.
 */
final class NumericDates {
  private NumericDates() {}

  /** The numeric date starting at digit run i, or null; {@code monthFirst} orders 3/4 as March 4. */
  static DateRecognizer.Hit at(Toks t, int i, boolean monthFirst) {
    if (t.isDigits(i) && !t.attached(i + 1)) {
      return spaced(t, i, monthFirst);
    }
    if (!t.isDigits(i) || !t.attached(i + 1) || !t.isDigits(i + 2) || !t.attached(i + 2)) {
      return null;
    }
    char sep = t.type(i + 1) == Toks.PUNCT ? t.punct(i + 1) : 0;
    if (!(sep == '/' || sep == '.' || sep == '-' || sep == '\u2013')) {
      return null;
    }
    int a = DateTokens.digitCount(t, i);
    int b = DateTokens.digitCount(t, i + 2);
    boolean three = t.isPunct(i + 3, sep) && t.attached(i + 3) && t.isDigits(i + 4)
        && t.attached(i + 4);
    if (three) {
      int c = DateTokens.digitCount(t, i + 4);
      // Not part of a longer run (a phone number or version).
      if ((t.isPunct(i + 5, sep) || t.isPunct(i + 5, '.')) && t.isDigits(i + 6)
          && t.attached(i + 5) && t.attached(i + 6)) {
        return null;
      }
      if (a == 4 && (sep == '-' || sep == '/' || sep == '.') && b <= 2 && c <= 2) {
        int y = DateTokens.value(t, i);
        int m = DateTokens.value(t, i + 2);
        int d = DateTokens.value(t, i + 4);
        return DateParts.valid(m, d) && d > 0
            ? new DateRecognizer.Hit(i, i + 5, DateParts.of(y, m, d)) : null;
      }
      if (a > 2 || b > 2 || !(c == 4 || c == 2)) {
        return null;
      }
      int x = DateTokens.value(t, i);
      int z = DateTokens.value(t, i + 2);
      int y = DateTokens.fullDateYear(DateTokens.value(t, i + 4), c);
      int d;
      int m;
      if (monthFirst ? DateParts.valid(x, z) : !DateParts.valid(z, x) && DateParts.valid(x, z)) {
        m = x;
        d = z;
      } else {
        d = x;
        m = z;
      }
      if (d < 1 || !DateParts.valid(m, d) || y < 0) {
        return null;
      }
      return new DateRecognizer.Hit(i, i + 5, DateParts.of(y, m, d));
    }
    // "2/2013", "7/1974": month and year.
    if (sep == '/' && a <= 2 && b == 4) {
      int m = DateTokens.value(t, i);
      int y = DateTokens.value(t, i + 2);
      if (m >= 1 && m <= 12 && y >= 1000 && y <= 2100
          && !(t.isPunct(i + 3, '/') && t.attached(i + 3))) {
        return new DateRecognizer.Hit(i, i + 3, DateParts.of(y, m, 0));
      }
    }
    return null;
  }

  /**
   * "15 - 3 - 1945", "05 / 06 / 1946": a day, a month and a four-digit year with spaces around
   * both separators (typed legal texts), the same separator twice; nothing glued to either side.
   */
  private static DateRecognizer.Hit spaced(Toks t, int i, boolean monthFirst) {
    if (!t.isDigits(i + 2) || !t.isDigits(i + 4) || t.type(i + 1) != Toks.PUNCT
        || t.attached(i + 2) || t.attached(i + 3) || t.attached(i + 4)
        || DateTokens.digitCount(t, i) > 2 || DateTokens.digitCount(t, i + 2) > 2
        || DateTokens.digitCount(t, i + 4) != 4 || t.attached(i + 5) && t.isDigits(i + 6)) {
      return null;
    }
    char sep = t.punct(i + 1);
    if (!(sep == '/' || sep == '.' || sep == '-' || sep == '\u2013') || !t.isPunct(i + 3, sep)
        || t.isPunct(i + 5, sep) && t.isDigits(i + 6)) {
      return null;
    }
    int x = DateTokens.value(t, i);
    int z = DateTokens.value(t, i + 2);
    boolean mFirst = monthFirst ? DateParts.valid(x, z) : !DateParts.valid(z, x) && DateParts.valid(x, z);
    int m = mFirst ? x : z;
    int d = mFirst ? z : x;
    return d >= 1 && DateParts.valid(m, d)
        ? new DateRecognizer.Hit(i, i + 5, DateParts.of(DateTokens.value(t, i + 4), m, d)) : null;
  }
}
