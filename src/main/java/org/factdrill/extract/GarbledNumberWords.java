package org.factdrill.extract;

import org.factdrill.text.DetachedPrefixes;

/**
 * Number words of a paragraph that writes prefix letters apart from their words
 * ({@link DetachedPrefixes}, machine translation's article "ה כוחות"): its clauses are garbled,
 * and a number word there may count nothing ("יוצרים שניים מנוגדים", "creating two opposing"
 * word for word); they are not read. Figures in digits are read as ever, and so is a figure with
 * a scale word ("מאה מיליון", a hundred million), rendered whole from the source.
 */
final class GarbledNumberWords {
  private GarbledNumberWords() {}

  /**
   * True when the number word at {@code k} is a scale word or stands before one ("מאה מיליון"):
   * a figure of the source rendered whole, which keeps its value through the translation.
   */
  private static boolean scaled(Toks t, int k, Lexicon lex) {
    for (int m = k; m <= k + 1; m++) {
      Lexicon.Hit h = t.isWordTok(m) ? lex.number(t.norm(m)) : null;
      if (h != null && h.word().role() == NumberWord.Role.SCALE) {
        return true;
      }
    }
    return false;
  }

  /** Blocks the number words of every such paragraph of {@code t}. */
  static void mark(Toks t, Lexicon lex) {
    String prefixes = lex.pack().prefixes();
    // Most texts show no sign at all: one scan of the whole text, then paragraphs only if needed.
    if (prefixes.isEmpty() || DetachedPrefixes.signs(prefixes, t.text)
        < DetachedPrefixes.PARAGRAPH_SIGNS) {
      return;
    }
    int n = t.size();
    for (int i = 0; i < n; ) {
      int j = i + 1;
      while (j < n && !t.paragraphStart(j)) {
        j++;
      }
      if (DetachedPrefixes.signs(prefixes, t.text.subSequence(t.startOf(i), t.endOf(j - 1)))
          >= DetachedPrefixes.PARAGRAPH_SIGNS) {
        for (int k = i; k < j; k++) {
          if (t.isWordTok(k) && lex.number(t.norm(k)) != null && !scaled(t, k, lex)) {
            t.blockChars(t.startOf(k), t.endOf(k));
          }
        }
      }
      i = j;
    }
  }
}
