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
}
