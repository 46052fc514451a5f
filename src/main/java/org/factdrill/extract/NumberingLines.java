package org.factdrill.extract;

/**
 * Marks a page's numbering: numbers standing on lines that hold no words (a pager row "127 128
 * 129 …", the page column of a table of contents, one number a line), which go on counting, each
 * the same as the number before it or one more, at least {@value #RUN} of them. A count or a
 * figure of a story does not come as such a run; a line of years ("1942", "1943", …: a chronology's
 * headings) is left alone, so only numbers below a thousand count, and so are digit groups one
 * space apart ("999 999 999 999" is one number where a space marks thousands).
 */
final class NumberingLines {
  /** How many numbers a run needs: three in a row happen by chance in a table. */
  static final int RUN = 4;

  private NumberingLines() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    int runFrom = -1; // index into marks of the run's first number
    int runLength = 0;
    int last = -2;
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      int v = lone(t, i) ? t.smallValue(i) : -1;
      if (v < 0) {
        continue; // a number in prose neither extends nor breaks the run
      }
      if (runLength > 0 && (v == last || v == last + 1)) {
        runLength++;
      } else {
        blockRun(t, marks, runFrom, m, runLength);
        runFrom = m;
        runLength = 1;
      }
      last = v;
    }
    blockRun(t, marks, runFrom, Integer.MAX_VALUE, runLength);
  }

  /** Blocks the lone numbers among marks[from, to) when the run is long enough. */
  private static void blockRun(Toks t, int[] marks, int from, int to, int length) {
    if (length < RUN) {
      return;
    }
    for (int m = from; m < to && marks[m] >= 0; m++) {
      if (lone(t, marks[m])) {
        t.blocked[marks[m]] = true;
      }
    }
  }

  /**
   * A digit run of one to three digits, set apart by space, whose line holds no word: read off
   * the token arrays (every digit run of a text asks, most in prose).
   */
  private static boolean lone(Toks t, int i) {
    if (!t.isDigits(i) || t.length(i) > 3 || t.attached(i) || t.attached(i + 1)
        || grouped(t, i - 1, i) || grouped(t, i, i + 1)) {
      return false;
    }
    // Prose fails at the first word next to the number: the scan is short there.
    for (int k = i; k >= 0; k--) {
      if (k < i && t.isWordTok(k)) {
        return false;
      }
      if (t.lineBreakBefore(k)) {
        break;
      }
    }
    for (int k = i + 1; k < t.size() && !t.lineBreakBefore(k); k++) {
      if (t.isWordTok(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Digit runs a and b written as one grouped number ("999 999", a space or no-break space as
   * the thousands mark): one character between them, b three digits.
   */
  private static boolean grouped(Toks t, int a, int b) {
    return t.isDigits(a) && t.isDigits(b) && t.length(b) == 3
        && t.startOf(b) - t.endOf(a) == 1;
  }
}
