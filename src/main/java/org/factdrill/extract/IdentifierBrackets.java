package org.factdrill.extract;

import org.factdrill.text.IdentifierBracket;

/**
 * A bracket right after a name that holds only a document's identifiers — a bill's, a law's or a
 * statute's number, the legislature's session ("the Harbour Act (H.R. 7260)", "(Pub. L. 74-271; 49
 * Stat. 620; 74th Congress, 1st session)", "(SB 1070)") — holds no figure: its numbers are
 * document numbers, like a catalogue's. What a bracket of identifiers is, is said once, in
 * {@link IdentifierBracket} (prompts and sentence breaks read the same); here only where such a
 * bracket stands among the tokens: after a capitalised word, on its line.
 */
final class IdentifierBrackets {
  /** A bracket of identifiers spans at most this many tokens. */
  private static final int REACH = 40;

  private IdentifierBrackets() {}

  static void mark(Toks t) {
    int[] marks = t.marks();
    int checkedOpen = -1;
    for (int m = 0, d = marks[0]; d >= 0; d = marks[++m]) {
      if (!t.isDigits(d) || t.isBlocked(d) || d <= checkedOpen) {
        continue;
      }
      int open = openBefore(t, d);
      if (open < 0) {
        continue;
      }
      int close = closeAfter(t, d);
      checkedOpen = close < 0 ? d : close; // one look per bracket
      if (close > 0 && t.isWordTok(open - 1) && t.capitalized(open - 1)
          && identifiers(t, open + 1, close)) {
        for (int k = open + 1; k < close; k++) {
          t.blocked[k] = true;
        }
      }
    }
  }

  /** The "(" on d's line that d is inside, within reach; -1 when none. */
  private static int openBefore(Toks t, int d) {
    for (int k = d - 1; k >= 0 && k >= d - REACH; k--) {
      if (t.isPunct(k, '(')) {
        return k;
      }
      if (t.isPunct(k, ')') || t.lineBreakBefore(k + 1)) {
        return -1;
      }
    }
    return -1;
  }

  /** The ")" closing the bracket d is inside, within reach and on its line; -1 when none. */
  private static int closeAfter(Toks t, int d) {
    for (int k = d + 1; k < t.size() && k <= d + REACH; k++) {
      if (t.lineBreakBefore(k) || t.isPunct(k, '(')) {
        return -1;
      }
      if (t.isPunct(k, ')')) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Tokens [from, to) are identifiers only, with a number and a designator among them: the
   * bracket's text as {@link IdentifierBracket#identifiers} reads it, one definition for
   * extraction and prompts.
   */
  private static boolean identifiers(Toks t, int from, int to) {
    int start = t.startOf(from);
    return IdentifierBracket.identifiers(new String(t.chars, start, t.endOf(to - 1) - start));
  }
}
