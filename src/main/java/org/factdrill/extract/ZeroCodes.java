package org.factdrill.extract;

/**
 * Marks codes written with leading zeros: a count or a measure never opens with a zero, so a
 * digit run of three digits or more that does ("Bulletin 073", a document's number "2011/0456",
 * an order "0062") is a number of a series, not a figure. Not a decimal part ("3.05", "1,075"),
 * a group of thousands set apart by a space ("1 000"), a time ("10:045") or a part of a date
 * written with dashes ("0043-03-01", a padded year).
 */
final class ZeroCodes {
  private static final int MIN_DIGITS = 3;

  private ZeroCodes() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!t.isDigits(i) || t.isBlocked(i) || t.text.charAt(t.startOf(i)) != '0'
          || t.endOf(i) - t.startOf(i) < MIN_DIGITS) {
        continue;
      }
      boolean glued = t.attached(i) && (t.isPunct(i - 1, '.') || t.isPunct(i - 1, ',')
          || t.isPunct(i - 1, ':') || t.isDash(i - 1));
      boolean grouped = t.isDigits(i - 1) && t.startOf(i) - t.endOf(i - 1) == 1;
      boolean dated = t.isDash(i + 1) && t.attached(i + 1) && t.isDigits(i + 2);
      if (glued || grouped || dated) {
        continue;
      }
      t.blocked[i] = true;
      // "2011/0456": the series and its number, one code.
      if (t.attached(i) && t.isPunct(i - 1, '/') && t.attached(i - 1) && t.isDigits(i - 2)) {
        t.blocked[i - 1] = true;
        t.blocked[i - 2] = true;
      }
    }
  }
}
