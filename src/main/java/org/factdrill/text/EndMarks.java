package org.factdrill.text;

/**
 * Where the next period, exclamation mark, question mark or "…" of a text stands, found with
 * {@code indexOf} (a vector search) and remembered, for the sentence splitter's passes over the
 * spans of a paragraph in order: each mark is searched for about once per split, where a test of
 * every character of every span (twice: for glued sentences and for ellipses) cost more. Asked
 * out of order, it searches again. Not thread-safe.
 */
final class EndMarks {
  private static final char[] MARKS = {'.', '!', '?', '\u2026'};
  private final String text;
  /** For each mark: its first index at or after {@code asked[k]}, -1 for none. */
  private final int[] at = {-1, -1, -1, -1};
  private final int[] asked = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
      Integer.MAX_VALUE};

  EndMarks(String text) {
    this.text = text;
  }

  /** The first index at or after {@code from} of mark {@code k} (of ".!?…"), or -1. */
  private int next(int k, int from) {
    if (from < asked[k] || at[k] >= 0 && at[k] < from) {
      at[k] = text.indexOf(MARKS[k], from);
      asked[k] = from;
    }
    return at[k];
  }

  /** The first '.', '!' or '?' in [from, to), or -1. */
  int end(int from, int to) {
    int best = -1;
    for (int k = 0; k < 3; k++) {
      int p = next(k, from);
      if (p >= 0 && p < to && (best < 0 || p < best)) {
        best = p;
      }
    }
    return best;
  }

  /**
   * True when [s, e) holds a "…" or two periods in a row, which every ellipsis has (the test
   * {@code Ellipses.breaks} makes before its pattern).
   */
  boolean mayHoldEllipsis(int s, int e) {
    int ell = next(3, s);
    if (ell >= 0 && ell < e) {
      return true;
    }
    for (int d = next(0, s); d >= 0 && d + 1 < e; d = next(0, d + 1)) {
      if (text.charAt(d + 1) == '.') {
        return true;
      }
    }
    return false;
  }
}
