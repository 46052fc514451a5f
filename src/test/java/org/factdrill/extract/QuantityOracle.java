package org.factdrill.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdrill.lang.LanguagePack;

/**
 * The quantity side as main f8d155e had it, before it read the token arrays: verbatim but nested
 * (each class named as the one it stands for, so the copies call each other) and the currency
 * look-ups of {@link Lexicon} read by the old {@link CurrencyReader} here. The oracle of
 * {@link QuantityArraysTest}; nothing else uses it.
 */
final class QuantityOracle {
  private QuantityOracle() {}

  /**
   * Counts, amounts of money and percentages: a numeral, optionally a range ("40-45", "150,000 to
   * 300,000", "từ 1000 đến 2000", "five or six"), with a currency before or after it ("$100
   * million", "US$4.7 billion", "100 triệu USD", "1,6 tỷ đô la", "₪", "שקל") or a percent sign or
   * word ("10 percent", "5,5%", "phần trăm", "אחוזים"). Small numbers in words that act as
   * determiners ("the two sides", "cả hai", "one of") are not facts.
   */
  static final class QuantityRecognizer {

    private final Lexicon lex;
    private final NumeralRoles roles;
    private final CurrencyReader currencies;

    QuantityRecognizer(Lexicon lex) {
      this.lex = lex;
      this.roles = new NumeralRoles(lex);
      this.currencies = new CurrencyReader(lex);
    }

    Match at(Toks t, int i) {
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
      if (q == null || !roles.plausibleStart(t, q)) {
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
      CurrencyReader.Currency cur = currencies.after(t, k);
      if (cur != null && !(t.get(k).isPunct('$') && t.isDigits(k + 1))) {
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
            CurrencyReader.Currency cur2 = upper == null ? null : currencies.after(t, afterRange[0]);
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
      String w = t.norm(i);
      if (lex.words(WordList.INDEFINITE_ARTICLES).contains(w) && t.isWordTok(i)) {
        CurrencyReader.Currency c = currencies.after(t, i + 1);
        Token cur = t.get(i + 1);
        if (c != null && cur.isWord() && !lex.pluralForm(cur.norm()) && cur.text().equals(cur.norm())
            && c.multiplier().compareTo(BigDecimal.ONE) == 0) {
          return new Match(i, i + 1 + c.length(), FactKind.MONEY,
              new Value.Money(Value.Num.of(1), c.code()), null, false, false, Match.NO_YEAR);
        }
      }
      Set<String> ones = lex.words(WordList.ONE_AFTER_CURRENCY);
      if (!ones.isEmpty() && t.get(i) != null && t.get(i).isWord()) {
        CurrencyReader.Currency c = currencies.after(t, i);
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
      Token tok = t.get(i);
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
      } else if (c.isWord() && currencies.before(t, k) != null) {
        CurrencyReader.Currency cb = currencies.before(t, k);
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
      Token c = t.get(k);
      if (c == null || t.isBlocked(k)) {
        return null;
      }
      String w = c.norm();
      boolean dash = c.isDash();
      boolean word = c.isWord();
      // vi15: alternatives as the recognizer reads them since (extract/Alternatives).
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
      if (dash && q.plainDigits() && q2.plainDigits() && !c.gapBefore()
          && t.get(k + 1) != null && !t.get(k + 1).gapBefore()
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
          CurrencyReader.Currency cur = currencies.after(t, e);
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

  /**
   * Reads one numeral starting at a token: digits ("40,000", "1.5"), digits with scale words
   * ("20 million", "23 ngàn", "630 אלף", "100K") or words alone ("forty-five thousand",
   * "hai mươi ba nghìn", "שש מאות וחמישים אלף", "half a million", "חצי מיליון"). The grammar is
   * the same in the three languages: units add up inside a group, "hundred" multiplies the group,
   * a scale word closes it; each {@link Lexicon} supplies the words and their roles.
   */
  static final class NumberGrammar {
    private NumberGrammar() {}

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** The numeral starting at token i, or null. Hebrew prefix letters are part of the span. */
    static Quantity parse(Toks t, int i, Lexicon lex) {
      Token tok = t.get(i);
      if (tok == null || t.isBlocked(i)) {
        return null;
      }
      boolean negative = false;
      int start = i;
      if (tok.isWord() && lex.minusWords().contains(tok.norm())) {
        negative = true;
        i++;
      } else if ((tok.isPunct('-') || tok.isPunct('\u2212')) && (tok.gapBefore() || i == 0)
          && !t.isDigits(i - 1) && (t.isDigits(i + 1) && (t.attached(i + 1)
          || tok.newlinesBefore() > 0 && !Bullets.inRun(t, i))
          || decimalMark(t, i + 1, lex) && t.attached(i + 1)) && !detachedPrefix(t, i - 1, lex)) {
        // A dash set apart from its digits is a sign only on a line of its own, not a bullet of
        // a list ("- Xu" / "- 159"): glued ("-5") it is always one.
        negative = true;
        i++;
      }
      Quantity q = unsigned(t, i, lex);
      if (q == null) {
        return null;
      }
      if (negative) {
        q = q.withValue(q.value().negate()).withSpan(start, q.to());
      }
      return q;
    }

    /**
     * "מ -30 מדינות": a one-letter prefix typed apart from its "-30" is the prefix's hyphen ("מ-30",
     * from 30), not a minus sign; a minus reads where the number stands alone.
     */
    private static boolean detachedPrefix(Toks t, int k, Lexicon lex) {
      return t.isWordTok(k) && lex.hasPrefixes() && t.norm(k).length() == 1 && lex.isPrefixOnly(t.norm(k));
    }

    /** A decimal mark glued to the digits after it: the ".5" of "-.5". */
    private static boolean decimalMark(Toks t, int k, Lexicon lex) {
      return t.isPunct(k, lex.decimalSeparator()) && t.isDigits(k + 1) && t.attached(k + 1);
    }

    private static Quantity unsigned(Toks t, int i, Lexicon lex) {
      Token tok = t.get(i);
      if (tok == null || t.isBlocked(i)) {
        return null;
      }
      boolean approx = false;
      int start = i;
      if (tok.isWord() && lex.isPrefixOnly(tok.norm())) {
        // ב-1948, כ-200, מ5: prefix letters joined to digits, with or without a hyphen.
        int j = i + 1;
        if (t.isDash(j) && t.attached(j)) {
          j++;
        }
        if (t.isDigits(j) && t.attached(j)) {
          if (lex.words(WordList.ORDINAL_ARTICLES).contains(tok.norm()) && j == i + 2
              && lex.month(t.norm(j + 1)) == 0) {
            return null; // "הכנסת ה-12": an ordinal
          }
          approx = anyLetterIn(tok.norm(), lex.words(WordList.APPROX_PREFIXES));
          i = j;
        }
      }
      Quantity q;
      if (t.isDigits(i) || t.isPunct(i, '.') || t.isPunct(i, ',')) {
        q = digits(t, i, lex);
      } else {
        q = words(t, i, lex);
      }
      if (q == null) {
        return null;
      }
      q = q.withSpan(start, q.to());
      return approx || q.approx() ? q.withApprox() : q;
    }

    private static Quantity digits(Toks t, int i, Lexicon lex) {
      DigitNumbers.Parsed p = DigitNumbers.parse(t, i, lex);
      if (p == null || p.value() == null) {
        return null;
      }
      Token after = t.get(p.to());
      if (after != null && after.isWord() && t.attached(p.to())) {
        String w = after.text();
        BigDecimal mul = suffix(w, lex);
        if (mul != null && !(t.isWordTok(p.to() + 1) && t.attached(p.to() + 1))) {
          BigDecimal v = p.value().multiply(mul);
          return new Quantity(v, i, p.to() + 1, true, false, mul, false, false);
        }
        if (AllPacks.ORDINAL_ENDINGS.contains(after.norm())) {
          return null; // an ordinal ("5th")
        }
      }
      BigDecimal value = p.value();
      int k = p.to();
      boolean plain = p.plain();
      // "2 point 5": a decimal said aloud (not "a 14 point plan": digits must follow).
      if (plain && lex.words(WordList.SPOKEN_DECIMAL_POINT).contains(t.norm(k)) && t.isDigits(k + 1)
          && !t.isBlocked(k + 1) && !(t.attached(k + 2) && (t.isPunct(k + 2, '.')
          || t.isPunct(k + 2, ',')) && t.isDigits(k + 3))) {
        value = new BigDecimal(p.value().toPlainString() + "." + t.get(k + 1).text());
        k += 2;
        plain = false;
      }
      int digitsEnd = k;
      BigDecimal scale = BigDecimal.ONE;
      // "20 million", "1,6 tỷ", "630 אלף", "2 dozens", "5 trăm nghìn".
      while (true) {
        Token w = t.get(k);
        if (w == null || !w.isWord() || t.isBlocked(k)) {
          break;
        }
        Lexicon.Hit h = lex.number(w.norm());
        if (h == null || !h.prefix().isEmpty()) {
          break;
        }
        NumberWord nw = h.word();
        if (nw.role() == NumberWord.Role.SCALE || nw.role() == NumberWord.Role.HUNDRED) {
          BigDecimal m = BigDecimal.valueOf(nw.value());
          value = value.multiply(m);
          scale = scale.multiply(m);
          k++;
        } else {
          break;
        }
      }
      return new Quantity(value, i, k, true, k > digitsEnd, scale, plain && k == p.to(), false);
    }

    /** A scale letter glued to digits: 23k, 3M, 2bn, and the pack's own ("100К" in Russian). */
    private static BigDecimal suffix(String w, Lexicon lex) {
      Long own = lex.scaleSuffixes().get(w);
      if (own == null) {
        own = AllPacks.SCALE_SUFFIXES.get(w); // "23k" is written so in any language
      }
      return own == null ? null : BigDecimal.valueOf(own);
    }

    private static Quantity words(Toks t, int i, Lexicon lex) {
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal current = BigDecimal.ZERO;
      boolean curSet = false;
      boolean seen = false;
      boolean half = false;
      boolean approx = false;
      long lastAdd = -1;
      long lastScale = 0;
      NumberWord.Role lastRole = null;
      BigDecimal scaleMul = BigDecimal.ONE;
      int k = i;
      int end = -1;
      Set<String> articles = lex.words(WordList.INDEFINITE_ARTICLES);
      Set<String> numeralAnd = lex.words(WordList.NUMERAL_AND);
      // English "a hundred", "a million", "a dozen", "a half million", "half a million".
      if (isWordIn(t, k, articles)) {
        Lexicon.Hit next = lex.number(t.norm(k + 1));
        if (next == null || next.word().role() == NumberWord.Role.ADD
            || next.word().role() == NumberWord.Role.POINT || lex.pluralForm(t.norm(k + 1))) {
          return null;
        }
        if (next.word().role() != NumberWord.Role.HALF) {
          current = BigDecimal.ONE;
          curSet = true;
          seen = true;
        }
        k++;
      }
      while (true) {
        Token tok = t.get(k);
        if (tok == null || !tok.isWord() || t.isBlocked(k)) {
          break;
        }
        Lexicon.Hit hit = lex.number(tok.norm());
        if (hit == null) {
          break;
        }
        NumberWord w = hit.word();
        if (!seen && w.role() == NumberWord.Role.POINT && t.isDigits(k + 1) && !t.attached(k + 1)
            && decimalMayStart(t, k)) {
          // "point 77"
          curSet = true;
          lastRole = NumberWord.Role.ADD;
        } else if (!seen && !w.startsNumber()) {
          break;
        }
        if (seen && !hit.prefix().isEmpty()
            && !lex.words(WordList.AND_PREFIXES).contains(hit.prefix())) {
          break;
        }
        if (!seen && anyLetterIn(hit.prefix(), lex.words(WordList.APPROX_PREFIXES))) {
          approx = true;
        }
        if (lex.words(WordList.COMPOUND_ONLY_NUMERALS).contains(tok.norm())
            && !insideCompound(t, k, lex, lastRole)) {
          break;
        }
        boolean ok = true;
        switch (w.role()) {
          case ADD: {
            long v = w.value();
            if (curSet && lastRole != NumberWord.Role.SCALE) {
              long cur = current.longValue();
              // "שלושה עשר" = 13, also inside "שש מאות ושמונה עשרה" = 618: ten after a lone unit.
              boolean teen = lex.has(PackFeature.TEENS_UNIT_TEN) && v == 10 && cur % 100 > 0 && cur % 100 < 10
                  && lastRole == NumberWord.Role.ADD;
              if (!teen && !(v < place(cur)) || lastRole == NumberWord.Role.POINT) {
                ok = false;
                break;
              }
            }
            current = current.add(BigDecimal.valueOf(v));
            curSet = true;
            lastAdd = v;
            break;
          }
          case TENS:
            if (!curSet) {
              current = BigDecimal.TEN;
              curSet = true;
            } else if (lastRole == NumberWord.Role.ADD && lastAdd >= 1 && lastAdd <= 9) {
              current = current.add(BigDecimal.valueOf(lastAdd * 9));
            } else {
              ok = false;
            }
            lastAdd = -1;
            break;
          case HUNDRED:
            if (!curSet) {
              current = BigDecimal.valueOf(100);
              curSet = true;
            } else if (current.signum() >= 0 && current.compareTo(BigDecimal.valueOf(100)) < 0
                && lastRole != NumberWord.Role.HUNDRED) {
              current = current.multiply(BigDecimal.valueOf(100));
            } else {
              ok = false;
            }
            lastAdd = -1;
            break;
          case SCALE: {
            BigDecimal s = BigDecimal.valueOf(w.value());
            BigDecimal chunk = half ? HALF : curSet ? current : BigDecimal.ONE;
            if (lastScale > 0 && w.value() >= lastScale) {
              total = total.add(chunk).multiply(s);
            } else {
              total = total.add(chunk.multiply(s));
            }
            scaleMul = s;
            lastScale = w.value();
            half = false;
            current = BigDecimal.ZERO;
            curSet = false;
            lastAdd = -1;
            break;
          }
          case HALF:
            if (seen) {
              ok = false;
            } else {
              half = true;
              // "half a million": skip the article.
              if (isWordIn(t, k + 1, articles)) {
                k++;
              }
            }
            break;
          case POINT: {
            if (!curSet || lastRole != NumberWord.Role.ADD) {
              ok = false;
              break;
            }
            if (endsPhrase(t, k, lex.words(WordList.NOT_NUMERAL_PHRASES))) {
              ok = false; // "at one point three soldiers fled": the idiom, not 1.3
              break;
            }
            StringBuilder frac = new StringBuilder();
            int m = k + 1;
            if (t.isDigits(m)) {
              frac.append(t.get(m).text());
              m++;
            } else {
              while (true) {
                Lexicon.Hit d = t.isWordTok(m) ? lex.number(t.norm(m)) : null;
                if (d == null || d.word().role() != NumberWord.Role.ADD || d.word().value() > 9) {
                  break;
                }
                frac.append(d.word().value());
                m++;
              }
            }
            if (frac.length() == 0) {
              ok = false;
              break;
            }
            current = current.add(new BigDecimal("0." + frac));
            k = m - 1;
            break;
          }
          case FILLER:
            ok = curSet && lastRole == NumberWord.Role.HUNDRED;
            break;
          default:
            ok = false;
        }
        if (!ok) {
          break;
        }
        seen = true;
        lastRole = w.role();
        end = k + 1;
        k++;
        // "forty-five": a hyphen between tens and units; "five hundred and four".
        if (t.isDash(k) && t.attached(k) && t.attached(k + 1) && t.isWordTok(k + 1)
            && lex.number(t.norm(k + 1)) != null && lastRole == NumberWord.Role.ADD) {
          k++;
        } else if (isWordIn(t, k, numeralAnd) && isWordIn(t, k + 1, articles)
            && isHalf(t, k + 2, lex) && !t.isBlocked(k + 2)
            && !(t.isDash(k + 3) && t.attached(k + 3))
            && (lastRole == NumberWord.Role.ADD || lastRole == NumberWord.Role.TENS)) {
          // "one and a half million", "two and a half years": a half added to the units, which
          // a scale word may then multiply.
          current = current.add(HALF);
          lastRole = NumberWord.Role.HALF;
          k += 3;
          end = k;
        } else if ((lastRole == NumberWord.Role.ADD || lastRole == NumberWord.Role.TENS)
            && t.isWordTok(k) && !t.isBlocked(k) && halfWithAnd(t.norm(k), lex)) {
          // "שלוש וחצי": the half joined by an "and" prefix letter (pack's and-prefixes).
          current = current.add(HALF);
          lastRole = NumberWord.Role.HALF;
          k++;
          end = k;
        } else if (lastRole == NumberWord.Role.SCALE && !curSet
            && isWordIn(t, k, numeralAnd) && isWordIn(t, k + 1, articles)
            && isHalf(t, k + 2, lex) && !t.isBlocked(k + 2)
            && !(t.isDash(k + 3) && t.attached(k + 3)) && lastScale >= 1000) {
          // "a million and a half": half the last scale added.
          total = total.add(HALF.multiply(BigDecimal.valueOf(lastScale)));
          end = k + 3;
          break;
        } else if (isWordIn(t, k, numeralAnd)
            && (lastRole == NumberWord.Role.HUNDRED || lastRole == NumberWord.Role.SCALE)) {
          Lexicon.Hit next = lex.number(t.norm(k + 1));
          if (next != null && next.word().role() == NumberWord.Role.ADD) {
            k++;
          }
        }
      }
      if (!seen || end < 0 || half) {
        return null;
      }
      BigDecimal value = total.add(current);
      boolean scaled = lastScale > 0 && !curSet;
      return new Quantity(value, i, end, false, true, scaled ? scaleMul : BigDecimal.ONE, false,
          approx);
    }

    /**
     * "point 77" (.77) with no whole part, as said aloud, only where no word or number precedes
     * it (start of the text, after a bracket) and in lower case: in prose "point" is a noun ("at
     * that point 20 men"), and "Point 5" a heading or designation.
     */
    private static boolean decimalMayStart(Toks t, int k) {
      Token prev = t.get(k - 1);
      return (prev == null || prev.isPunct('(')) && !t.get(k).isCapitalized();
    }

    /** "năm" is five only inside a numeral: before mươi/trăm/nghìn..., or after "linh". */
    /** True when one of {@code w}'s letters is one of the one-letter {@code prefixes}. */
    private static boolean anyLetterIn(String w, Set<String> prefixes) {
      for (String p : prefixes) {
        if (w.contains(p)) {
          return true;
        }
      }
      return false;
    }

    /** True when token k is a word whose normal form is in {@code words}. */
    private static boolean isWordIn(Toks t, int k, Set<String> words) {
      return !words.isEmpty() && t.isWordTok(k) && words.contains(t.norm(k));
    }

    /** "וחצי": the numeral "half" after one of the pack's and-prefixes. */
    private static boolean halfWithAnd(String norm, Lexicon lex) {
      boolean starts = false;
      Set<String> and = lex.words(WordList.AND_PREFIXES);
      for (String p : and) {
        starts |= norm.startsWith(p);
      }
      if (!starts) {
        return false;
      }
      Lexicon.Hit h = lex.number(norm);
      return h != null && h.word().role() == NumberWord.Role.HALF && and.contains(h.prefix());
    }

    /** True when token k is the numeral "half" of the language. */
    private static boolean isHalf(Toks t, int k, Lexicon lex) {
      Lexicon.Hit h = t.isWordTok(k) ? lex.number(t.norm(k)) : null;
      return h != null && h.prefix().isEmpty() && h.word().role() == NumberWord.Role.HALF;
    }

    /** True when the words ending at token k spell one of {@code phrases}. */
    private static boolean endsPhrase(Toks t, int k, Set<String> phrases) {
      for (String p : phrases) {
        String[] w = p.split(" ");
        boolean all = true;
        for (int j = 0; j < w.length && all; j++) {
          all = t.isWord(k - w.length + 1 + j, w[j]);
        }
        if (all) {
          return true;
        }
      }
      return false;
    }

    /**
     * A numeral that is also a common noun (Vietnamese "năm", five and year) counts only inside a
     * compound: after a filler, or before tens, hundreds or a scale.
     */
    private static boolean insideCompound(Toks t, int k, Lexicon lex, NumberWord.Role lastRole) {
      if (lastRole == NumberWord.Role.FILLER) {
        return true;
      }
      Lexicon.Hit next = t.isWordTok(k + 1) ? lex.number(t.norm(k + 1)) : null;
      if (next == null) {
        return false;
      }
      NumberWord.Role r = next.word().role();
      return r == NumberWord.Role.TENS || r == NumberWord.Role.HUNDRED
          || r == NumberWord.Role.SCALE;
    }

    /** The smallest place a following unit may fill: 10 for 40, 100 for 300, 1 for 7. */
    private static long place(long cur) {
      if (cur == 0) {
        return Long.MAX_VALUE; // "không trăm mười": an empty hundreds place takes any tens
      }
      long p = 1;
      while (cur % (p * 10) == 0) {
        p *= 10;
      }
      return p;
    }
  }

  /**
   * Reads numbers written in digits with the separators of the document's language: English and
   * Hebrew group thousands with "," and mark decimals with "." (40,000 and 1.5); Vietnamese does the
   * reverse (4.649.000 and 2,1). Runs that fit neither convention (14.5.1948, 1.3.2) are opaque.
   */
  static final class DigitNumbers {
    private DigitNumbers() {}

    /** A digit number over tokens [from, to); {@code value} is null for an opaque run. */
    record Parsed(BigDecimal value, int from, int to, boolean plain) {}

    static Parsed parse(Toks t, int i, Lexicon lex) {
      Token first = t.get(i);
      if (first == null) {
        return null;
      }
      if (first.type() == Token.Type.PUNCT && (first.isPunct('.') || first.isPunct(','))) {
        // ".77" (and ",77" in Vietnamese): a decimal with no integer part.
        if (leadingDecimal(first.text().charAt(0), lex) && t.isDigits(i + 1)
            && t.attached(i + 1) && (first.gapBefore() || i == 0 || opensNumber(t.get(i - 1)))
            && !t.isDigits(i - 1)) {
          return new Parsed(new BigDecimal("0." + t.get(i + 1).text()), i, i + 2, false);
        }
        return null;
      }
      if (!first.isDigits()) {
        return null;
      }
      // "-.0012", "p.23", "No.5": digits glued to a decimal mark that follows no digits are never
      // an integer of their own (".0012" is not 12); the decimal reading above takes them or nothing.
      Token mark = t.get(i - 1);
      if (i > 0 && !first.gapBefore() && mark != null && mark.type() == Token.Type.PUNCT
          && mark.text().length() == 1 && leadingDecimal(mark.text().charAt(0), lex)
          && !t.isDigits(i - 2)) {
        return null;
      }
      Parsed spaced = spaceGrouped(t, i, lex);
      if (spaced != null) {
        return spaced;
      }
      Token s0 = t.get(i + 1);
      if (s0 != null && !s0.gapBefore() && s0.isPunct(lex.decimalSeparator()) && t.isDigits(i + 2)
          && t.newlinesBefore(i + 2) == 1 && t.get(i + 2).text().length() <= 3
          && scaleFollows(t, i + 3, lex)) {
        // "2.\n5 million": a page wrapping its lines at a fixed width broke the number after its
        // point; the fraction's digits and a scale word open the next line (text/BrokenDecimals).
        return new Parsed(new BigDecimal(first.text() + "." + t.get(i + 2).text()), i, i + 3, false);
      }
      if (s0 == null || s0.gapBefore() || !(s0.isPunct(',') || s0.isPunct('.'))
          || !t.isDigits(i + 2) || !t.attached(i + 2)) {
        return new Parsed(new BigDecimal(first.text()), i, i + 1, true); // no separators: common
      }
      List<String> groups = new ArrayList<>(4);
      List<Character> seps = new ArrayList<>(4);
      groups.add(first.text());
      int k = i + 1;
      while (true) {
        Token s = t.get(k);
        if (s == null || s.gapBefore() || !(s.isPunct(',') || s.isPunct('.'))
            || !t.isDigits(k + 1) || !t.attached(k + 1)) {
          break;
        }
        seps.add(s.text().charAt(0));
        groups.add(t.get(k + 1).text());
        k += 2;
      }
      int n = seps.size();
      if (n == 0) {
        return new Parsed(new BigDecimal(first.text()), i, i + 1, true);
      }
      boolean allSame = seps.stream().allMatch(c -> c.equals(seps.get(0)));
      boolean headOk = groups.get(0).length() <= 3;
      if (n >= 2) {
        boolean middleThrees = true;
        for (int g = 1; g < n; g++) {
          middleThrees &= groups.get(g).length() == 3;
        }
        if (allSame && middleThrees && groups.get(n).length() == 3 && headOk) {
          return new Parsed(new BigDecimal(String.join("", groups)), i, k, false);
        }
        if (!allSame && headOk && middleThrees && seps.subList(0, n - 1).stream()
            .allMatch(c -> c.equals(seps.get(0))) && !seps.get(n - 1).equals(seps.get(0))) {
          String whole = String.join("", groups.subList(0, n));
          return new Parsed(new BigDecimal(whole + "." + groups.get(n)), i, k, false);
        }
        return new Parsed(null, i, k, false);
      }
      char c = seps.get(0);
      String g = groups.get(1);
      boolean three = g.length() == 3 && headOk;
      if (c == lex.decimalSeparator()) {
        if (c == ',' && three && !scaleFollows(t, k, lex)) {
          // Vietnamese texts often borrow the English "1,500"; a three-digit decimal without a
          // scale word ("1,500 người") is far more likely a grouped integer.
          return new Parsed(new BigDecimal(groups.get(0) + g), i, k, false);
        }
        return new Parsed(new BigDecimal(groups.get(0) + "." + g), i, k, false);
      }
      if (three) {
        return new Parsed(new BigDecimal(groups.get(0) + g), i, k, false);
      }
      if (c == '.') {
        // Vietnamese "1.5 triệu": a decimal point where the comma belongs.
        return new Parsed(new BigDecimal(groups.get(0) + "." + g), i, k, false);
      }
      // English "1,2": two numbers, not one.
      return new Parsed(new BigDecimal(groups.get(0)), i, i + 1, true);
    }

    /**
     * A mark glued before digits with none before it is decimal unless it is the language's group
     * separator: ".77" in English, ",77" in Vietnamese, either in Russian (which groups with spaces).
     */
    private static boolean leadingDecimal(char c, Lexicon lex) {
      return c == lex.decimalSeparator() || (c == '.' || c == ',') && c != lex.groupSeparator()
          && lex.groupSeparator() != '.' && lex.groupSeparator() != ',';
    }

    /**
     * Where the language groups thousands with a space (CLDR's no-break space in Russian): "4 947
     * 267,53" is one number when a head of one to three digits is followed by groups of exactly
     * three, each after a single space, no-break space or narrow no-break space.
     */
    private static Parsed spaceGrouped(Toks t, int i, Lexicon lex) {
      if (!Character.isSpaceChar(lex.groupSeparator()) || t.get(i).text().length() > 3) {
        return null;
      }
      StringBuilder whole = new StringBuilder(t.get(i).text());
      int k = i;
      while (t.isDigits(k + 1) && t.get(k + 1).text().length() == 3 && singleSpace(t, k)
          && !(t.isDigits(k + 2) && t.attached(k + 2))) {
        whole.append(t.get(k + 1).text());
        k++;
      }
      if (k == i) {
        return null;
      }
      if (t.isPunct(k + 1, lex.decimalSeparator()) && t.attached(k + 1) && t.isDigits(k + 2)
          && t.attached(k + 2)) {
        return new Parsed(new BigDecimal(whole + "." + t.get(k + 2).text()), i, k + 3, false);
      }
      return new Parsed(new BigDecimal(whole.toString()), i, k + 1, false);
    }

    /** True when one space character alone separates token k from token k + 1. */
    private static boolean singleSpace(Toks t, int k) {
      Token a = t.get(k);
      Token b = t.get(k + 1);
      if (b.start() != a.end() + 1) {
        return false;
      }
      char c = t.text.charAt(a.end());
      return c == ' ' || c == '\u00a0' || c == '\u202f';
    }

    /** A sign or opening bracket right before ".5" still starts a number: "-.5", "(.5". */
    private static boolean opensNumber(Token before) {
      return before != null && before.type() == Token.Type.PUNCT && before.text().length() == 1
          && "-+−(\"'".indexOf(before.text().charAt(0)) >= 0;
    }

    private static boolean scaleFollows(Toks t, int k, Lexicon lex) {
      Token next = t.get(k);
      if (next == null || !next.isWord()) {
        return false;
      }
      Lexicon.Hit h = lex.number(next.norm());
      return h != null && (h.word().role() == NumberWord.Role.SCALE
          || h.word().role() == NumberWord.Role.HUNDRED);
    }
  }

  /**
   * Whether a numeral the quantity recognizer read is a quantity, or a name ("Ba Lan", "באר שבע")
   * or a determiner ("the two sides", "one of", "cả hai") written with a numeral.
   */
  static final class NumeralRoles {
    private final Lexicon lex;

    NumeralRoles(Lexicon lex) {
      this.lex = lex;
    }

    /** Rejects numerals that are names or determiners rather than quantities. */
    boolean plausibleStart(Toks t, Quantity q) {
      Token first = t.get(q.from());
      // The tail of a numeral already refused: "nghìn" in "hàng chục nghìn" (tens of thousands).
      if (q.hasWords() && !q.hasDigits() && t.isWordTok(q.from() - 1)
          && lex.number(t.norm(q.from() - 1)) != null) {
        return false;
      }
      if (!q.hasWords()) {
        return true;
      }
      String before = t.norm(q.from() - 1);
      // A name with a numeral in it: "באר שבע" (Be'er Sheva), after any prefix letters.
      for (String name : lex.words(WordList.NAMES_WITH_NUMERALS)) {
        int sp = name.indexOf(' ');
        if (t.norm(q.from()).equals(name.substring(sp + 1)) && before.endsWith(name.substring(0, sp))) {
          return false;
        }
      }
      if (q.hasDigits()) {
        return true;
      }
      // "tỷ lệ" (rate), "một triệu chứng" (a symptom): the numeral's last word is the first
      // syllable of a word spelled like a numeral. Looked up only before a word.
      Set<String> compounds = lex.words(WordList.NUMERAL_COMPOUNDS);
      if (!compounds.isEmpty() && t.isWordTok(q.to()) && t.isWordTok(q.to() - 1)
          && compounds.contains(t.norm(q.to() - 1) + " " + t.norm(q.to()))) {
        return false;
      }
      // "forty-first", "the two hundred second mayor": a numeral followed by an ordinal word,
      // joined by a hyphen or a space, is the head of that ordinal, a rank, not a count.
      int o = t.isDash(q.to()) && t.attached(q.to()) && t.attached(q.to() + 1) ? q.to() + 1 : q.to();
      if (t.isWordTok(o) && lex.pack().ordinals().containsKey(t.norm(o))) {
        return false;
      }
      // "Ba Lan" (Poland), "Ba Tư" (Persia): a capitalized numeral before a capitalized word, or
      // joined by a hyphen to a word that is no numeral (old spelling: "Triệu-võ-đế", "Ba-lan").
      Token next = t.get(q.to());
      if (lex.has(PackFeature.CAPITALIZED_NUMERAL_IS_NAME) && first.isCapitalized() && next != null
          && (next.isCapitalized() && next.isWord() || next.isDash() && t.attached(q.to())
          && t.isWordTok(q.to() + 1) && t.attached(q.to() + 1) && lex.number(t.norm(q.to() + 1)) == null)) {
        return false;
      }
      // "nhà Triệu" (the Triệu dynasty), "the Million" (a book): a scale word alone, capitalised
      // inside a sentence, names something; a count of millions says how many ("một triệu").
      if (q.to() == q.from() + 1 && first.isCapitalized() && !t.sentenceStart(q.from())
          && scaleWord(t.norm(q.from()))) {
        return false;
      }
      // "hàng nghìn", "עשרות אלפים": vague; "מלחמת ששת הימים": a name.
      if (lex.vagueMarkers().contains(before)) {
        return false;
      }
      for (String w : lex.words(WordList.NOT_COUNT_AFTER)) {
        if (before.endsWith(w)) {
          return false;
        }
      }
      // "מאה" alone is also "century": a hundred only before what it counts.
      return !(q.to() == q.from() + 1
          && lex.prefixLength(t.norm(q.from()), lex.words(WordList.NEEDS_UNIT_NUMERALS)::contains) >= 0
          && lex.unit(t, q.to()) == null);
    }

    private boolean scaleWord(String norm) {
      Lexicon.Hit h = lex.number(norm);
      return h != null && h.word() != null && h.word().role() == NumberWord.Role.SCALE;
    }

    /** Small numbers in words are usually determiners: "the two sides", "one of", "cả hai". */
    boolean informative(Toks t, Quantity q) {
      if (q.hasDigits() || q.scaled() || !q.hasWords()) {
        return true;
      }
      String firstWord = t.norm(q.from());
      if (q.value().compareTo(BigDecimal.valueOf(2)) <= 0 && q.value().signum() >= 0
          && q.value().stripTrailingZeros().scale() <= 0 && !lex.words(WordList.ABSOLUTE_SMALL_NUMERALS).contains(firstWord)) {
        return countSubject(t, q);
      }
      String before = t.norm(q.from() - 1);
      // "the three countries" points back to a set; "the twenty-two senators" counts: a
      // determiner makes only a small number (up to ten) a reference.
      boolean small = q.value().compareTo(BigDecimal.TEN) <= 0;
      return !(small && lex.words(WordList.SMALL_NUMBER_DETERMINERS).contains(before))
          && !(t.isWordTok(q.to()) && lex.words(WordList.SMALL_NUMBER_PARTITIVES).contains(t.norm(q.to())));
    }

    /**
     * "Two pilots were captured", "שני טייסים נשבו": a small numeral in words is a count when it
     * opens a clause (text, paragraph or sentence start, or after punctuation: no determiner
     * before it), a count noun follows it, and one of the pack's count-subject-verbs follows the
     * noun (directly, or after one more word of a two-word noun). "The two sides", "one of them",
     * "two years later" stay determiners and phrases.
     */
    private boolean countSubject(Toks t, Quantity q) {
      Set<String> verbs = lex.words(WordList.COUNT_SUBJECT_VERBS);
      int k = q.to();
      if (verbs.isEmpty() || k != q.from() + 1 || q.value().signum() <= 0
          || !lex.countNoun(t, k)) {
        return false;
      }
      Token before = t.get(q.from() - 1);
      if (before != null && !t.breakBefore(q.from()) && before.isWord()) {
        return false;
      }
      return t.isWordTok(k + 1) && verbs.contains(t.norm(k + 1))
          || t.isWordTok(k + 1) && !t.attached(k + 1) && t.isWordTok(k + 2)
          && verbs.contains(t.norm(k + 2)) && !lex.countNoun(t, k + 1);
    }
  }

  /**
   * Currencies around an amount, from the pack: names of one or more words (longest first, words
   * joined by spaces or a hyphen), their per-name rules, classifiers before a name, names written
   * before the amount, and the language-free codes and symbols of {@link Currencies}.
   */
  static final class CurrencyReader {
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
    Currency after(Toks t, int i) {
      Currency common = commonCurrency(t, i);
      if (common != null) {
        return common;
      }
      Token tok = t.get(i);
      if (tok == null || !tok.isWord()) {
        return null;
      }
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
     * these words follows: "pounds of flour"), {@code times=N} (a unit of N: "אש"ח"),
     * {@code abbr} (an abbreviation that takes the period after it: "Rs."); null when none.
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
      if (bestName == null) {
        return null;
      }
      java.math.BigDecimal times = java.math.BigDecimal.ONE;
      String rules = pack.currencyRules().get(bestName);
      if (rules != null) {
        for (String rule : rules.split(" ")) {
          if (rule.startsWith("not-before=") && notBefore(t, i + bestLength, rule.substring(11))) {
            return null;
          } else if (rule.startsWith("times=")) {
            times = new java.math.BigDecimal(rule.substring(6));
          } else if (rule.equals("abbr") && t.isPunct(i + bestLength, '.')) {
            bestLength++;
          }
        }
      }
      return new Currency(pack.currencies().get(bestName), bestLength, times);
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
      Token tok = t.get(i);
      if (tok == null) {
        return null;
      }
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
      if (tok.type() == Token.Type.PUNCT && Currencies.SYMBOLS.containsKey(tok.text())
          && !t.isDigits(i + 1)) {
        return new Currency(Currencies.SYMBOLS.get(tok.text()), 1);
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
}
