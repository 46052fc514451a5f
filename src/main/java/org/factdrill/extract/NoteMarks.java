package org.factdrill.extract;

/**
 * A note's number glued to the punctuation after a word ("the gardener,1 who", "houses.3"):
 * text copied from a page whose note marks were superscripts keeps them so. A number of one to
 * three digits right after a comma, period, semicolon or colon that is itself glued to a word's
 * letters, with white space or the text's end after it, is a note mark, never a figure. A figure
 * after a clause's punctuation is written with a space ("in 1990, 5 ships"), and a group or
 * decimal mark stands between digits ("1,500"), not after letters.
 */
final class NoteMarks {
  private NoteMarks() {}

  /** True when the digits token at {@code i} is a note mark glued to a word's punctuation. */
  static boolean glued(Toks t, int i) {
    // Read off the token arrays: this runs at every digit run and makes no Token.
    if (!t.isDigits(i) || t.length(i) > 3 || !t.attached(i)) {
      return false;
    }
    if (!t.isPunct(i - 1, ',') && !t.isPunct(i - 1, '.') && !t.isPunct(i - 1, ';')
        && !t.isPunct(i - 1, ':') || !t.attached(i - 1) || !t.isWordTok(i - 2)) {
      return false;
    }
    return i + 1 >= t.size() || !t.attached(i + 1);
  }

  /**
   * An editor's note mark in round brackets ("the council (12) met"): a number of one to three
   * digits alone in brackets, right after a word and before the clause goes on (a lower-case
   * word, a comma or a semicolon), with no counted noun, unit, numeral or percent word of its
   * own after it ("had (12) members" keeps its count), and no designator before it ("paragraph
   * (2)" is a reference). Marked as a citation, as "[12]" is.
   */
  static boolean bracketed(Toks t, int i, Lexicon lex) {
    if (!t.isDigits(i) || t.length(i) > 3 || !t.isPunct(i - 1, '(') || !t.attached(i)
        || !t.isPunct(i + 1, ')') || !t.attached(i + 1) || !t.isWordTok(i - 2)) {
      return false;
    }
    int k = i + 2;
    if (t.lineBreakBefore(i - 1) || designated(t, i - 2, lex)) {
      return false;
    }
    if (!t.isPunct(k, ',') && !t.isPunct(k, ';')) {
      if (k < t.size() && t.attached(k)) {
        return false;
      }
      Token next = t.get(k);
      if (next == null || !next.isWord() || next.isCapitalized() || t.lineBreakBefore(k)) {
        return false;
      }
      String w = next.norm();
      if (lex.countNoun(t, k) || lex.words(WordList.DURATION_UNITS).contains(w)
          || lex.number(w) != null || lex.percentWord(t, k) > 0
          || lex.currencyAfter(t, k) != null) {
        return false;
      }
    }
    for (int m = i - 1; m <= i + 1; m++) {
      t.cite(m);
    }
    return true;
  }

  /** The word at w ends a designator ("paragraph (2)", "Điều (3)"): a reference, no note. */
  private static boolean designated(Toks t, int w, Lexicon lex) {
    java.util.Set<String> d = lex.words(WordList.DESIGNATORS);
    return d.contains(t.norm(w))
        || t.isWordTok(w - 1) && d.contains(t.norm(w - 1) + " " + t.norm(w));
  }
}
