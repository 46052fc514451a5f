package org.factdrill.extract;

import java.util.Set;
import org.factdrill.text.Language;

/**
 * Dates in one language. Subclasses read the language's own forms (day-month-year orders, month
 * names, "năm 1991", "בשנת 1948"); this class holds what the three share: years with eras,
 * decades, numeric dates (30/4/1975, 14.5.1948, 2015-03-03), and ranges of any two dates
 * ("1992-1994", "from 1994 to 2009", "25–24 במאי 1991"), always written earliest first.
 */
abstract class DateRecognizer {
  /**
   * Dates found over tokens [from, to): one date, or a range lo/hi.
   *
   * @param firstTo where a range's first written end stops (tokens), or -1 when the text does not
   *     write its two ends apart (a holiday of several days, "1916/17")
   * @param secondFrom where its second written end starts, or -1
   * @param swapped true when the text writes the later end first
   */
  record Hit(int from, int to, DateParts lo, DateParts hi, int firstTo, int secondFrom,
      boolean swapped) {
    Hit(int from, int to, DateParts d) {
      this(from, to, d, null);
    }

    Hit(int from, int to, DateParts lo, DateParts hi) {
      this(from, to, lo, hi, -1, -1, false);
    }
  }

  protected final Lexicon lex;
  /** The pack's lists as read off the token arrays (no token made for a word in none). */
  protected final DateLists lists;
  /** Day and month written as "3/15" with no year, where the text uses them as a date. */
  private final YearlessNumericDates yearless;
  /** True when a holiday name starts with digits or a mark: else only a word can start one. */
  private final boolean holidayAtNonWord;

  DateRecognizer(Lexicon lex) {
    this.lex = lex;
    this.lists = new DateLists(lex);
    boolean nonWord = false;
    for (String name : lex.pack().holidays().keySet()) {
      java.util.List<Token> toks = Tokenizer.tokenize(name);
      nonWord |= !toks.isEmpty() && !toks.get(0).isWord();
    }
    this.holidayAtNonWord = nonWord;
    this.yearless = new YearlessNumericDates(lex);
  }

  static DateRecognizer of(Lexicon lex) {
    // The pack names the grammar of its own date forms; "generic" needs no code of its own.
    switch (lex.pack().setting("dates", "generic")) {
      case "marker-first":
        return new MarkerFirstDates(lex);
      case "prefix-letter":
        return new PrefixLetterDates(lex);
      case "named-month":
        return new NamedMonthDates(lex);
      default:
        return new GenericDates(lex);
    }
  }

  /** True when a date may start at a punctuation mark (a holiday name starting with one). */
  final boolean mayStartAtMark() {
    return holidayAtNonWord;
  }

  /** One date (or a range the language writes as one phrase) starting at token i. */
  abstract Hit single(Toks t, int i);

  /** Tokens at k that join two dates into a range ("-", "to", "đến", "עד"), or -1 for none. */
  abstract int connector(Toks t, int k, Hit first);

  /** Era after a year at k: +n tokens for AD, -n for BC, 0 for none. */
  abstract int era(Toks t, int k);

  /**
   * The pack's range connectors at k: a dash, a connector phrase ("to", "cho đến"), or the
   * joining word of "between X and Y" when the word before the first date is the pack's
   * "between"; the number of tokens, or -1. A dash opening a line before a space is that line's
   * list marker ("12 tháng 4" / "- 1805 – …"): it joins nothing to the line above.
   */
  final int packConnector(Toks t, int k, Hit first) {
    if (t.isDash(k)) {
      return t.lineBreakBefore(k) && !t.attached(k + 1) ? -1 : 1;
    }
    if (!t.isWordTok(k)) {
      return -1;
    }
    int n = Math.max(lists.phrase(WordList.RANGE_CONNECTORS, t, k),
        lists.phrase(WordList.DATE_RANGE_CONNECTORS, t, k));
    if (n > 0) {
      return n;
    }
    return lists.has(WordList.RANGE_BETWEEN_JOIN, t, k)
        && lists.has(WordList.RANGE_BETWEEN, t, first.from() - 1) ? 1 : -1;
  }

  /** The pack's era phrases after a year at k: +n tokens for AD, -n for BC, 0 for none. */
  final int packEra(Toks t, int k) {
    int bc = lists.phrase(WordList.ERA_BC, t, k);
    if (bc > 0) {
      return -bc;
    }
    return lists.phrase(WordList.ERA_AD, t, k);
  }

  /** See {@link Eras#year}. */
  final int[] eraYear(Toks t, int k) {
    return Eras.year(this, t, k);
  }

  Match at(Toks t, int i) {
    if (t.isBlocked(i)) {
      return null;
    }
    Hit h = holiday(t, i);
    if (h == null && (h = SharedEraRanges.orBracketed(this, t, i)) == null) {
      h = single(t, i);
      if (h == null) {
        h = sharedMonth(t, i);
        if (h == null) {
          return null;
        }
      } else {
        h = SharedYears.of(this, lex, t, extendRange(t, h));
      }
    }
    DateParts lo = h.lo();
    DateParts hi = h.hi();
    String iso = hi == null ? lo.iso() : lo.iso() + "/" + hi.iso();
    boolean yearless = !lo.hasYear() && lo.day() > 0 && lo.prefixDigits() == null;
    int year = Match.NO_YEAR;
    DateParts last = hi == null ? lo : hi;
    if (last.hasYear() && last.prefixDigits() == null) {
      year = last.year();
    }
    return new Match(h.from(), h.to(), FactKind.DATE, new Value.Date(iso), null, false, yearless,
        year, h.firstTo(), h.secondFrom(), h.swapped());
  }

  private Hit extendRange(Toks t, Hit h) {
    if (h.hi() != null) {
      return h;
    }
    int k = h.to();
    Hit slash = slashYears(t, h);
    if (slash != null) {
      return slash;
    }
    int c = connector(t, k, h);
    // (a period is written within one paragraph: no end across a blank line)
    if (c < 0 || t.isBlocked(k + c) || t.breakBefore(k) || t.breakBefore(k + c)) {
      return h;
    }
    DateParts a = h.lo();
    DateParts b = null;
    int to = -1;
    // "1992–94": the second year abbreviated to its last two digits.
    if (a.prefixDigits() == null && a.month() == 0 && a.hasYear() && t.isDash(k) && c == 1
        && DateTokens.digitCount(t, k + 1) == 2 && t.attached(k + 1)
        && !(t.isPunct(k + 2, '.') || t.isPunct(k + 2, ',')) && a.year() >= 1000) {
      int y2 = a.year() / 100 * 100 + DateTokens.value(t, k + 1);
      if (y2 > a.year()) {
        b = DateParts.year(y2);
        to = k + 2;
      }
    }
    if (b == null) {
      Hit h2 = single(t, k + c);
      if (h2 == null) {
        int y2 = shortYearEnd(t, h, k + c);
        if (y2 < 0) {
          return h;
        }
        b = DateParts.year(y2);
        to = k + c + 1;
      } else if (h2.hi() != null) {
        return h;
      } else {
        b = h2.lo();
        to = h2.to();
      }
    }
    if ((a.prefixDigits() == null) != (b.prefixDigits() == null)) {
      return h;
    }
    if (!a.hasYear() && b.hasYear()) {
      if (a.month() == 0 && a.prefixDigits() == null) {
        return h;
      }
      a = a.withYear(b.year());
    }
    if (a.hasYear() != b.hasYear()) {
      return h;
    }
    a = Eras.shared(this, t, h, a, b);
    // Bare years joined by a dash must rise ("1992-1994"); Hebrew also writes them high-to-low.
    int cmp = a.compareTo(b);
    if (cmp == 0) {
      return h;
    }
    if (cmp > 0 && t.isDash(k) && !lex.has(PackFeature.RANGES_EITHER_ORDER) && a.month() == 0) {
      return h;
    }
    return cmp < 0 ? new Hit(h.from(), to, a, b, k, k + c, false)
        : new Hit(h.from(), to, b, a, k, k + c, true);
  }

  /**
   * The second end of a period of years written short after a year word ("năm 312 đến 318",
   * "năm 60 - 65", "năm 1954 đến 58"): a bare number at k, with as many digits as the first
   * year, or two digits standing for the same century's year; later than the first year and less
   * than a century after it, and not itself counting something. Only after a year word: a bare
   * "1990 to 95" may be a quantity rising to 95. Returns the year, or -1.
   */
  private int shortYearEnd(Toks t, Hit h, int k) {
    DateParts a = h.lo();
    if (a.prefixDigits() != null || a.month() != 0 || !a.hasYear() || a.year() <= 0
        || t.isDigits(h.from()) || !t.isDigits(h.to() - 1)) {
      return -1;
    }
    int v = DateTokens.plainInt(t, k, 4);
    // Not one link of a chain of numbers ("2018– 23–51", a document number).
    if (v < 0 || t.isBlocked(k) || (t.isPunct(k + 1, '/') || t.isPunct(k + 1, '.')
        || t.isDash(k + 1)) && t.attached(k + 1) && t.isDigits(k + 2) || !yearContext(t, k)) {
      return -1;
    }
    int len = DateTokens.digitCount(t, k);
    int y2 = len == DateTokens.digitCount(t, h.to() - 1) ? v
        : len == 2 && a.year() >= 1000 ? a.year() / 100 * 100 + v : -1;
    return y2 > a.year() && y2 - a.year() < 100 ? y2 : -1;
  }

  /**
   * "5 and 7 June 1945": a day joined (pack's date-list-joins) to a later day written with its
   * month shares that month and year; the later date is read on its own from its own token.
   * Joined by a range connector instead ("from 7 to 21 July 1954"), the two days are a period
   * whose first end shares the second's month and year.
   */
  private Hit sharedMonth(Toks t, int i) {
    int at = dayAfterWord(t, i);
    int d = DateTokens.day(t, at);
    int k = at + 1;
    int p = at - 1; // read off the arrays: most candidates are no day
    // Not the end of another number: "7/5", "3.5", "1,5".
    if (d < 0 || t.attached(at) && p >= 0 && (t.isWordTok(p) && at == i || t.isDigits(p)
        || (t.isPunct(p, '/') || t.isPunct(p, '.') || t.isPunct(p, ',') || t.isDash(p)
        || t.isPunct(p, ':')) && t.isDigits(at - 2) && t.attached(at - 1))) {
      return null;
    }
    int c = connector(t, k, new Hit(i, k, null));
    boolean list = c < 0 && lists.holds(WordList.DATE_LIST_JOINS, t, k);
    c = list ? 1 : c;
    if (c < 0 || t.isBlocked(k + c) || list && (DateTokens.day(t, k + 1) <= d || at != i)) {
      return null;
    }
    Hit second = single(t, k + c);
    if (second == null || second.hi() != null || second.from() != k + c) {
      return null;
    }
    DateParts b = second.lo();
    if (b.day() <= d || b.month() == 0 || b.prefixDigits() != null
        || !DateParts.valid(b.month(), d)) {
      return null;
    }
    DateParts a = new DateParts(b.year(), b.month(), d, null);
    // "from 7 to 21 July 1954", "ngày 7 đến ngày 21 tháng 7": a period; a list day stands alone.
    return list ? new Hit(i, i + 1, a) : new Hit(i, second.to(), a, b, k, k + c, false);
  }

  /**
   * Where the day's digits are when a date starts at i: after the language's word for "day"
   * ("ngày 7"), or i itself.
   */
  int dayAfterWord(Toks t, int i) {
    return i;
  }

  /**
   * A holiday of the pack's names with a year after it ("Passover 1948", "Tết năm 1968", "Пасха
   * 2020 года"): the day, or the period of a holiday of several days, that its calendar rule
   * gives for that year. Words the pack lists as holiday-year-links may stand between.
   */
  private Hit holiday(Toks t, int i) {
    if (!holidayAtNonWord && !t.isWordTok(i) || t.isWordTok(i) && !lists.mayStartHoliday(t, i)) {
      return null; // most candidates are digits or start no name: no name look-up for them
    }
    for (Lexicon.Holiday h : lex.holidaysStartingWith(t.norm(i))) {
      int n = h.norms().size();
      boolean same = true;
      for (int j = 1; j < n && same; j++) {
        String w = h.norms().get(j); // a word compared as written makes no token
        same = t.isWordTok(i + j) ? t.isWord(i + j, w) : t.norm(i + j).equals(w);
      }
      if (!same) {
        continue;
      }
      int k = i + n;
      for (int links = 0; links < 2 && lists.holds(WordList.HOLIDAY_YEAR_LINKS, t, k);
          links++) {
        k++;
      }
      int y = DateTokens.plainInt(t, k, 4) == DateTokens.year4(t, k) ? DateTokens.year4(t, k) : -1;
      if (y < 0 || t.isBlocked(k) || t.isPunct(k + 1, '/') && t.attached(k + 1)) {
        return null;
      }
      java.util.Optional<org.factdrill.lang.Holidays.Days> days =
          org.factdrill.lang.Holidays.of(h.rule(), y);
      if (days.isEmpty()) {
        return null;
      }
      java.time.LocalDate a = days.get().first();
      java.time.LocalDate b = days.get().last();
      DateParts lo = DateParts.of(a.getYear(), a.getMonthValue(), a.getDayOfMonth());
      return days.get().oneDay() ? new Hit(i, k + 1, lo)
          : new Hit(i, k + 1, lo, DateParts.of(b.getYear(), b.getMonthValue(), b.getDayOfMonth()));
    }
    return null;
  }

  /**
   * "the winter of 1916/17", "1941/1942": a season or fiscal year across two years, written with
   * a slash and the second year whole or as its last two digits; later than the first.
   */
  private static Hit slashYears(Toks t, Hit h) {
    DateParts a = h.lo();
    int k = h.to();
    // The slash first: it is rare, and the tests after it parse digits.
    if (!t.isPunct(k, '/') || DateTokens.digitCount(t, k - 1) != 4
        || DateTokens.value(t, k - 1) != a.year() || a.prefixDigits() != null
        || a.month() != 0 || a.year() < 1000
        || !t.isPunct(k, '/') || !t.attached(k) || !t.isDigits(k + 1) || !t.attached(k + 1)
        || t.isBlocked(k + 1) || t.isPunct(k + 2, '/') && t.attached(k + 2)
        || (t.isPunct(k + 2, '.') || t.isPunct(k + 2, ',')) && t.attached(k + 2)
        && t.isDigits(k + 3) && t.attached(k + 3)) {
      return null;
    }
    int len = DateTokens.digitCount(t, k + 1);
    int v = len <= 4 ? DateTokens.value(t, k + 1) : -1;
    int y2 = len == 2 ? a.year() / 100 * 100 + v : len == 4 ? v : -1;
    if (y2 <= a.year() || y2 - a.year() >= 100) {
      return null;
    }
    return new Hit(h.from(), k + 2, a, DateParts.year(y2));
  }

  /**
   * A bare year at i ("1988", "44 BC", "1990s"), unless what follows makes the number a count,
   * an amount or a percentage ("1500 soldiers", "2000 USD").
   */
  Hit year(Toks t, int i) {
    int v = DateTokens.plainInt(t, i, 4);
    if (v < 0) {
      return null;
    }
    int e = era(t, i + 1);
    if (e != 0 && v > 0) {
      int to = i + 1 + Math.abs(e);
      return new Hit(i, to, DateParts.year(e < 0 ? -v : v));
    }
    if (DateTokens.digitCount(t, i) != 4 || v < 1000 || v > 2100) {
      return null;
    }
    // "1990s", "1990's": a decade (or "1800s", a century).
    if (v % 10 == 0 && DateTokens.decadeEnding(t, i + 1) && t.attached(i + 1)) {
      return new Hit(i, i + 2, DateParts.decade(v));
    }
    if (v % 10 == 0 && (t.isPunct(i + 1, '\'') || t.isPunct(i + 1, '\u2019'))
        && DateTokens.decadeEnding(t, i + 2) && t.attached(i + 1) && t.attached(i + 2)) {
      return new Hit(i, i + 3, DateParts.decade(v));
    }
    if (!yearContext(t, i)) {
      return null;
    }
    return new Hit(i, i + 1, DateParts.year(v));
  }

  /**
   * "החיילים": a count noun carrying the pack's definite prefix (`definite-prefixes`) and not
   * itself a listed count noun. A counted noun is indefinite, so a year-like number before it is
   * a year ("1948 החיילים", "in 1948 the soldiers"), not 1948 soldiers.
   */
  private boolean definiteNoun(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null || !tok.isWord() || lex.words(WordList.COUNT_NOUNS).contains(tok.norm())) {
      return false;
    }
    String w = tok.norm();
    for (String p : lex.words(WordList.DEFINITE_PREFIXES)) {
      if (w.length() > p.length() + 2 && w.startsWith(p)
          && lex.countNounWord(w.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }

  /** False when the number at i reads as a quantity: followed by a count noun, %, currency. */
  boolean yearContext(Toks t, int i) {
    int k = i + 1;
    if (k < 0 || k >= t.size()) {
      return true;
    }
    if (t.isPunct(k, '%')
        || lex.percentWord(t, k) > 0 || lex.currencyAfter(t, k) != null) {
      return false;
    }
    boolean word = t.isWordTok(k); // a word's token is made only when one is next
    if (word && !t.attached(k)) {
      Lexicon.Hit h = lex.number(t.norm(k));
      if (h != null && h.prefix().isEmpty() && (h.word().role() == NumberWord.Role.SCALE
          || h.word().role() == NumberWord.Role.HUNDRED)) {
        return false;
      }
      if ((lex.countNoun(t, k) || lists.has(WordList.YEAR_COUNT_UNITS, t, k))
          && !definiteNoun(t, k) && !lex.timePrepositions().contains(t.norm(i - 1))) {
        return false;
      }
    }
    if (word && t.attached(k) && !lex.has(PackFeature.YEAR_MAY_TOUCH_WORD)) {
      return false; // "1990km", "2000AD" handled as era above
    }
    return true;
  }

  /** Numeric dates: 30/4/1975, 1-7-1973, 14.5.1948, 3/3/17, 2015-03-03, and 2/2013. */
  static Hit numeric(Toks t, int i, boolean monthFirst) {
    return NumericDates.at(t, i, monthFirst);
  }

  /** Shared fallbacks after the language's own forms: numeric dates, then bare years. */
  Hit common(Toks t, int i, boolean monthFirst) {
    Hit h = numeric(t, i, monthFirst);
    if (h == null) {
      h = yearless.at(t, i, monthFirst);
    }
    if (h == null) {
      h = YearThenDay.at(t, i, this::single); // "1942 03/15", "1942 Jan 5,": one date
    }
    return h != null ? h : year(t, i);
  }
}
