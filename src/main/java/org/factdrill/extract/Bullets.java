package org.factdrill.extract;

/**
 * Dashes that bullet a list: a dash opening a line, white space after it, where the line above
 * or below opens with the same dash the same way ("- Xu" / "- 159"). Such a dash marks an item,
 * it is no minus sign of the number after it; a lone line "- 1.200.000" may still be negative.
 */
final class Bullets {
  private Bullets() {}

  /** Whether dash token {@code i}, opening its line, is one of a run of line bullets. */
  static boolean inRun(Toks t, int i) {
    Token dash = t.get(i);
    if (dash == null || dash.punct() == 0 || !opensLine(t, i)) {
      return false;
    }
    int prev = i - 1;
    while (prev > 0 && !opensLine(t, prev)) {
      prev--;
    }
    int next = i + 1;
    while (next < t.size() && !opensLine(t, next)) {
      next++;
    }
    return prev >= 0 && prev < i && bullet(t, prev, dash.punct())
        || next < t.size() && bullet(t, next, dash.punct());
  }

  private static boolean opensLine(Toks t, int i) {
    return i == 0 || t.get(i).newlinesBefore() > 0;
  }

  /** Token {@code k} is {@code c} opening its line, with white space after it. */
  private static boolean bullet(Toks t, int k, char c) {
    return opensLine(t, k) && t.isPunct(k, c) && t.get(k + 1) != null && t.get(k + 1).gapBefore()
        && t.get(k + 1).newlinesBefore() == 0;
  }

  /**
   * Whether dash token {@code i}, opening its line before a number, is the marker of a row "- 67 –
   * text": a dash set apart on both sides follows the number, so the number heads a row of its own.
   */
  static boolean rowHead(Toks t, int i) {
    int k = i + 2;
    return t.isDigits(i + 1) && t.isDash(k) && !t.attached(k) && k + 1 < t.size() && !t.attached(k + 1);
  }

  /**
   * Whether dash token {@code i}, opening its line before digits, bullets a row whose number is
   * a label or an age ("- 1912: …", "-16 tuổi …"): a row's label is never signed ("<number>:"),
   * nor is an age (the pack's {@code age-words} after the number).
   */
  static boolean labelRow(Toks t, int i, Lexicon lex) {
    if (i > 0 && !t.lineBreakBefore(i) || !t.isDigits(i + 1)) {
      return false;
    }
    int k = i + 2;
    return t.isPunct(k, ':') || t.isWordTok(k) && lex.words(WordList.AGE_WORDS).contains(t.norm(k));
  }
}
