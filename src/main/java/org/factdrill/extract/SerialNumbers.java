package org.factdrill.extract;

/**
 * Marks a document's serial number after its series' name in capitals: "ORDER 12/45", "ALNAV
 * 212/97" (a number and the year's last two digits, joined by a slash with no space). A word
 * written all in capitals, of three letters or more, names a series of messages or orders; a
 * fraction or a date after it would be written with a space or a month. A first part of four
 * digits (a year, "1939/45") is left to the date readers.
 */
final class SerialNumbers {
  private static final int MIN_LETTERS = 3;

  private SerialNumbers() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!t.isDigits(i) || t.attached(i) || !t.isWordTok(i - 1) || !t.isPunct(i + 1, '/')
          || !t.attached(i + 1) || !t.isDigits(i + 2) || !t.attached(i + 2)
          || t.endOf(i) - t.startOf(i) > 3 || t.endOf(i + 2) - t.startOf(i + 2) != 2
          || t.isPunct(i + 3, '/') && t.attached(i + 3) || !capitals(t, i - 1)) {
        continue;
      }
      t.blocked[i] = true;
      t.blocked[i + 1] = true;
      t.blocked[i + 2] = true;
    }
  }

  /** Word k is written in capital letters only, three or more. */
  private static boolean capitals(Toks t, int k) {
    int a = t.startOf(k);
    int b = t.endOf(k);
    if (b - a < MIN_LETTERS) {
      return false;
    }
    for (int c = a; c < b; c++) {
      if (!Character.isUpperCase(t.text.charAt(c))) {
        return false;
      }
    }
    return true;
  }
}
