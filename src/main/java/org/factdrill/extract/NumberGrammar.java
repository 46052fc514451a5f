package org.factdrill.extract;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Reads one numeral starting at a token: digits ("40,000", "1.5"), digits with scale words
 * ("20 million", "23 ngàn", "630 אלף", "100K") or words alone ("forty-five thousand",
 * "hai mươi ba nghìn", "שש מאות וחמישים אלף", "half a million", "חצי מיליון"). The grammar is
 * the same in the three languages: units add up inside a group, "hundred" multiplies the group,
 * a scale word closes it; each {@link Lexicon} supplies the words and their roles.
 */
final class NumberGrammar {
  private NumberGrammar() {}

  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** The numeral starting at token i, or null. Hebrew prefix letters are part of the span. */
  static Quantity parse(Toks t, int i, Lexicon lex) {
    if (i < 0 || i >= t.size() || t.isBlocked(i)) {
      return null;
    }
    // A digit run is neither a minus word nor a sign: its token is not made here.
    Token tok = t.isDigits(i) ? null : t.get(i);
    boolean negative = false;
    int start = i;
    if (tok != null && tok.isWord() && lex.minusWords().contains(tok.norm())) {
      negative = true;
      i++;
    } else if (tok != null && (tok.isPunct('-') || tok.isPunct('\u2212')) && (tok.gapBefore() || i == 0)
        && !t.isDigits(i - 1) && (t.isDigits(i + 1) && (t.attached(i + 1)
        || tok.newlinesBefore() > 0 && !Bullets.inRun(t, i) && !Bullets.rowHead(t, i))
        || decimalMark(t, i + 1, lex) && t.attached(i + 1)) && !detachedPrefix(t, i - 1, lex)
        && !Bullets.labelRow(t, i, lex)) {
      // A dash set apart from its digits is a sign only on a line of its own, not a bullet of
      // a list ("- Xu" / "- 159") or of a row ("- 67 – …"): glued ("-5") it is always one.
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
    if (i < 0 || i >= t.size() || t.isBlocked(i)) {
      return null;
    }
    boolean approx = false;
    int start = i;
    if (t.isWordTok(i) && lex.isPrefixOnly(t.norm(i))) {
      Token tok = t.get(i);
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
    if (t.isWordTok(p.to()) && t.attached(p.to())) { // read off the arrays: no token made else
      Token after = t.get(p.to());
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
    if (plain && t.isWordTok(k) && lex.words(WordList.SPOKEN_DECIMAL_POINT).contains(t.norm(k))
        && t.isDigits(k + 1)
        && !t.isBlocked(k + 1) && !(t.attached(k + 2) && (t.isPunct(k + 2, '.')
        || t.isPunct(k + 2, ',')) && t.isDigits(k + 3))) {
      value = new BigDecimal(p.value().toPlainString() + "." + t.get(k + 1).text());
      k += 2;
      plain = false;
    }
    int digitsEnd = k;
    BigDecimal scale = BigDecimal.ONE;
    // "20 million", "1,6 tỷ", "630 אלף", "2 dozens", "5 trăm nghìn".
    while (t.isWordTok(k) && !t.isBlocked(k)) {
      Lexicon.Hit h = lex.number(t.norm(k));
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
          && !insideCompound(t, k, lex, lastRole) && (seen || !CountingNumeral.counts(t, k, lex))) {
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
  static boolean halfWithAnd(String norm, Lexicon lex) {
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
