package org.factdrill.extract;

/**
 * The number that opens a line as a list item's or a section's label: "1. ", "2) ", and a
 * statute's section as a PDF copies it, "3 . " or "3 .The" (the full stop set off by a space)
 * and "10א . " (a section inserted later, numbered with a letter glued on), before the section's
 * first word. A line of prose never opens with a number followed by a full stop and a word: the
 * number would end a sentence that has not begun. Read off the token arrays (every digit run of
 * a text asks).
 */
final class LineLabels {
  private LineLabels() {}

  /**
   * The end (exclusive) of the label that digit run i of {@code length} digits opens, or -1:
   * the label takes the number, a glued letter and the mark.
   */
  static int end(Toks t, int i, int length) {
    if (!(i == 0 || t.lineBreakBefore(i)) || length > 3) {
      return -1;
    }
    // "1. ", "2) " with the mark glued on and no word glued after it ("3.5" is a figure)
    if (length <= 2 && (t.isPunct(i + 1, '.') || t.isPunct(i + 1, ')')) && t.attached(i + 1)
        && (i + 2 >= t.size() || !t.attached(i + 2))) {
      return i + 2;
    }
    int j = i + 1;
    if (t.isWordTok(j) && t.attached(j) && t.length(j) == 1) {
      j++; // "10א", "12A": a section inserted between two others
    }
    // the full stop, glued or set off by one space, then a word on the same line
    if (t.isPunct(j, '.') && t.startOf(j) - t.endOf(j - 1) <= 1 && t.isWordTok(j + 1)
        && !t.lineBreakBefore(j + 1)) {
      return j + 1;
    }
    return -1;
  }
}
