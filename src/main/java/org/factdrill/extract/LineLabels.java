package org.factdrill.extract;

/**
 * The number that opens a line as a list item's or a section's label: "1. ", "2) ", and a
 * statute's section as a PDF copies it, "3 . " or "3 .The" (the full stop set off by a space)
 * and "10א . " (a section inserted later, numbered with a letter glued on), before the section's
 * first word. A line of prose never opens with a number followed by a full stop and a word: the
 * number would end a sentence that has not begun. A right-to-left PDF line copied in reverse puts
 * the full stop first (". 7 המועצה"): no prose line opens with a full stop either. And a margin
 * heading just above a section may carry a footnote digit set off by a space ("הגדרות 1"): a
 * short line ending in a lone small number, the next line a section label, is a label's line.
 * Read off the token arrays (every digit run of a text asks).
 */
final class LineLabels {
  /** The most words (Vietnamese: syllables) a margin heading holds before its footnote digit. */
  private static final int HEADING_WORDS = 6;

  private LineLabels() {}

  /**
   * The end (exclusive) of the label that digit run i of {@code length} digits opens, or -1:
   * the label takes the number, a glued letter and the mark.
   */
  static int end(Toks t, int i, int length) {
    if (length > 3) {
      return -1;
    }
    if (!(i == 0 || t.lineBreakBefore(i))) {
      return reversed(t, i) ? afterLetter(t, i) : footnote(t, i, length) ? i + 1 : -1;
    }
    // "1. ", "2) " with the mark glued on and no word glued after it ("3.5" is a figure)
    if (length <= 2 && (t.isPunct(i + 1, '.') || t.isPunct(i + 1, ')')) && t.attached(i + 1)
        && (i + 2 >= t.size() || !t.attached(i + 2))) {
      return i + 2;
    }
    int j = afterLetter(t, i);
    // the full stop, glued or set off by one space, then a word on the same line
    if (t.isPunct(j, '.') && t.startOf(j) - t.endOf(j - 1) <= 1 && t.isWordTok(j + 1)
        && !t.lineBreakBefore(j + 1)) {
      return j + 1;
    }
    return -1;
  }

  /** After digit run i and a single letter glued on ("10א", "12A": a section inserted later). */
  private static int afterLetter(Toks t, int i) {
    return t.isWordTok(i + 1) && t.attached(i + 1) && t.length(i + 1) == 1 ? i + 2 : i + 1;
  }

  /** ". 7 המועצה": a line opening with a full stop, one space, the number, then a word. */
  private static boolean reversed(Toks t, int i) {
    int dot = i - 1;
    if (!t.isPunct(dot, '.') || !(dot == 0 || t.lineBreakBefore(dot)) || t.attached(i)
        || t.startOf(i) - t.endOf(dot) > 1) {
      return false;
    }
    int j = afterLetter(t, i);
    return t.isWordTok(j) && !t.lineBreakBefore(j);
  }

  /**
   * "הגדרות 1" above ". 1 בחוק זה": digit run i ends a line of a few words that opens with a
   * word, and the next line opens with a section label.
   */
  private static boolean footnote(Toks t, int i, int length) {
    int next = i + 1;
    if (length > 2 || next >= t.size() || !t.lineBreakBefore(next) || t.attached(i)
        || !t.isWordTok(i - 1)) {
      return false;
    }
    int k = i - 1;
    int words = 0;
    while (k >= 0 && !(k == 0 || t.lineBreakBefore(k))) {
      if (!t.isWordTok(k - 1) || ++words >= HEADING_WORDS) {
        return false; // a mark or a figure inside: not a bare heading
      }
      k--;
    }
    if (t.isDigits(next)) {
      return t.length(next) <= 3 && end(t, next, t.length(next)) > 0;
    }
    return t.isPunct(next, '.') && t.isDigits(next + 1) && t.length(next + 1) <= 3
        && reversed(t, next + 1);
  }
}
