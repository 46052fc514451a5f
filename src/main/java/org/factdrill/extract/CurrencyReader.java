package org.factdrill.extract;

import java.util.Set;
import org.factdrill.lang.LanguagePack;

/**
 * Currencies around an amount, from the pack: names of one or more words (longest first, words
 * joined by spaces or a hyphen), their per-name rules, classifiers before a name, names written
 * before the amount, and the language-free codes and symbols of {@link Currencies}.
 */
final class CurrencyReader {
  private final Lexicon lex;
  private final LanguagePack pack;
  private final int longestCurrency;
  /** First words of the pack's currency names: a name is built only where one starts. */
  private final java.util.Set<String> nameStarts;

  /** A currency and how many tokens name it. */
  record Currency(String code, int length, java.math.BigDecimal multiplier) {
    Currency(String code, int length) {
      this(code, length, java.math.BigDecimal.ONE);
    }
  }

  CurrencyReader(Lexicon lex) {
    this.lex = lex;
    this.pack = lex.pack();
    int longest = 1;
    for (String name : pack.currencies().keySet()) {
      longest = Math.max(longest, name.split("[ -]").length);
    }
    this.longestCurrency = longest;
    java.util.Set<String> first = new java.util.HashSet<>();
    for (String name : pack.currencies().keySet()) {
      first.add(name.split("[ -]")[0]);
    }
    this.nameStarts = java.util.Set.copyOf(first);
  }

  /** Currency named by words or a code at i, e.g. "dollars", "đô la", "ש"ח"; null when none. */
  /** How far, in tokens, a currency's name looks for the words of its {@code not-near} rule. */
  private static final int NEAR = 8;

  Currency after(Toks t, int i) {
    Currency common = commonCurrency(t, i);
    if (common != null) {
      return common;
    }
    if (!t.isWordTok(i)) {
      return null;
    }
    Token tok = t.get(i);
    Currency named = namedCurrency(t, i);
    // A classifier before a currency's name names that currency ("đồng rúp"); alone it may be
    // a currency of its own ("đồng"), read by its entry in currencies.tsv.
    Set<String> classifiers = lex.words(WordList.CURRENCY_CLASSIFIERS);
    if (classifiers.contains(tok.norm())
        && !(t.isWordTok(i + 1) && classifiers.contains(t.norm(i + 1)))) {
      Currency after = namedCurrency(t, i + 1);
      if (after != null && (named == null || after.length() + 1 > named.length())) {
        return new Currency(after.code(), after.length() + 1, after.multiplier());
      }
    }
    return named;
  }

  /**
   * The longest currency name of the pack at i (CLDR's "доллар США" before the pack's
   * "доллар"), words joined by spaces or by a hyphen written inside the name ("đô-la"), with the
   * name's rules from currencies.tsv: {@code not-before=w,@category} (not money when one of
   * these words follows: "pounds of flour"), {@code not-near=@category} (nor when one stands in
   * the name's clause: "weighed 40 pounds"), {@code times=N} (a unit of N: "אש"ח"),
   * {@code abbr} (an abbreviation that takes the period after it: "Rs."), {@code minor} (the
   * currency's minor unit: "cents" is a hundredth of a dollar, as many hundredths as CLDR gives
   * the currency fraction digits); null when none.
   */
  private Currency namedCurrency(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || !tok.isWord() || !nameStarts.contains(tok.norm())) {
      return null;
    }
    StringBuilder sb = new StringBuilder(tok.norm());
    String bestName = null;
    int bestLength = 0;
    int k = i + 1;
    for (int words = 1; words <= longestCurrency; words++) {
      if (pack.currencies().containsKey(sb.toString())) {
        bestName = sb.toString();
        bestLength = k - i;
      }
      if (t.isDash(k) && t.attached(k) && t.isWordTok(k + 1)) {
        sb.append('-').append(t.norm(k + 1));
        k += 2;
      } else if (t.isWordTok(k)) {
        sb.append(' ').append(t.norm(k));
        k++;
      } else {
        break;
      }
    }
    return bestName == null ? null : withRules(t, i, bestName, bestLength);
  }

  /** The pack's currency {@code name} written at i over {@code length} tokens, its rules applied. */
  private Currency withRules(Toks t, int i, String name, int length) {
    String bestName = name;
    int bestLength = length;
    java.math.BigDecimal times = java.math.BigDecimal.ONE;
    String rules = pack.currencyRules().get(bestName);
    if (rules != null) {
      for (String rule : rules.split(" ")) {
        if (rule.startsWith("not-before=") && notBefore(t, i + bestLength, rule.substring(11))
            || rule.startsWith("not-near=") && near(t, i, bestLength, rule.substring(9))) {
          return null;
        } else if (rule.startsWith("times=")) {
          times = new java.math.BigDecimal(rule.substring(6));
        } else if (rule.equals("abbr") && t.isPunct(i + bestLength, '.')) {
          bestLength++;
        } else if (rule.equals("minor")) {
          times = minorUnit(pack.currencies().get(bestName));
        }
      }
    }
    return new Currency(pack.currencies().get(bestName), bestLength, times);
  }

  /** The share of one unit that a currency's minor unit is (CLDR's fraction digits: 0.01 for USD). */
  static java.math.BigDecimal minorUnit(String code) {
    return java.math.BigDecimal.ONE.movePointLeft(
        com.ibm.icu.util.Currency.getInstance(code).getDefaultFractionDigits());
  }

  /**
   * True when a word of {@code list} stands in the clause of the name at i ({@link #NEAR} words
   * either side, not past a clause mark): "weighed 40 pounds", "a load of 300 pounds".
   */
  private boolean near(Toks t, int i, int length, String list) {
    for (int k = i - 1; k >= 0 && i - k <= NEAR && !t.isPunct(k, '.') && !t.isPunct(k, ';'); k--) {
      if (notBefore(t, k, list)) {
        return true;
      }
    }
    for (int k = i + length; k < t.size() && k - i <= NEAR && !t.isPunct(k, '.') && !t.isPunct(k, ';'); k++) {
      if (notBefore(t, k, list)) {
        return true;
      }
    }
    return false;
  }

  /** True when the word at k is one of {@code list}: words and {@code @category} lists. */
  private boolean notBefore(Toks t, int k, String list) {
    if (!t.isWordTok(k)) {
      return false;
    }
    String w = t.norm(k);
    for (String item : list.split(",")) {
      if (item.startsWith("@") ? pack.words(item.substring(1)).contains(w) : item.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Currency forms every language shares: ISO codes (USD), symbols not followed by digits (10$),
   * and dollar prefixes before "$" (3.14US$).
   */
  private Currency commonCurrency(Toks t, int i) {
    if (i < 0 || i >= t.size()) {
      return null;
    }
    if (!t.isWordTok(i)) { // read off the arrays: a digit run is no code, a mark only a symbol
      if (t.type(i) != Toks.PUNCT || t.isDigits(i + 1)) {
        return null;
      }
      String mark = Tokenizer.punct(t.text, t.chars, t.startOf(i), t.endOf(i));
      String symbol = Currencies.SYMBOLS.get(mark);
      if (symbol != null) {
        return new Currency(symbol, 1);
      }
      // A sign the pack names as a currency ("¢", its minor unit), with the pack's rules.
      return pack.currencies().containsKey(mark) ? withRules(t, i, mark, 1) : null;
    }
    Token tok = t.get(i);
    if (tok.isWord() && Currencies.DOLLAR_PREFIXES.containsKey(tok.norm())
        && tok.text().chars().allMatch(Character::isUpperCase) && t.isPunct(i + 1, '$')
        && t.attached(i + 1)) {
      return new Currency(Currencies.DOLLAR_PREFIXES.get(tok.norm()), 2);
    }
    String code = Currencies.code(tok.text());
    if (code != null) {
      return new Currency(code, 1);
    }
    String capitals = Currencies.CAPITAL_ABBREVIATIONS.get(tok.text());
    if (capitals != null) {
      return new Currency(capitals, 1);
    }
    return null;
  }

  /**
   * A currency named by words before digits, where the language writes it so ("ringgit" before its digits,
   * "rupees 500"), with how many tokens name it; null when none. Only names that are nothing
   * but currencies qualify: "pound 5" or "won 3" would misread prose.
   */
  Currency before(Toks t, int i) {
    Set<String> before = lex.words(WordList.CURRENCIES_BEFORE);
    // Runs at most candidate words and digits (twice): one look-up of the first word, and a
    // phrase built only where a name starts.
    int len = before.isEmpty() || !t.isWordTok(i) ? 0
        : DateTokens.phrase(t, i, before, lex.starts(WordList.CURRENCIES_BEFORE));
    if (len == 0) {
      return null;
    }
    StringBuilder name = new StringBuilder(t.norm(i));
    for (int n = 1; n < len; n++) {
      name.append(' ').append(t.norm(i + n));
    }
    String code = pack.currencies().get(name.toString());
    int k = i + len;
    if (code == null || !t.isDigits(k) || t.attached(k)) {
      return null;
    }
    // Not a year: "the rupee 1991 crisis" (a scale word after it still makes an amount).
    boolean year = t.get(k).text().length() == 4 && DateTokens.year4(t, k) > 0
        && !(t.isPunct(k + 1, '.') || t.isPunct(k + 1, ',')) && !scaleAt(t, k + 1);
    return year ? null : new Currency(code, len);
  }

  private boolean scaleAt(Toks t, int k) {
    Lexicon.Hit h = t.isWordTok(k) ? lex.number(t.norm(k)) : null;
    return h != null && h.word().role() == NumberWord.Role.SCALE;
  }

  /**
   * Currency words that may start a fact: names written before digits (a currency name, then its digits) and, where
   * the pack reads "one" after a currency ("שקל אחד"), every name's first word. After a number
   * the number starts the fact: "new" or "mỹ" as triggers ran both recognizers for nothing.
   */
  Set<String> triggerWords() {
    Set<String> s = new java.util.HashSet<>();
    if (!lex.words(WordList.ONE_AFTER_CURRENCY).isEmpty()) {
      for (String name : pack.currencies().keySet()) {
        s.add(name.split("[ -]")[0]);
      }
    }
    for (String name : lex.words(WordList.CURRENCIES_BEFORE)) {
      s.add(name.split(" ")[0]);
    }
    return s;
  }
}
