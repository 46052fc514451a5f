package org.factdrill.extract;

/**
 * A bracket right after a name that holds only a document's identifiers — a bill's, a law's or a
 * statute's number ("the Harbour Act (H.R. 7260)", "(Pub. L. 74-271; 49 Stat. 620)", "(SB
 * 1070)") — holds no figure: its numbers are document numbers, like a catalogue's. Identifiers
 * are numbers (joined by dashes), abbreviations in capitals with their periods ("H.R.", "Pub.
 * L."), words in capitals ("HR", "SB") and the pack's {@code document-designators} ("public
 * law"); a month, an era or any other word makes the bracket prose ("(Jan. 5, 1935)", "(A.D.
 * 79)", "(about 300 men)").
 */
final class IdentifierBrackets {
  /** A bracket of identifiers spans at most this many tokens. */
  private static final int REACH = 16;

  private IdentifierBrackets() {}

  static void mark(Toks t, Lexicon lex) {
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
          && identifiers(t, lex, open + 1, close)) {
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

  /** Tokens [from, to) are identifiers only, with a number and a designator among them. */
  private static boolean identifiers(Toks t, Lexicon lex, int from, int to) {
    boolean number = false;
    boolean designator = false;
    for (int k = from; k < to; k++) {
      if (t.isDigits(k)) {
        number = true;
      } else if (t.isWordTok(k)) {
        String n = t.norm(k);
        boolean listed = lex.words(WordList.DOCUMENT_DESIGNATORS).contains(n);
        boolean capitals = t.capitalized(k) && (t.isPunct(k + 1, '.') && t.attached(k + 1)
            || allCapitals(t, k));
        if (!listed && !capitals || lex.month(n) > 0 || lex.words(WordList.ERA_AD).contains(n)
            || lex.words(WordList.ERA_BC).contains(n)) {
          return false;
        }
        designator = true;
      } else if (!(t.isDash(k) || t.isPunct(k, '.') || t.isPunct(k, ',') || t.isPunct(k, ';')
          || t.isPunct(k, '§'))) {
        return false;
      }
    }
    return number && designator;
  }

  private static boolean allCapitals(Toks t, int k) {
    for (int c = t.startOf(k); c < t.endOf(k); c++) {
      if (!Character.isUpperCase(t.chars[c])) {
        return false;
      }
    }
    return true;
  }
}
