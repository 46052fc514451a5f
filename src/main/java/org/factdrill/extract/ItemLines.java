package org.factdrill.extract;

/**
 * Marks the numbers of a numbered collection or table written one item a line: a small number
 * that opens its line and either stands alone there, heading the item on the line below it (a
 * line of {@value #ITEM_WORDS} words or more, or one that ends a sentence), or goes on into the
 * item's first cell ("1 Thế Tổ …", "2 Thánh Tổ", a table's row number). Such numbers that count
 * up by one, each within {@value #REACH} tokens of the one before, are item numbers: {@value
 * #RUN} of them, or two when the first is 1 (a collection starts at one). A count opening a line
 * goes with its noun ("3 tanks", lower case, or a count noun) and a day with its month ("1 May"),
 * so neither is taken; a value of a flattened box stands under its label ("Tanks", one word, no
 * sentence), so it heads no item. {@link NumberingLines} takes pager rows and page columns.
 */
final class ItemLines {
  /** Numbers a counting run needs when it does not start at one. */
  static final int RUN = 3;
  /** Tokens at most from one item number to the next. */
  static final int REACH = 300;
  /** Words a line below a lone number needs to be an item when it ends no sentence. */
  static final int ITEM_WORDS = 5;

  private ItemLines() {}

  static void mark(Toks t, Lexicon lex) {
    int[] marks = t.marks();
    int[] at = null;
    int[] values = null;
    int count = 0;
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!opensItem(t, i, lex)) {
        continue;
      }
      if (at == null) {
        at = new int[16];
        values = new int[16];
      } else if (count == at.length) {
        at = java.util.Arrays.copyOf(at, count * 2);
        values = java.util.Arrays.copyOf(values, count * 2);
      }
      at[count] = i;
      values[count++] = Integer.parseInt(t.text, t.startOf(i), t.endOf(i), 10);
    }
    for (int a = 0; a + 1 < count; a++) {
      int length = 1;
      int last = a;
      for (int b = a + 1; b < count && at[b] - at[last] <= REACH; b++) {
        if (values[b] == values[last] + 1) {
          last = b;
          length++;
        }
      }
      if (length >= RUN || length >= 2 && values[a] == 1) {
        t.blocked[at[a]] = true;
        for (int b = a + 1, prev = a; b <= last; b++) {
          if (values[b] == values[prev] + 1) {
            t.blocked[at[b]] = true;
            prev = b;
          }
        }
      }
    }
  }

  /** Digits at i, one to three, open their line and head an item (see the class comment). */
  private static boolean opensItem(Toks t, int i, Lexicon lex) {
    if (!t.isDigits(i) || t.endOf(i) - t.startOf(i) > 3
        || t.text.charAt(t.startOf(i)) == '0' || i > 0 && !t.lineBreakBefore(i)) {
      return false;
    }
    int j = i + 1;
    if (j >= t.size() || t.lineBreakBefore(j)) {
      return itemLine(t, j);
    }
    return t.isWordTok(j) && !t.attached(j) && !Character.isLowerCase(t.text.charAt(t.startOf(j)))
        && lex.month(t.norm(j)) == 0 && !lex.countNoun(t, j);
  }

  /** The line starting at token j holds an item: many words, or words ending a sentence. */
  private static boolean itemLine(Toks t, int j) {
    int words = 0;
    int k = j;
    for (; k < t.size() && (k == j || !t.lineBreakBefore(k)); k++) {
      if (t.isWordTok(k) && ++words >= ITEM_WORDS) {
        return true;
      }
    }
    int end = k - 1;
    while (end > j && closer(t, end)) {
      end--;
    }
    return words > 0 && (t.isPunct(end, '.') || t.isPunct(end, '!') || t.isPunct(end, '?')
        || t.isPunct(end, '\u2026'));
  }

  /** A quotation mark or bracket closing a sentence after its stop: "… the end.»" */
  private static boolean closer(Toks t, int k) {
    return t.isPunct(k, '"') || t.isPunct(k, '\u201d') || t.isPunct(k, '\u00bb')
        || t.isPunct(k, '\'') || t.isPunct(k, '\u2019') || t.isPunct(k, ')');
  }
}
