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

  /**
   * {@link DetachedPrefixes#signs} of the whole text, asked only at its one-letter words: a
   * sign's letter has no letter, mark or joining quote before it (each blocks a sign) and a space
   * or hyphen after it, so the tokenizer makes it a word of its own (or, after a lone high surrogate, the second
   * character of a mark). Prose has few such words
   * where it has a character at every position (the count ran over every Hebrew text's
   * characters; two texts in a hundred hold two signs). Where a prefix is no tokenizer letter,
   * the characters are read as before.
   */
  static int signs(Toks t, String prefixes) {
    for (int c = 0; c < prefixes.length(); c++) {
      if (Tokenizer.charClass(prefixes.charAt(c)) != Tokenizer.charClass('a')) {
        return DetachedPrefixes.signs(prefixes, t.text);
      }
    }
    int n = 0;
    for (int k = 0; k < t.size(); k++) {
      int s = t.startOf(k);
      if (t.length(k) == 1 && t.isWordTok(k) && prefixes.indexOf(t.chars[s]) >= 0) {
        n += DetachedPrefixes.signAt(prefixes, t.text, s);
      } else if (t.length(k) == 2 && t.type(k) == Toks.PUNCT
          && prefixes.indexOf(t.chars[s + 1]) >= 0) {
        n += DetachedPrefixes.signAt(prefixes, t.text, s + 1); // a lone high surrogate ate it
      }
    }
    return n;
  }

  /** Blocks the number words of every such paragraph of {@code t}. */
  static void mark(Toks t, Lexicon lex) {
    String prefixes = lex.pack().prefixes();
    // Most texts show no sign at all: one scan of the whole text, then paragraphs only if needed.
    if (prefixes.isEmpty() || signs(t, prefixes) < DetachedPrefixes.PARAGRAPH_SIGNS) {
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
