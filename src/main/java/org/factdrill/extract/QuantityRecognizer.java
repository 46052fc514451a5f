package org.factdrill.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;

/**
 * Counts, amounts of money and percentages: a numeral, optionally a range ("40-45", "150,000 to
 * 300,000", "từ 1000 đến 2000", "five or six"), with a currency before or after it ("$100
 * million", "US$4.7 billion", "100 triệu USD", "1,6 tỷ đô la", "₪", "שקל") or a percent sign or
 * word ("10 percent", "5,5%", "phần trăm", "אחוזים"). Small numbers in words that act as
 * determiners ("the two sides", "cả hai", "one of") are not facts.
 */
final class QuantityRecognizer {

  private final Lexicon lex;
  private final NumeralRoles roles;
  private final DualCounts duals;

  QuantityRecognizer(Lexicon lex) {
    this.lex = lex;
    this.roles = new NumeralRoles(lex);
    this.duals = new DualCounts(lex);
  }

  Match at(Toks t, int i) {
    Match r = Ranks.at(t, i, lex); // "the 32nd President of", "במקום ה־36": before "5th" is dropped
    if (r != null) {
      return r;
    }
    Match m = moneyWithSymbol(t, i);
    if (m != null) {
      return m;
    }
    if (lex.has(PackFeature.SPOKEN_FRACTIONS)) {
      Match f = fraction(t, i);
      if (f != null) {
        return f;
      }
    }
    Match one = currencyUnit(t, i);
    if (one != null) {
      return one;
    }
    Quantity q = NumberGrammar.parse(t, i, lex);
    if (q == null) {
      return duals.at(t, i); // "שנתיים": one word, two years
    }
    if (!roles.plausibleStart(t, q)) {
      return null;
    }
    q = slashFraction(t, q);
    int k = q.to();
    Quantity hi = null;
    int[] afterRange = new int[1];
    Quantity second = rangeEnd(t, q, afterRange);
    if (second != null) {
      hi = second;
      k = afterRange[0];
    }
    Quantity lo = q;
    if (hi != null && hi.scaled() && !lo.scaled() && lo.value().compareTo(hi.base()) < 0
        && lo.hasDigits() == hi.hasDigits()) {
      lo = lo.withValue(lo.value().multiply(hi.scale()));
    }
    Value amount = amount(lo, hi);
    // Percent.
    int pk = percentAt(t, k);
    if (pk > 0) {
      return new Match(i, k + pk, FactKind.PERCENT, amount, null, q.approx(), false,
          Match.NO_YEAR);
    }
    CurrencyReader.Currency cur = lex.currencyAfter(t, k);
    if (cur != null && hi == null && t.isPunct(i - 1, '(') && t.isDigits(i) && q.to() == i + 1
        && t.length(i) == 4 && t.isPunct(k + cur.length(), ')')) {
      return null; // "$30 million (1900 USD)": the year the amount is reckoned in, no amount
    }
    if (cur != null && !(t.isPunct(k, '$') && t.isDigits(k + 1))) {
      Value a = cur.multiplier().compareTo(BigDecimal.ONE) == 0 ? amount : scale(amount,
          cur.multiplier());
      int e = k + cur.length();
      if (hi == null && a instanceof Value.Num n && !q.scaled()) {
        int[] c = cents(t, e);
        if (c != null) {
          a = new Value.Num(n.value().add(BigDecimal.valueOf(c[0], 2)));
          e = c[1];
        } else {
          // "from 10 dollars to 20 dollars", "từ 1000 đồng đến 2000 đồng"
          Quantity upper = rangeEnd(t, q.withSpan(q.from(), e), afterRange);
          CurrencyReader.Currency cur2 = upper == null ? null : lex.currencyAfter(t, afterRange[0]);
          if (cur2 != null && cur2.code().equals(cur.code())) {
            a = amount(q, upper);
            e = afterRange[0] + cur2.length();
          }
        }
      }
      return new Match(i, e, FactKind.MONEY, new Value.Money(a, cur.code()), null,
          q.approx(), false, Match.NO_YEAR);
    }
    if (hi == null && !roles.informative(t, q)) {
      return null;
    }
    int end = k;
    // "forty-five (45)": the digits repeat the words.
    if (hi == null && q.hasWords() && !q.hasDigits() && t.isPunct(k, '(') && t.isDigits(k + 1)
        && t.isPunct(k + 2, ')') && new BigDecimal(t.get(k + 1).text()).compareTo(q.value()) == 0) {
      end = k + 3;
    }
    // "level 4 on the scale": a position on a scale counts nothing after it.
    String unit = t.isWordTok(i - 1)
        && lex.prefixLength(t.norm(i - 1), lex.words(WordList.SCALE_WORDS)::contains) >= 0
        ? null : lex.unit(t, end);
    if (hi == null && amount instanceof Value.Num n && t.isWordTok(end) && !t.attached(end)
        && lex.number(t.norm(end)) == null && t.isWordTok(end + 1)
        && !t.lineBreakBefore(end + 1) && NumberGrammar.halfWithAnd(t.norm(end + 1), lex)) {
      // "ארבע שנים ומחצה": the half after the counted noun adds to the count before it
      return new Match(i, end + 2, FactKind.NUMBER, new Value.Num(n.value().add(new BigDecimal("0.5"))), unit,
          q.approx(), false, Match.NO_YEAR);
    }
    return new Match(i, end, FactKind.NUMBER, amount, unit, q.approx(), false, Match.NO_YEAR);
  }

  private static Value amount(Quantity lo, Quantity hi) {
    if (hi == null) {
      return new Value.Num(lo.value());
    }
    BigDecimal a = lo.value();
    BigDecimal b = hi.value();
    return a.compareTo(b) <= 0 ? new Value.NumRange(a, b) : new Value.NumRange(b, a);
  }

  private static Value scale(Value v, BigDecimal m) {
    if (v instanceof Value.Num n) {
      return new Value.Num(n.value().multiply(m));
    }
    Value.NumRange r = (Value.NumRange) v;
    return new Value.NumRange(r.lo().multiply(m), r.hi().multiply(m));
  }

  private int percentAt(Toks t, int k) {
    if (t.isPunct(k, '%') || t.isPunct(k, '\uFF05') || t.isPunct(k, '\u066A')) {
      return 1;
    }
    return lex.percentWord(t, k);
  }

  /** A cheap filter before prefix letters are stripped: does w end with one of the words? */
  static boolean endsWithAny(String w, java.util.Collection<String> words) {
    for (String e : words) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /** "43 cents" (or a bare two-digit "43" ending the text) after an amount: {cents, end}. */
  private int[] cents(Toks t, int e) {
    int j = e;
    if (t.isWordTok(j) && lex.words(WordList.AMOUNT_AND).contains(t.norm(j))) {
      j++;
    }
    // "$20 and 43c": cents glued to "c" (marked as a model name like "9c" out of this context).
    if (t.isDigits(j) && t.get(j).text().length() <= 2 && t.isWordTok(j + 1)
        && AllPacks.MINOR_UNIT_ABBREVIATIONS.contains(t.norm(j + 1)) && t.attached(j + 1) && !(t.attached(j + 2) && (t.isWordTok(j + 2) || t.isDigits(j + 2)))
        && t.isWordTok(j - 1) && j > e) {
      int v = Integer.parseInt(t.get(j).text());
      return v > 0 ? new int[] {v, j + 2} : null;
    }
    Quantity c = NumberGrammar.parse(t, j, lex);
    if (c == null || c.value().scale() > 0 || c.value().signum() <= 0
        || c.value().compareTo(BigDecimal.valueOf(100)) >= 0 || c.scaled()) {
      return null;
    }
    if (t.isWordTok(c.to()) && AllPacks.MINOR_UNITS.contains(t.norm(c.to()))) {
      return new int[] {c.value().intValue(), c.to() + 1};
    }
    // A bare number right after the amount ends the text: "$20 43", "US$3 and fourteen".
    boolean last = t.get(c.to()) == null || t.get(c.to()).isPunct('.') && t.get(c.to() + 1) == null;
    return last ? new int[] {c.value().intValue(), c.to()} : null;
  }

  /** "a dollar", "שקל אחד": a currency's name counted once. */
  private Match currencyUnit(Toks t, int i) {
    if (!t.isWordTok(i)) {
      return null; // both readings below start at a word
    }
    String w = t.norm(i);
    if (lex.words(WordList.INDEFINITE_ARTICLES).contains(w) && t.isWordTok(i)) {
      CurrencyReader.Currency c = lex.currencyAfter(t, i + 1);
      Token cur = t.get(i + 1);
      if (c != null && cur.isWord() && !lex.pluralForm(cur.norm()) && cur.text().equals(cur.norm())
          && c.multiplier().compareTo(BigDecimal.ONE) == 0) {
        return new Match(i, i + 1 + c.length(), FactKind.MONEY,
            new Value.Money(Value.Num.of(1), c.code()), null, false, false, Match.NO_YEAR);
      }
    }
    Set<String> ones = lex.words(WordList.ONE_AFTER_CURRENCY);
    if (!ones.isEmpty() && t.get(i) != null && t.get(i).isWord()) {
      CurrencyReader.Currency c = lex.currencyAfter(t, i);
      if (c != null && t.isWordTok(i + c.length()) && ones.contains(t.norm(i + c.length()))) {
        return new Match(i, i + c.length() + 1, FactKind.MONEY,
            new Value.Money(Value.Num.of(1), c.code()), null, false, false, Match.NO_YEAR);
      }
      return percentOneAfter(t, i, ones);
    }
    return null;
  }

  /**
   * "אחוז אחד", "באחוז וחצי": where "one" follows its noun (the pack's one-after-currency
   * words), a percent word (after any prefix letters) followed by "one" is one percent, and
   * followed by a half joined with a prefix letter ("וחצי") is one and a half percent.
   */
  private Match percentOneAfter(Toks t, int i, Set<String> ones) {
    if (!t.isWordTok(i + 1) || !endsWithAny(t.norm(i), lex.words(WordList.PERCENT))) {
      return null;
    }
    // The word after first (a set look-up), the prefix letters of this one only then.
    String next = t.norm(i + 1);
    BigDecimal v = null;
    if (ones.contains(next)) {
      v = BigDecimal.ONE;
    } else {
      Lexicon.Hit h = lex.number(next);
      if (h != null && h.word().role() == NumberWord.Role.HALF && !h.prefix().isEmpty()) {
        v = new BigDecimal("1.5");
      }
    }
    if (v == null || lex.prefixLength(t.norm(i), lex.words(WordList.PERCENT)::contains) < 0) {
      return null;
    }
    return new Match(i, i + 2, FactKind.PERCENT, new Value.Num(v), null, false, false,
        Match.NO_YEAR);
  }

  /** "2/10", "2/3": a fraction written with a slash (dates with a year are read before). */
  private static Quantity slashFraction(Toks t, Quantity q) {
    int k = q.to();
    if (!q.plainDigits() || !t.isPunct(k, '/') || !t.attached(k) || !t.isDigits(k + 1)
        || !t.attached(k + 1) || t.isPunct(k + 2, '/') || t.isPunct(q.from() - 1, '/')) {
      return q;
    }
    BigDecimal den = new BigDecimal(t.get(k + 1).text());
    if (den.signum() == 0 || den.compareTo(q.value()) <= 0) {
      return q;
    }
    BigDecimal v = q.value().divide(den, MathContext.DECIMAL64);
    v = v.setScale(Math.min(v.scale(), 4), java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return new Quantity(v, q.from(), k + 2, true, false, BigDecimal.ONE, false, q.approx());
  }

  /** "$100 million", "\$3 million", "US$4.7 billion", "€20", "EUR 20.0", "₪5", "Rs. 20". */
  private Match moneyWithSymbol(Toks t, int i) {
    Token tok = t.isDigits(i) ? null : t.get(i); // a digit run names no currency: not made
    if (tok == null) {
      return null;
    }
    int k = i;
    if (tok.isPunct('\\') && t.attached(i + 1)) {
      k++; // markdown escape before "$"
    }
    String code = null;
    Token c = t.get(k);
    if (c == null) {
      return null;
    }
    if (c.type() == Token.Type.PUNCT && Currencies.isSymbol(c.text())) {
      code = Currencies.SYMBOLS.get(c.text());
      k++;
    // The neighbours first (a "$" or digits after the word), the look-ups of the word after.
    } else if (c.isWord() && t.isPunct(k + 1, '$') && t.attached(k + 1)
        && Currencies.DOLLAR_PREFIXES.containsKey(c.norm())
        && c.text().chars().allMatch(Character::isUpperCase)) {
      code = Currencies.DOLLAR_PREFIXES.get(c.norm());
      k += 2;
    } else if (c.isWord() && digitsAfter(t, k) && Currencies.code(c.text()) != null) {
      code = Currencies.code(c.text());
      k++;
    } else if (c.isWord() && lex.currencyBefore(t, k) != null) {
      CurrencyReader.Currency cb = lex.currencyBefore(t, k);
      code = cb.code();
      k += cb.length();
    } else if (c.isWord() && digitsAfter(t, k)
        && Currencies.ABBREVIATIONS_BEFORE.containsKey(c.text())) {
      code = Currencies.ABBREVIATIONS_BEFORE.get(c.text());
      k += t.isPunct(k + 1, '.') ? 2 : 1;
    } else {
      return null;
    }
    Quantity q = NumberGrammar.parse(t, k, lex);
    if (q == null || !q.hasDigits() && !q.hasWords()) {
      return null;
    }
    int end = q.to();
    Quantity hi = null;
    int j = end;
    // "$10-$20", "$10 to $20 million"
    if (t.isDash(j) || t.isWordTok(j) && (lex.words(WordList.RANGE_CONNECTORS).contains(t.norm(j))
        || lex.words(WordList.RANGE_BETWEEN_JOIN).contains(t.norm(j)) && t.isWordTok(i - 1)
        && lex.words(WordList.RANGE_BETWEEN).contains(t.norm(i - 1)))) {
      int m = j + 1;
      if (t.isPunct(m, '\\')) {
        m++;
      }
      if (t.get(m) != null && code.equals(Currencies.SYMBOLS.get(t.get(m).text()))) {
        m++;
      }
      Quantity q2 = NumberGrammar.parse(t, m, lex);
      if (q2 != null && q2.hasDigits()) {
        hi = q2;
        end = q2.to();
      }
    }
    Quantity lo = q;
    if (hi != null && hi.scaled() && !lo.scaled() && lo.value().compareTo(hi.base()) < 0) {
      lo = lo.withValue(lo.value().multiply(hi.scale()));
    }
    // "$5 USD", "US$ 3.14": a repeated code after the amount belongs to the same fact.
    if (t.get(end) != null && Currencies.code(t.get(end).text()) != null) {
      end++;
    }
    Value amount = amount(lo, hi);
    if (hi == null && !q.scaled()) {
      int[] cc = cents(t, end);
      if (cc != null) {
        amount = new Value.Num(q.value().add(BigDecimal.valueOf(cc[0], 2)));
        end = cc[1];
      }
    }
    return new Match(i, end, FactKind.MONEY, new Value.Money(amount, code), null,
        q.approx(), false, Match.NO_YEAR);
  }

  /** Digits after token k, or a period and digits ("EUR 20", "Rs. 20"). */
  private static boolean digitsAfter(Toks t, int k) {
    return t.isDigits(k + 1) || t.isPunct(k + 1, '.') && t.isDigits(k + 2);
  }

  /** The upper end of a range after {@code q}, with the index after it in {@code after[0]}. */
  private Quantity rangeEnd(Toks t, Quantity q, int[] after) {
    int k = q.to();
    // Read off the arrays: after most numbers comes neither a dash nor a word.
    boolean dash = t.isDash(k);
    boolean word = t.isWordTok(k);
    if (!dash && !word || t.isBlocked(k) || dash && t.lineBreakBefore(k)) {
      return null; // a dash opening a line is its row's, no range's: "… 1997\n\n-12 …"
    }
    String w = word ? t.norm(k) : null;
    int said = word ? Alternatives.length(t, k, lex.words(WordList.RANGE_ALTERNATIVES)) : 0;
    boolean alternative = said > 0;
    boolean digits = lex.has(PackFeature.ALTERNATIVES_WITH_DIGITS);
    boolean ok = dash || word && lex.words(WordList.RANGE_CONNECTORS).contains(w)
        || word && lex.words(WordList.RANGE_BETWEEN_JOIN).contains(w)
            && t.isWordTok(q.from() - 1) && lex.words(WordList.RANGE_BETWEEN).contains(t.norm(q.from() - 1))
        || alternative && (digits || q.hasWords() && !q.hasDigits());
    if (!ok) {
      return null;
    }
    int m = k + (alternative ? said : 1);
    Quantity q2 = NumberGrammar.parse(t, m, lex);
    if (q2 == null || q.hasDigits() != q2.hasDigits()) {
      return null;
    }
    if (alternative && !Alternatives.oneEstimate(q.value(), q2.value())) {
      return null;
    }
    if (dash && q.plainDigits() && q2.plainDigits() && t.attached(k) && t.attached(k + 1)
        && q.value().compareTo(q2.value()) > 0 && !lex.has(PackFeature.RANGES_EITHER_ORDER)
        && percentAt(t, q2.to()) <= 0) {
      return null; // "10-5": a score, not a range; "60-40%" is a split of shares, both percent
    }
    after[0] = q2.to();
    return q2;
  }

  /**
   * Fractions said in words before the pack's fraction link: "a fifth of", "two-thirds of", "a
   * quarter of a million" (pack feature spoken-fractions, denominators from fractions.tsv).
   */
  private Match fraction(Toks t, int i) {
    if (!t.isWordTok(i)) {
      return null; // an article or a numeral word
    }
    String w = t.norm(i);
    Set<String> articles = lex.words(WordList.INDEFINITE_ARTICLES);
    boolean article = articles.contains(w);
    long num;
    Lexicon.Hit h = article ? null : lex.number(w);
    if (article) {
      num = 1;
    } else if (h == null || h.word().role() != NumberWord.Role.ADD || h.word().value() > 9
        || h.word().value() < 1) {
      return null;
    } else {
      num = h.word().value();
    }
    int k = i + 1;
    if (t.isDash(k) && t.attached(k)) {
      k++;
    }
    int den = lex.denominator(t.norm(k));
    if (den == 0 || !t.isWordTok(k + 1)
        || !lex.words(WordList.FRACTION_LINKS).contains(t.norm(k + 1))
        || article && isHalfNumeral(t.norm(k))) {
      return null;
    }
    BigDecimal v = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), MathContext.DECIMAL64);
    v = v.setScale(Math.min(v.scale(), 4), java.math.RoundingMode.HALF_UP);
    // "a quarter of a million refugees", "two-thirds of a billion dollars": a share of a scale.
    int s = k + 2;
    if (t.isWordTok(s) && articles.contains(t.norm(s))) {
      Lexicon.Hit sc = t.isBlocked(s + 1) ? null : lex.number(t.norm(s + 1));
      if (sc != null && sc.word().role() == NumberWord.Role.SCALE && sc.word().value() >= 1000
          && !lex.pluralForm(t.norm(s + 1))) {
        BigDecimal amount = BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(
            sc.word().value())).divide(BigDecimal.valueOf(den), 0, java.math.RoundingMode.HALF_UP);
        int e = s + 2;
        CurrencyReader.Currency cur = lex.currencyAfter(t, e);
        if (cur != null) {
          return new Match(i, e + cur.length(), FactKind.MONEY, new Value.Money(
              new Value.Num(amount.multiply(cur.multiplier())), cur.code()), null, false, false,
              Match.NO_YEAR);
        }
        return new Match(i, e, FactKind.NUMBER, new Value.Num(amount), lex.unit(t, e), false,
            false, Match.NO_YEAR);
      }
    }
    return Match.of(i, k + 1, FactKind.NUMBER, new Value.Num(v));
  }

  /** "a half of" is no fraction: the pack's numeral "half" after an article. */
  private boolean isHalfNumeral(String w) {
    Lexicon.Hit h = lex.number(w);
    return h != null && h.prefix().isEmpty() && h.word().role() == NumberWord.Role.HALF;
  }
}
