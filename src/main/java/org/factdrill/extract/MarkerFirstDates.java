package org.factdrill.extract;

import java.util.Set;

/**
 * Dates of a language that writes a marker word before each part, each word from the pack:
 * day-word D month-word M year-word Y ("ngày 26 tháng 12 năm 1991"), a particle between the
 * day word and the day ("ngày mồng 3"), month-word M with a year after a dash or slash
 * ("tháng 7-1974"), a named or spelled month ("tháng Giêng", "tháng Mười hai"), year-word Y
 * with an era, season-word + season + year, decade words + a decade ("thập niên 90"), century
 * words + an optional ordinal marker + a number or Roman numeral; numeric day-first dates
 * (30/4/1975, 1-7-1973) and ranges with the pack's connectors. The grammar knows no words:
 * Vietnamese is the pack that declares it (`dates marker-first`).
 */
final class MarkerFirstDates extends DateRecognizer {
  private final Set<String> dayWords;
  private final Set<String> dayParticles;
  private final Set<String> yearWords;
  private final Set<String> seasonWords;
  private final Set<String> seasons;
  private final Set<String> ageWords;
  private final Set<String> decadeWords;
  private final Set<String> centuryWords;
  private final Set<String> centuryOrdinals;
  /** First words of the pack's multi-word decade and century phrases: a cheap gate per token. */
  private final Set<String> phraseStarts;

  MarkerFirstDates(Lexicon lex) {
    super(lex);
    dayWords = lex.words(WordList.DAY_WORDS);
    dayParticles = lex.words(WordList.DAY_PARTICLES);
    yearWords = lex.words(WordList.YEAR_WORDS);
    seasonWords = lex.words(WordList.SEASON_WORDS);
    seasons = lex.words(WordList.SEASONS);
    ageWords = lex.words(WordList.AGE_WORDS);
    decadeWords = lex.words(WordList.DECADE_WORDS);
    centuryWords = lex.words(WordList.CENTURY_WORDS);
    centuryOrdinals = lex.words(WordList.CENTURY_ORDINALS);
    Set<String> starts = new java.util.HashSet<>();
    for (Set<String> phrases : java.util.List.of(decadeWords, centuryWords)) {
      for (String p : phrases) {
        starts.add(p.split(" ", 2)[0]);
      }
    }
    phraseStarts = Set.copyOf(starts);
  }

  @Override
  Hit single(Toks t, int i) {
    if (t.isDigits(i)) { // read off the arrays: no token made for a run that starts no date
      Hit h = dayMonth(t, i, i);
      if (h != null) {
        return h;
      }
      h = common(t, i, false);
      return h != null ? h : slashDayBeforeDate(t, i);
    }
    if (!t.isWordTok(i)) {
      return null;
    }
    String w = t.norm(i);
    if (dayWords.contains(w)) {
      int k = i + 1;
      boolean particle = t.isWordTok(k) && dayParticles.contains(t.norm(k));
      if (particle) {
        k++;
      }
      // After the particle the day may be a numeral word ("ngày mồng một tháng Giêng"): the
      // particle marks the first ten days, each one word.
      int spelled = particle && t.isWordTok(k) ? spelledDay(t.norm(k)) : -1;
      Hit h = spelled > 0 ? dayMonth(t, k, i, spelled) : dayMonth(t, k, i);
      if (h == null && t.isDigits(k)) {
        Hit n = numeric(t, k, false);
        if (n != null) {
          return new Hit(i, n.to(), n.lo(), n.hi(), n.firstTo(), n.secondFrom(), n.swapped());
        }
        // "ngày 30-4", "ngày 19/8": day and month, no year.
        Hit dm = dayMonthDigits(t, k);
        if (dm != null) { // "ngày 12/4, 1865": the year after a comma is its own
          return YearlessNumericDates.yearAfterComma(t, new Hit(i, dm.to(), dm.lo()));
        }
      }
      return h;
    }
    if (dayParticles.contains(w) && t.isWordTok(i + 1)) { // "mồng Năm tháng Chạp": no "ngày"
      int spelled = spelledDay(t.norm(i + 1));
      return spelled > 0 ? dayMonth(t, i + 1, i, spelled) : null;
    }
    if (monthWord(t, i)) {
      return monthYear(t, i, i);
    }
    if (yearWords.contains(w)) {
      return yearAfterWord(t, i, i);
    }
    if (seasonWords.contains(w)) {
      if (!t.isWordTok(i + 1) || !seasons.contains(t.norm(i + 1))) {
        return null;
      }
      int k = i + 2;
      if (t.isWordTok(k) && yearWords.contains(t.norm(k))) {
        return yearAfterWord(t, k, i);
      }
      int y = DateTokens.year4(t, k);
      return y > 0 ? new Hit(i, k + 1, DateParts.year(y)) : null;
    }
    if (!phraseStarts.contains(w)) {
      return null;
    }
    int n = lists.phrase(WordList.DECADE_WORDS, t, i);
    if (n > 0) {
      return decade(t, i + n, i);
    }
    n = lists.phrase(WordList.CENTURY_WORDS, t, i);
    if (n > 0) {
      int k = i + n;
      if (t.isWordTok(k) && centuryOrdinals.contains(t.norm(k))) {
        k++;
      }
      int c = t.isDigits(k) ? DateTokens.plainInt(t, k, 2) : Roman.value(t.get(k));
      return Eras.centuryOrLate(this, t, i, k + 1, c); // "thế kỷ 5 TCN", "Thế kỷ 30 - …"
    }
    return null;
  }

  /** "30-4", "19/8", "1.5" at k: a day and month in digits, no year; or null. */
  private static Hit dayMonthDigits(Toks t, int k) {
    int d = DateTokens.day(t, k);
    if (d > 0 && (t.isDash(k + 1) || t.isPunct(k + 1, '/') || t.isPunct(k + 1, '.'))
        && t.attached(k + 1) && t.attached(k + 2) && t.isDigits(k + 2)) {
      int m = DateTokens.plainInt(t, k + 2, 2);
      if (m >= 1 && m <= 12 && DateParts.valid(m, d)) {
        return new Hit(k, k + 3, DateParts.of(Match.NO_YEAR, m, d));
      }
    }
    return null;
  }

  /**
   * "từ 2/9 đến 5/9/1945": a day and month in digits without "ngày" is a date only as the
   * first end of a period whose second end is a whole date with its year (alone, "2/9" may be
   * a fraction or a score).
   */
  private Hit slashDayBeforeDate(Toks t, int i) {
    int b = i - 1;
    if (b >= 0 && t.attached(i) && (t.isWordTok(b) || t.isDigits(b)
        || t.isPunct(b, ',') || t.isPunct(b, '.'))) {
      return null;
    }
    Hit dm = dayMonthDigits(t, i);
    if (dm == null || t.isDigits(dm.to() + 1) && t.attached(dm.to() + 1)) {
      return null;
    }
    int c = connector(t, dm.to(), dm);
    if (c < 0) {
      return null;
    }
    Hit second = single(t, dm.to() + c);
    return second != null && second.hi() == null && second.lo().day() > 0
        && second.lo().hasYear() ? dm : null;
  }

  @Override
  int dayAfterWord(Toks t, int i) {
    if (!lists.has(WordList.DAY_WORDS, t, i)) {
      return i;
    }
    return lists.has(WordList.DAY_PARTICLES, t, i + 1) ? i + 2 : i + 1;
  }

  /** "90", "1990" after a decade phrase ("thập niên"): a decade of the 1900s when two digits. */
  private Hit decade(Toks t, int k, int from) {
    int v = DateTokens.plainInt(t, k, 4);
    if (v < 0) {
      return null;
    }
    int len = DateTokens.digitCount(t, k);
    if (len == 2 && v % 10 == 0) {
      return new Hit(from, k + 1, DateParts.decade(1900 + v));
    }
    if (len == 4 && v % 10 == 0 && v >= 1000) {
      int to = DateTokens.decadeEnding(t, k + 1) && t.attached(k + 1) ? k + 2 : k + 1;
      return new Hit(from, to, DateParts.decade(v));
    }
    return null;
  }

  /** A numeral word of one to ten, the days a day particle takes; else -1. */
  private int spelledDay(String w) {
    Lexicon.Hit n = lex.number(w);
    return n != null && n.prefix().isEmpty() && n.word().value() >= 1 && n.word().value() <= 10
        ? (int) n.word().value() : -1;
  }

  /** Day at k, then "tháng" M or "/M" or "-M", then an optional year. */
  private Hit dayMonth(Toks t, int k, int from) {
    return dayMonth(t, k, from, DateTokens.day(t, k));
  }

  /** Day {@code d} written at k, then the month and an optional year. */
  private Hit dayMonth(Toks t, int k, int from, int d) {
    if (d < 0) {
      return null;
    }
    int j = k + 1;
    int d2 = -1;
    if (t.isDash(j) && DateTokens.day(t, j + 1) > 0 && monthWord(t, j + 2)) {
      d2 = DateTokens.day(t, j + 1);
      j += 2;
    }
    if (!monthWord(t, j)) {
      return null;
    }
    int[] mEnd = month(t, j + 1);
    if (mEnd == null) {
      return null;
    }
    int m = mEnd[0];
    int end = mEnd[1];
    int y = Match.NO_YEAR;
    int[] yEnd = yearTail(t, end);
    if (yEnd != null) {
      y = yEnd[0];
      end = yEnd[1];
    } else if (from == k && !dateAfterDayMonth(t, k, j + 1, end)) {
      return null;
    }
    if (!DateParts.valid(m, d)) {
      return null;
    }
    DateParts lo = DateParts.of(y, m, d);
    if (d2 > 0 && d2 != d && DateParts.valid(m, d2)) {
      DateParts hi = DateParts.of(y, m, d2);
      return d < d2 ? new Hit(from, end, lo, hi, k + 1, k + 2, false)
          : new Hit(from, end, hi, lo, k + 1, k + 2, true);
    }
    return new Hit(from, end, lo);
  }

  /**
   * "12 tháng 5", "3 tháng Tư" without "ngày" and without a year: a date, unless it reads as a
   * duration and a count ("3 tháng 2 ngày", "3 tháng 2 sư đoàn", "3 tháng 2%"). The day stands
   * alone (not the end of a decimal or of a longer number), the month is in digits or a month
   * word that is capitalized or only a month's name (lower-case "tư", "ba" are also other
   * words), and what follows the month on its line neither counts nor measures: no digits, count
   * noun, duration unit, numeral, percent or currency (a day article's title line is a date
   * whatever its next line opens with: "12 tháng 4" above a row "1805 – …").
   */
  private boolean dateAfterDayMonth(Toks t, int k, int m, int end) {
    int b = k - 1;
    if (b >= 0 && t.attached(k) && (t.isDigits(b) || t.isPunct(b, ',')
        || t.isPunct(b, '.') || t.isWordTok(b))) {
      return false;
    }
    Token month = t.get(m);
    if (month.isWord() && !month.isCapitalized() && lex.month(month.norm()) <= 0) {
      return false;
    }
    Token next = t.get(end);
    if (next == null || t.lineBreakBefore(end) && (!next.isWord() || next.isCapitalized())) {
      // A title line "8 tháng 3": a next line's figure or capital counts nothing of it (a small
      // word may go on a hard-wrapped sentence: "3 tháng 2 / ngày" is a duration still).
      return true;
    }
    if (next.isDigits() || next.isPunct('%') || lex.currencyAfter(t, end) != null) {
      return false;
    }
    if (!next.isWord()) {
      return true;
    }
    String w = next.norm();
    return !lex.countNoun(t, end) && !lex.words(WordList.DURATION_UNITS).contains(w)
        && (lex.number(w) == null || yearWords.contains(w)) && lex.percentWord(t, end) <= 0;
  }

  /** "tháng 11 năm 1993", "tháng 7-1974", "tháng 7/1974", "tháng Giêng", "tháng 11". */
  private Hit monthYear(Toks t, int i, int from) {
    int[] mEnd = month(t, i + 1);
    if (mEnd == null) {
      return null;
    }
    int end = mEnd[1];
    int[] yEnd = yearTail(t, end);
    if (yEnd != null && from == i && isYearWord(t, end) && MonthInName.namesEvent(t, i, end, lex)) {
      return new Hit(end, yEnd[1], DateParts.of(yEnd[0], 0, 0)); // the month is the event's name
    }
    if (yEnd != null) {
      return new Hit(from, yEnd[1], DateParts.of(yEnd[0], mEnd[0], 0));
    }
    // A month alone after a number is a duration ("3 tháng"), handled as a count.
    if (t.isDigits(i - 1) || lex.number(t.norm(i - 1)) != null || MonthOrRate.rate(t, i, end, lex)) {
      return null;
    }
    return new Hit(from, end, DateParts.of(Match.NO_YEAR, mEnd[0], 0));
  }

  /** Month at k in digits or words: {month, index after}. */
  private int[] month(Toks t, int k) {
    if (t.isDigits(k)) {
      int m = DateTokens.plainInt(t, k, 2);
      if (m < 1 || m > 12) {
        return null;
      }
      return new int[] {m, k + 1};
    }
    if (!t.isWordTok(k)) {
      return null;
    }
    String w = t.norm(k);
    int named = lex.month(w);
    if (named > 0) {
      return new int[] {named, k + 1};
    }
    // A spelled month number ("tháng Mười hai"); the year word that is also a numeral ("năm")
    // is the year's marker when digits follow it.
    if (yearWords.contains(w) && t.isDigits(k + 1)) {
      return null;
    }
    int m = unitNumeral(w);
    if (m == 10) {
      int unit = t.isWordTok(k + 1) ? unitNumeral(t.norm(k + 1)) : -1;
      if (unit == 1 || unit == 2) {
        return new int[] {10 + unit, k + 2};
      }
    }
    return m >= 1 && m <= 10 ? new int[] {m, k + 1} : null;
  }

  /** The value of a numeral word that is a unit or ten on its own (một … mười), else -1. */
  private int unitNumeral(String w) {
    Lexicon.Hit h = lex.number(w);
    if (h == null || !h.prefix().isEmpty() || h.word().role() != NumberWord.Role.ADD
        || h.word().value() > 10) {
      return -1;
    }
    return (int) h.word().value();
  }

  /** "tháng" or its abbreviation "thg" (the pack's month-number-words). */
  private boolean monthWord(Toks t, int j) {
    return lists.has(WordList.MONTH_NUMBER_WORDS, t, j);
  }

  /** After a month: "năm 1993", "năm1993", ", năm 1993", "-1974", "/1974": {year, end}. */
  private int[] yearTail(Toks t, int k) {
    int j = k;
    // CLDR's "4 tháng 3, 210 TCN", "tháng 3 210 TCN": a year of any length with its era.
    int[] era = eraYear(t, t.isPunct(j, ',') ? j + 1 : j);
    if (era != null) {
      return era;
    }
    // CLDR's "13 tháng 6, 1542": a comma, then a four-digit year that is not a count.
    if (t.isPunct(j, ',') && DateTokens.year4(t, j + 1) > 0 && yearContext(t, j + 1)) {
      return new int[] {DateTokens.year4(t, j + 1), j + 2};
    }
    if (t.isPunct(j, ',') && isYearWord(t, j + 1)) {
      j++;
    }
    if (isYearWord(t, j)) {
      int linked = linkedYear(t, j + 1);
      if (linked > 0) {
        return new int[] {linked, j + 6};
      }
      int y = DateTokens.plainInt(t, j + 1, 4);
      if (y > 0 && !isAgeWord(t, j + 2)) {
        int e = era(t, j + 2);
        return new int[] {e < 0 ? -y : y, j + 2 + Math.abs(e)};
      }
      return null;
    }
    if ((t.isDash(j) || t.isPunct(j, '/') || t.isPunct(j, '.')) && t.attached(j)
        && t.attached(j + 1)) {
      int y = DateTokens.year4(t, j + 1);
      if (y > 0) {
        return new int[] {y, j + 2};
      }
    }
    return null;
  }

  /**
   * "[[1954]]" at k: a wiki link whose target is a year (1-2100), written after "năm" in
   * wikitext ("tháng 3 năm [[1954]]"); the year, or -1. The link spans tokens k to k+4.
   */
  private static int linkedYear(Toks t, int k) {
    if (!t.isPunct(k, '[') || !t.isPunct(k + 1, '[') || !t.attached(k + 1)
        || !t.attached(k + 2) || !t.isPunct(k + 3, ']') || !t.attached(k + 3)
        || !t.isPunct(k + 4, ']') || !t.attached(k + 4)) {
      return -1;
    }
    int y = DateTokens.plainInt(t, k + 2, 4);
    return y > 0 && y <= 2100 ? y : -1;
  }

  private boolean isYearWord(Toks t, int k) {
    return lists.has(WordList.YEAR_WORDS, t, k);
  }

  private boolean isAgeWord(Toks t, int k) {
    return lists.has(WordList.AGE_WORDS, t, k);
  }

  /** "năm 1991", "năm1993", "năm 40", "năm 111 TCN", "năm [[1991]]". */
  private Hit yearAfterWord(Toks t, int i, int from) {
    int k = i + 1;
    int linked = linkedYear(t, k);
    if (linked > 0) {
      return new Hit(from, k + 5, DateParts.year(linked));
    }
    if (!t.isDigits(k)) {
      return null;
    }
    int y = DateTokens.plainInt(t, k, 4);
    if (y <= 0 || y > 2100 || isAgeWord(t, k + 1) || lex.countNoun(t, k + 1)
        && !(t.isWordTok(k + 1) && lex.words(WordList.NOUNS_AFTER_YEAR).contains(t.norm(k + 1)))) {
      return null;
    }
    // "năm 1992-1994" is a range the shared code joins; "năm 30/4/1975" is not a year alone.
    if (t.isPunct(k + 1, '/') && t.attached(k + 1)) {
      return null;
    }
    int e = era(t, k + 1);
    return new Hit(from, k + 1 + Math.abs(e), DateParts.year(e < 0 ? -y : y));
  }

  @Override
  int connector(Toks t, int k, Hit first) {
    return packConnector(t, k, first);
  }

  @Override
  int era(Toks t, int k) {
    return packEra(t, k);
  }
}
