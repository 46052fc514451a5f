package org.factdrill.extract;

/**
 * Marks a carousel's or pager's counter: "1 / 7" under a picture, "Photo 3 of 12", "Slide 2/5".
 * It says which item of a series is on the screen, not how many of anything there are. A
 * counter is a number N, a slash set between spaces or a pack {@code counter-links} word ("of",
 * "trên", "מתוך", "из"), and a number M, with 1 &lt;= N &lt;= M &lt; 1000 and no further slash
 * (a date "1 / 7 / 1975" stays one); it opens its line, or follows one of the pack's
 * {@code counter-nouns} ("photo", "ảnh", "תמונה", "фото"). A linked counter ("3 of 12") opening
 * a line is one only when nothing but marks follows it there: "3 of 12 ships sank" is a fact.
 */
final class ItemCounters {
  private static final int MAX_ITEMS = 999;

  private ItemCounters() {}

  static void mark(Toks t, Lexicon lex) {
    // Read off the token arrays and the lists' bit filters: no token made at a run in prose.
    DateLists lists = lex.filtered();
    int n = t.size();
    // Only the digit runs can open a counter: the tokenizer's index of them, not every token.
    int[] marks = t.marks();
    int from = 0; // after a counter, its two tokens are not looked at again
    for (int m = 0, i = marks[0]; i >= 0 && i + 2 < n; i = marks[++m]) {
      // "Page 3 of 10": the item may be blocked already as a designator's number.
      if (i < from || !t.isDigits(i)
          || t.isBlocked(i) && !lists.has(WordList.COUNTER_NOUNS, t, i - 1)) {
        continue;
      }
      boolean slash = t.isPunct(i + 1, '/') && !t.attached(i + 1) && !t.attached(i + 2);
      boolean slashGlued = t.isPunct(i + 1, '/') && t.attached(i + 1) && t.attached(i + 2);
      boolean linked = lists.has(WordList.COUNTER_LINKS, t, i + 1);
      if (!(slash || slashGlued || linked) || !t.isDigits(i + 2) || sameLine(t, i + 3)
          && (t.isPunct(i + 3, '/') || t.isDigits(i + 3) || t.isPunct(i + 3, '.')
          && t.attached(i + 3))) {
        continue;
      }
      if (i > 0 && t.attached(i) && (t.isPunct(i - 1, '/') || t.isPunct(i - 1, '.'))) {
        continue;
      }
      int a = value(t, i);
      int b = value(t, i + 2);
      if (a < 1 || a > b || b > MAX_ITEMS) {
        continue;
      }
      boolean afterNoun = lists.has(WordList.COUNTER_NOUNS, t, i - 1);
      boolean opens = i == 0 || t.lineBreakBefore(i);
      boolean counter = afterNoun && !slashGlued || afterNoun && slashGlued && nounOpens(t, i - 1)
          || opens && slash || opens && linked && onlyMarksAfter(t, i + 3);
      if (counter) {
        t.blocked[i] = true;
        t.blocked[i + 1] = true;
        t.blocked[i + 2] = true;
        from = i + 3;
      }
    }
  }

  /** A glued "2/5" is a counter only after a counter noun opening its line ("Slide 2/5"). */
  private static boolean nounOpens(Toks t, int k) {
    return k == 0 || t.lineBreakBefore(k);
  }

  private static boolean sameLine(Toks t, int k) {
    return k >= 0 && k < t.size() && !t.lineBreakBefore(k);
  }

  /** Whether only marks follow token {@code k - 1} to the end of its line. */
  private static boolean onlyMarksAfter(Toks t, int k) {
    for (int j = k; sameLine(t, j); j++) {
      if (t.type(j) != Toks.PUNCT) {
        return false;
      }
    }
    return true;
  }

  private static int value(Toks t, int i) {
    return t.length(i) > 3 ? Integer.MAX_VALUE : t.smallValue(i);
  }
}
