package org.factdrill.extract;

import java.util.List;
import java.util.Set;

/**
 * Dates of a language whose words take one-letter prefixes (the pack's {@code prefixes}), each
 * word from the pack: a prefix on the day, month or year ("ה-14 במאי 1948", "ב-1948"), day +
 * month + year, ranges written either way ("25–24 במאי 1991"), month first ("אפריל 14, 2015",
 * "בספטמבר 1939"), a month alone after a prefix or one of {@code month-alone-after}, year words
 * ("בשנת 1948"), decade words + a decade in digits or a definite tens numeral ("שנות התשעים"),
 * century words + the ordinal article ("המאה ה-20"), eras, and the shared day-first numeric
 * dates. Hebrew is the pack that declares it ({@code dates prefix-letter}).
 */
final class PrefixLetterDates extends DateRecognizer {
  private final Set<String> yearWords;
  private final Set<String> decadeWords;
  private final Set<String> centuryWords;
  private final Set<String> definite;
  private final Set<String> monthAloneAfter;
  /** The pack's full month names (months.tsv's first list), lower case. */
  private final Set<String> fullNames;
  /** Days written in letters ("ה'", "י\"ב") where the pack says {@code letter-days hebrew}. */
  private final org.factdrill.lang.HebrewNumerals letterDays;

  PrefixLetterDates(Lexicon lex) {
    super(lex);
    yearWords = lex.words(WordList.YEAR_WORDS);
    decadeWords = lex.words(WordList.DECADE_WORDS);
    centuryWords = lex.words(WordList.CENTURY_WORDS);
    definite = lex.words(WordList.DEFINITE_PREFIXES);
    monthAloneAfter = lex.words(WordList.MONTH_ALONE_AFTER);
    List<String> full = lex.pack().monthNames().isEmpty() ? List.of()
        : lex.pack().monthNames().get(0);
    letterDays = lex.pack().setting("letter-days", "").equals("hebrew")
        ? new org.factdrill.lang.HebrewNumerals() : null;
    fullNames = full.stream().map(n -> n.toLowerCase(lex.pack().locale())).collect(
        java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** True when {@code form} is the start of a longer full month name, written with no mark. */
  private boolean truncated(String form) {
    for (String full : fullNames) {
      if (full.length() > form.length() && full.startsWith(form)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code w} is one of the pack's definite-article prefixes standing alone ("ה"). */
  private boolean definiteArticle(String w) {
    return definite.contains(w);
  }

  /** Index of the digits after a prefix-only word ("ב-1948", "ה־14", "ל1994"), else -1. */
  private int core(Toks t, int i) {
    if (t.isDigits(i)) { // read off the arrays: a word's token is made only for a short one
      return i;
    }
    if (!t.isWordTok(i) || t.normIsRaw(i) && t.endOf(i) - t.startOf(i) > 3
        || !lex.isPrefixOnly(t.norm(i))) {
      return -1; // prefix letters alone are one to three: a longer word as written is none
    }
    int j = i + 1;
    if (t.isDash(j) && t.attached(j)) {
      j++;
    }
    return t.isDigits(j) && t.attached(j) ? j : -1;
  }

  @Override
  Hit single(Toks t, int i) {
    if (i < 0 || i >= t.size()) {
      return null;
    }
    int c = core(t, i);
    if (c >= 0) {
      Hit h = dayMonth(t, c, i);
      if (h != null) {
        return h;
      }
      Hit n = common(t, c, false);
      if (n == null) {
        return null;
      }
      // "ה-20" after a noun is an ordinal ("הכנסת ה-20"), not a year or day.
      if (c != i && definiteArticle(t.norm(i)) && n.lo().year() < 1000) {
        return null;
      }
      return new Hit(i, n.to(), n.lo(), n.hi(), n.firstTo(), n.secondFrom(), n.swapped());
    }
    if (!t.isWordTok(i)) {
      return null;
    }
    String w = t.norm(i);
    Hit lettered = letterDays == null ? null : letterDay(t, i, w);
    if (lettered != null) {
      return lettered;
    }
    // Each list is filtered off the arrays first: most words are in none (no substring cut).
    String mp = lists.mayBeMonth(t, i) ? lex.monthPrefix(w) : null;
    if (mp != null) {
      return monthFirst(t, i, mp);
    }
    int yw = lists.mayBePrefixed(WordList.YEAR_WORDS, t, i)
        ? lex.prefixLength(w, yearWords::contains) : -1;
    if (yw >= 0) {
      int k = i + 1;
      int y = DateTokens.plainInt(t, k, 4);
      if (y > 0 && y <= 2100) {
        int e = era(t, k + 1);
        return new Hit(i, k + 1 + Math.abs(e), DateParts.year(e < 0 ? -y : y));
      }
      return null;
    }
    int dw = lists.mayBePrefixed(WordList.DECADE_WORDS, t, i)
        ? lex.prefixLength(w, decadeWords::contains) : -1;
    if (dw >= 0) {
      return decade(t, i + 1, i);
    }
    int cw = lists.mayBePrefixed(WordList.CENTURY_WORDS, t, i)
        ? lex.prefixLength(w, centuryWords::contains) : -1;
    if (cw > 0 && definiteArticle(t.norm(i + 1)) && t.isDash(i + 2) && t.isDigits(i + 3)) {
      int n = DateTokens.plainInt(t, i + 3, 2);
      return Eras.centuryOrLate(this, t, i, i + 4, n); // "המאה ה-5 לפנה\"ס"
    }
    return null;
  }

  /**
   * "ה' ביוני 1967", "י\"ב במרץ 1948": a day written in the pack's letter numerals, marked by
   * a geresh or gershayim (so that no word is read as one), before a month and a year: one date,
   * never a month with a stray word before it. Not after the pack's {@code letter-day-not-after}
   * words ("יום ה'" is a weekday).
   */
  private Hit letterDay(Toks t, int i, String w) {
    if (w.length() > 4 || w.indexOf('\'') < 0 && w.indexOf('"') < 0
        || lists.month(t, i + 1) == 0
        || t.isWordTok(i - 1) && lex.prefixLength(t.norm(i - 1),
            lex.words(WordList.LETTER_DAY_NOT_AFTER)::contains) >= 0) {
      return null;
    }
    int d = letterDays.read(w);
    String prefix = lex.monthPrefix(t.norm(i + 1));
    Hit rest = d >= 1 && d <= 31 && prefix != null ? monthFirst(t, i + 1, prefix) : null;
    if (rest == null || rest.to() == i + 2 || !DateParts.valid(rest.lo().month(), d)) {
      return null; // a year must follow the month
    }
    DateParts m = rest.lo();
    return new Hit(i, rest.to(), DateParts.of(m.year(), m.month(), d));
  }

  /** "ה-90", "ה-1990", or a definite tens numeral ("התשעים") after a decade word. */
  private Hit decade(Toks t, int k, int from) {
    int c = core(t, k);
    if (c >= 0) {
      int v = DateTokens.plainInt(t, c, 4);
      int len = DateTokens.digitCount(t, c);
      if (v >= 0 && v % 10 == 0 && len == 2) {
        return new Hit(from, c + 1, DateParts.decade(1900 + v));
      }
      if (v >= 1000 && v % 10 == 0 && len == 4) {
        return new Hit(from, c + 1, DateParts.decade(v));
      }
      return null;
    }
    Token tok = t.get(k);
    String article = tok != null && tok.isWord() ? definiteOn(tok.norm()) : null;
    if (article != null) {
      Lexicon.Hit h = lex.number(tok.norm().substring(article.length()));
      if (h != null && h.prefix().isEmpty() && h.word().role() == NumberWord.Role.ADD
          && h.word().value() >= 20 && h.word().value() <= 90 && h.word().value() % 10 == 0) {
        return new Hit(from, k + 1, DateParts.decade(1900 + (int) h.word().value()));
      }
    }
    return null;
  }

  /** The definite-article prefix {@code w} starts with, or null. */
  private String definiteOn(String w) {
    for (String d : definite) {
      if (w.length() > d.length() && w.startsWith(d)) {
        return d;
      }
    }
    return null;
  }

  /** Day (and optionally a second day) at c, then a month word, then an optional year. */
  private Hit dayMonth(Toks t, int c, int from) {
    int d = DateTokens.day(t, c);
    if (d < 0) {
      return null;
    }
    int j = c + 1;
    int d2 = -1;
    if (t.isDash(j) && DateTokens.day(t, j + 1) > 0) {
      d2 = DateTokens.day(t, j + 1);
      j += 2;
    }
    int m = lists.month(t, j);
    if (m == 0) {
      return null;
    }
    int end = j + 1;
    int y = Match.NO_YEAR;
    int yk = t.isPunct(end, ',') ? end + 1 : end;
    int[] era = eraYear(t, yk); // "4 במרץ 210 לפנה\"ס"
    if (era != null) {
      y = era[0];
      end = era[1];
    } else if (DateTokens.year4(t, yk) > 0) {
      y = DateTokens.year4(t, yk);
      end = yk + 1;
    }
    if (!DateParts.valid(m, d) || d2 > 0 && !DateParts.valid(m, d2)) {
      return null;
    }
    DateParts a = DateParts.of(y, m, d);
    if (d2 > 0 && d2 != d) {
      DateParts b = DateParts.of(y, m, d2);
      return d < d2 ? new Hit(from, end, a, b) : new Hit(from, end, b, a);
    }
    return new Hit(from, end, a);
  }

  /** "אפריל 14, 2015", "בספטמבר 1939", "בנובמבר". */
  private Hit monthFirst(Toks t, int i, String prefix) {
    int m = lex.month(t.norm(i));
    int k = i + 1;
    int d = DateTokens.day(t, k);
    if (d > 0 && t.isPunct(k + 1, ',') && DateTokens.year4(t, k + 2) > 0 && DateParts.valid(m, d)) {
      return new Hit(i, k + 3, DateParts.of(DateTokens.year4(t, k + 2), m, d));
    }
    int yk = t.isPunct(k, ',') ? k + 1 : k;
    int[] era = eraYear(t, yk); // "במרץ 210 לפנה\"ס"
    if (era != null) {
      return new Hit(i, era[1], DateParts.of(era[0], m, 0));
    }
    int y = DateTokens.year4(t, yk);
    if (y > 0) {
      return new Hit(i, yk + 1, DateParts.of(y, m, 0));
    }
    // A month alone needs a prefix ("בנובמבר") or a word before it that takes a time: the
    // month word ("חודש", also in construct with a prefix), "until", "since" (the pack's list).
    String before = t.norm(i - 1);
    boolean monthWordBefore = lex.prefixLength(before,
        lex.words(WordList.MONTH_WORDS)::contains) >= 0;
    if (prefix.isEmpty() && !(monthWordBefore || monthAloneAfter.contains(before))) {
      return null;
    }
    // A month name cut short without its abbreviation mark ("ינו" for "ינו׳") is also the end
    // of many common words once prefix letters are taken off: alone, it is no month.
    if (truncated(t.norm(i).substring(prefix.length()))) {
      return null;
    }
    // A month's form that is also a common word ("במרץ", energetically) needs a day, a year, a
    // relative year after it or the month word before it.
    if (lex.words(WordList.MONTH_FORMS_ALSO_WORDS).contains(t.norm(i))
        && !(t.isWordTok(i + 1) && lex.words(WordList.RELATIVE_YEAR_WORDS).contains(t.norm(i + 1)))
        && !monthWordBefore) {
      return null;
    }
    return new Hit(i, k, DateParts.of(Match.NO_YEAR, m, 0));
  }

  @Override
  int connector(Toks t, int k, Hit first) {
    int c = packConnector(t, k, first);
    if (c > 0) {
      return c;
    }
    // A connector after an "and" prefix ("ועד").
    String w = t.norm(k);
    if (t.isWordTok(k) && w.length() > 1
        && lex.words(WordList.AND_PREFIXES).contains(w.substring(0, 1))
        && lex.words(WordList.RANGE_CONNECTORS).contains(w.substring(1))) {
      return 1;
    }
    // "בין 1992 ל-1994", "מ-1994 ל-2009": a prefix-only word that is a range-connector prefix
    // is the connector and part of the second date, after "between" or a first end with the
    // range-from prefix.
    if (t.isWordTok(k) && lex.isPrefixOnly(w) && core(t, k) > 0
        && endsWithAny(w, lex.words(WordList.RANGE_CONNECTOR_PREFIXES))) {
      boolean between = t.isWordTok(first.from() - 1)
          && lex.words(WordList.RANGE_BETWEEN).contains(t.norm(first.from() - 1))
          || startsWithAny(t.norm(first.from()), lex.words(WordList.RANGE_FROM_PREFIXES));
      return between ? 0 : -1;
    }
    return -1;
  }

  private static boolean endsWithAny(String w, Set<String> ends) {
    for (String e : ends) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String w, Set<String> starts) {
    for (String e : starts) {
      if (w.startsWith(e)) {
        return true;
      }
    }
    return false;
  }

  @Override
  int era(Toks t, int k) {
    return packEra(t, k);
  }
}
