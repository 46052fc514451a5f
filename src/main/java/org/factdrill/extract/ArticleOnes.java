package org.factdrill.extract;

import java.util.Set;

/**
 * Where the numeral for one is also the indefinite article (the pack's {@code article-numerals}:
 * Vietnamese "một", and "1" written for it), one before a counted noun on its line ("một chiếc
 * tàu bị đánh chìm", "là 1 việc khó": a ship, a hard thing) names a thing, it counts nothing,
 * unless the sentence counts: a word before it that limits or measures the one (the pack's
 * {@code one-count-words}: "chỉ một", "hơn 1"), a unit of time after it ("1 năm", "một tháng"),
 * or another count in the same sentence ("một chiếc tàu và hai khẩu pháo", "1 người chết, 5
 * người bị thương", a list "1 trấn áp …, 1 chiến dịch …" of ones in digits).
 */
final class ArticleOnes {
  /** How far the other count of the sentence is looked for, in tokens either side. */
  private static final int REACH = 60;

  private final Lexicon lex;

  ArticleOnes(Lexicon lex) {
    this.lex = lex;
  }

  /** True when the one of {@code q} is the indefinite article before its noun. */
  boolean article(Toks t, Quantity q) {
    Set<String> ones = lex.words(WordList.ARTICLE_NUMERALS);
    int i = q.from();
    if (ones.isEmpty() || q.to() != i + 1 || q.value().compareTo(java.math.BigDecimal.ONE) != 0
        || !ones.contains(t.norm(i)) || !t.isWordTok(i + 1) || t.lineBreakBefore(i + 1)
        || lex.unit(t, i + 1) == null) {
      return false;
    }
    String noun = t.norm(i + 1);
    if (lex.words(WordList.DURATION_UNITS).contains(noun) || lex.words(WordList.YEAR_WORDS).contains(noun)
        || t.isWordTok(i - 1) && !t.lineBreakBefore(i)
        && (lex.words(WordList.ONE_COUNT_WORDS).contains(t.norm(i - 1))
        || lex.words(WordList.SCALE_WORDS).contains(t.norm(i - 1)) || lex.designator(t, i - 1))) {
      return false; // "chỉ một", "mức 1", "Quân đoàn 1": a count, a level, a label
    }
    return !otherCount(t, i);
  }

  /**
   * True when another count stands in the sentence of token {@code i}: digits or a numeral
   * word before a word, not a year or a day of a date (a date's word or "năm" before it).
   */
  private boolean otherCount(Toks t, int i) {
    int from = i;
    while (from > 0 && i - from < REACH && !t.sentenceStart(from) && !t.breakBefore(from)) {
      from--;
    }
    for (int k = from; k < t.size() && k - i < REACH; k++) {
      if (k > i && (t.sentenceStart(k) || t.breakBefore(k))) {
        break;
      }
      if (k == i || !t.isWordTok(k + 1)) {
        continue;
      }
      boolean digits = t.isDigits(k) && t.length(k) < 4;
      // (a round scale word alone, "gấp trăm lần", is a figure of speech: no count)
      boolean word = t.isWordTok(k) && lex.number(t.norm(k)) != null
          && !(lex.words(WordList.ROUND_FIGURE_WORDS).contains(t.norm(k))
          && !t.isDigits(k - 1) && !(t.isWordTok(k - 1) && lex.number(t.norm(k - 1)) != null));
      // (another one in words is an article too, "một người và một con ngựa"; in digits, "1
      // trấn áp …, 1 chiến dịch …", a count of a list)
      if ((digits || word) && !(t.isWordTok(k - 1) && dateWord(t.norm(k - 1)))
          && !(word && lex.words(WordList.ARTICLE_NUMERALS).contains(t.norm(k)))) {
        return true;
      }
    }
    return false;
  }

  private boolean dateWord(String w) {
    return lex.words(WordList.YEAR_WORDS).contains(w) || lex.month(w) > 0
        || lex.words(WordList.DURATION_UNITS).contains(w);
  }
}
