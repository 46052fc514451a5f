package org.factdrill.extract;

/**
 * Marks the numbers inside a path or a page's name: digits written onto a word by a slash with
 * no space ("….djvu/88", a scanned book's page; "…/rolls/4/4-12-….xml"; a wiki's subpage
 * "…/28"). The whole run of characters is one name, an address and not a figure. A run holding
 * a year ("Gazette/2011-03-14", "…/1948") is left to the date readers, a page dated in its name,
 * but for the number right after a file's name ("Annals 1887.djvu/1377": a page of the file).
 * Four digits glued after letters ("…/QX2011_03_0042.xml") are a code's, not a year.
 */
final class PathNumbers {
  private PathNumbers() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!t.isDigits(i) || t.isBlocked(i) || !t.attached(i) || !t.isPunct(i - 1, '/')
          || !t.attached(i - 1) || !t.isWordTok(i - 2)) {
        continue;
      }
      int a = i - 2;
      while (t.attached(a)) {
        a--;
      }
      int b = i + 1;
      while (t.attached(b)) {
        b++;
      }
      if (!holdsYear(t, a, b)) {
        for (int k = a; k < b; k++) {
          t.blocked[k] = true;
        }
      } else if (t.isPunct(i - 3, '.') && t.attached(i - 3) && t.attached(i - 2)) {
        t.blocked[i] = true; // "….djvu/1377": a file's page, whatever its digits
      }
    }
  }

  /** A year (four digits, 1000 to 2100) among tokens [a, b). */
  private static boolean holdsYear(Toks t, int a, int b) {
    for (int k = a; k < b; k++) {
      if (t.isDigits(k) && t.endOf(k) - t.startOf(k) == 4
          && !(t.attached(k) && t.isWordTok(k - 1))) { // "QX2011_03": a code's digits, no year
        int y = Integer.parseInt(t.text, t.startOf(k), t.endOf(k), 10);
        if (y >= 1000 && y <= 2100) {
          return true;
        }
      }
    }
    return false;
  }
}
