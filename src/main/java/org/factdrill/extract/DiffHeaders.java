package org.factdrill.extract;

/**
 * Marks the numbers of a unified diff's headers, a saved patch's layout and no figure of its text:
 * a hunk header's line numbers and counts ("@@ -3,7 +3,9 @@": from "@@" to "@@", only signs,
 * commas and digits between) and a file's mode after "mode" (six octal digits). Run
 * over the "@" marks and digit runs only.
 */
final class DiffHeaders {
  /** Tokens at most inside a hunk header: "-a,b +c,d". */
  private static final int HUNK = 10;

  private DiffHeaders() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (t.isPunct(i, '@')) {
        if (t.isPunct(i + 1, '@') && t.attached(i + 1)) {
          hunk(t, i + 2);
        }
      } else if (t.isDigits(i) && t.length(i) == 6 && octal(t, i) && t.isWordTok(i - 1)
          && "mode".equals(t.norm(i - 1))) {
        t.blocked[i] = true;
      }
    }
  }

  /** Blocks the digits from token a to the closing "@@", when only signs, commas and digits stand between. */
  private static void hunk(Toks t, int a) {
    int digits = 0;
    for (int k = a; k < a + HUNK && k + 1 < t.size(); k++) {
      if (t.isPunct(k, '@') && t.isPunct(k + 1, '@') && t.attached(k + 1)) {
        if (digits > 0) {
          for (int j = a; j < k; j++) {
            t.blocked[j] = true;
          }
        }
        return;
      }
      if (t.isDigits(k)) {
        digits++;
      } else if (!t.isPunct(k, '-') && !t.isPunct(k, '+') && !t.isPunct(k, ',')) {
        return;
      }
    }
  }

  private static boolean octal(Toks t, int i) {
    for (int k = t.startOf(i); k < t.endOf(i); k++) {
      if (t.chars[k] < '0' || t.chars[k] > '7') {
        return false;
      }
    }
    return true;
  }
}
