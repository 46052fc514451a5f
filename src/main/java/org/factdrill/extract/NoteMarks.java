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
    Token d = t.get(i);
    if (d == null || !t.isDigits(i) || d.text().length() > 3 || !t.attached(i)) {
      return false;
    }
    Token p = t.get(i - 1);
    if (p == null || p.punct() != ',' && p.punct() != '.' && p.punct() != ';' && p.punct() != ':'
        || !t.attached(i - 1) || !t.isWordTok(i - 2)) {
      return false;
    }
    Token next = t.get(i + 1);
    return next == null || next.gapBefore();
  }
}
