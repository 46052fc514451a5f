package org.factdrill.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a quantity can start at a candidate word, asked before {@link QuantityRecognizer}
 * reads it: most candidate words ("ngày", a month's name, a holiday's first word) start no count,
 * amount or percentage, and the recognizer's readings each looked them up again (a currency
 * symbol's word, a fraction, a currency counted once, a minus word, prefix letters, a numeral,
 * an article, a dual). Every reading that can succeed at a word needs one of: a digit run, "$",
 * or "." or a dash before a digit run right after it (a currency code or name before its digits,
 * prefix letters joined to digits), or the word itself being an article, a numeral of the pack
 * (after any prefix letters), a minus word, the first word of a currency written before digits,
 * a dual, or, where "one" follows its noun, a currency's name, classifier or code or a percent
 * word. The word's part is answered once per normal form. Not thread-safe, as the recognizer.
 */
final class QuantityStarts {
  /** Normal forms answered; past this many the answer is computed each time, not kept. */
  private static final int KEPT = 1 << 13;

  private final Lexicon lex;
  private final CurrencyReader currencies;
  private final DualCounts duals;
  private final boolean onesAfter;
  private final Map<String, Boolean> words = new HashMap<>();

  QuantityStarts(Lexicon lex, DualCounts duals) {
    this.lex = lex;
    this.currencies = new CurrencyReader(lex);
    this.duals = duals;
    this.onesAfter = !lex.words(WordList.ONE_AFTER_CURRENCY).isEmpty();
  }

  /** False only where the recognizer reads no quantity at word token {@code i}. */
  boolean atWord(Toks t, int i) {
    if (t.isDigits(i + 1) || t.isPunct(i + 1, '$')
        || (t.isPunct(i + 1, '.') || t.isDash(i + 1)) && t.isDigits(i + 2)) {
      return true;
    }
    if (onesAfter && t.get(i) != null && (Currencies.code(t.get(i).text()) != null
        || Currencies.CAPITAL_ABBREVIATIONS.containsKey(t.get(i).text()))) {
      return true; // "ש"ח אחד": a code read by its written form
    }
    String w = t.norm(i);
    Boolean known = words.get(w);
    if (known == null) {
      known = word(w);
      if (words.size() < KEPT) {
        words.put(w, known);
      }
    }
    return known;
  }

  private boolean word(String w) {
    return lex.words(WordList.INDEFINITE_ARTICLES).contains(w) || lex.number(w) != null
        || lex.minusWords().contains(w) || lex.starts(WordList.CURRENCIES_BEFORE).contains(w)
        || duals.mayBe(w) || onesAfter && (currencies.mayStartName(w)
            || QuantityRecognizer.endsWithAny(w, lex.words(WordList.PERCENT)));
  }
}
