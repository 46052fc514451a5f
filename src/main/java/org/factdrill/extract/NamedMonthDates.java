package org.factdrill.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;

/**
 * Dates of a language that names its months and writes the day beside the month, every word from
 * the pack: day + month + year ("5 October 2020", "31st Oct 1974", "5–7 October 1990", "9th of
 * October"), month + day + year ("April 14, 2015", "December seventh"), month + year, a month
 * alone after one of {@code month-alone-after} ("in November", "mid-August"), dates named by an
 * ordinal and a weekday or the day word ("the third Tuesday of September 2014", "the last day of
 * October 2015"), centuries ("the 19th century"), eras and the shared years, decades, numeric
 * dates and ranges. English is the pack that declares it ({@code dates named-month}).
 */
final class NamedMonthDates extends DateRecognizer {
  private final SpokenYears spoken;
  /** The pack locale's weekday names (CLDR, lower-case) to their day. */
  private final Map<String, DayOfWeek> weekdays;
  /** The month names of months.tsv's first list (full names, not abbreviations). */
  private final Set<String> fullNames;

  NamedMonthDates(Lexicon lex) {
    super(lex);
    this.spoken = new SpokenYears(lex);
    Map<String, DayOfWeek> days = new java.util.HashMap<>();
    String[] names = com.ibm.icu.text.DateFormatSymbols.getInstance(lex.pack().locale())
        .getWeekdays(); // [1] is Sunday
    for (int d = 1; d <= 7; d++) {
      days.put(names[d].toLowerCase(lex.pack().locale()), DayOfWeek.SUNDAY.plus(d - 1));
    }
    this.weekdays = Map.copyOf(days);
    Set<String> full = new java.util.HashSet<>();
    if (!lex.pack().monthNames().isEmpty()) {
      for (String n : lex.pack().monthNames().get(0)) {
        full.add(n.toLowerCase(lex.pack().locale()));
      }
    }
    this.fullNames = Set.copyOf(full);
  }

  private boolean in(WordList list, Toks t, int k) {
    return lists.has(list, t, k);
  }

  /** Month number at i when token i is a month name usable here, else 0. */
  private int monthAt(Toks t, int i, boolean needsCapital) {
    int m = lists.month(t, i);
    if (m == 0) {
      return 0;
    }
    if (needsCapital && !t.get(i).isCapitalized()) {
      return 0;
    }
    // Abbreviations other than "May"-style full names need a following day or year.
    return m;
  }

  /** Index after an optional "." following an abbreviated month. */
  private static int afterMonth(Toks t, int i) {
    return t.isPunct(i + 1, '.') && t.attached(i + 1) && t.norm(i).length() <= 4 ? i + 2 : i + 1;
  }

  /** The index after an ordinal ending attached to the digits before k ("1st"), else k. */
  private int skipOrdinal(Toks t, int k) {
    return in(WordList.ORDINAL_ENDINGS, t, k) && t.attached(k) ? k + 1 : k;
  }

  @Override
  Hit single(Toks t, int i) {
    if (t.isDigits(i)) { // read off the arrays: no token made for a run that starts no date
      Hit c = century(t, i);
      if (c != null) {
        return c;
      }
      Hit h = dayFirst(t, i);
      if (h != null) {
        return h;
      }
      h = ordinalDate(t, i);
      if (h != null) {
        return h;
      }
      return common(t, i, true);
    }
    if (t.isWordTok(i)) {
      Hit said = lex.has(PackFeature.SPOKEN_YEARS) ? spoken.hit(t, i, this) : null;
      if (said != null) {
        return said;
      }
      int era = eraWritten(t, i, WordList.ERA_BEFORE_YEAR);
      if (era > 0 && t.isDigits(i + era) && !t.isBlocked(i + era)) {
        // "AD 70"; "AD 2018–23–51" is a directive's number (blocked)
        int v = DateTokens.plainInt(t, i + era, 4);
        if (v > 0) {
          return new Hit(i, i + era + 1, DateParts.year(v));
        }
      }
      Hit o = ordinalDate(t, i);
      return o != null ? o : monthFirst(t, i);
    }
    return null;
  }

  /**
   * An ordinal written in words at i ("fourth", "twenty-first", "thirtieth"): {value, index
   * after it}, or null.
   */
  private int[] ordinalWord(Toks t, int i) {
    String w = t.norm(i);
    Integer o = lex.pack().ordinals().get(w);
    if (o != null) {
      return new int[] {o, i + 1};
    }
    // "twenty-first": a tens numeral, a hyphen and a unit ordinal.
    Lexicon.Hit tens = t.isDash(i + 1) && t.attached(i + 1) && t.attached(i + 2)
        ? lex.number(w) : null;
    if (tens != null && tens.prefix().isEmpty() && tens.word().role() == NumberWord.Role.ADD
        && (tens.word().value() == 20 || tens.word().value() == 30)) {
      Integer u = lex.pack().ordinals().get(t.norm(i + 2));
      if (u != null && u <= 9) {
        return new int[] {(int) tens.word().value() + u, i + 3};
      }
    }
    return null;
  }

  /** "fifth last", "second-last", "next to last": "last" after an ordinal counts back. */
  private boolean countedFromTheEnd(Toks t, int i) {
    int k = i - 1;
    while (k >= i - 3 && (t.isDash(k) || in(WordList.FROM_THE_END_LINKS, t, k))) {
      k--;
    }
    String w = t.norm(k);
    return lex.pack().ordinals().containsKey(w) || in(WordList.FROM_THE_END_WORDS, t, k);
  }

  /** "a third of", "one fifth of": the ordinal at i is a denominator, not a day. */
  private boolean fractionBefore(Toks t, int i) {
    Token prev = t.get(i - 1);
    if (prev == null || !prev.isWord()) {
      return false;
    }
    Lexicon.Hit h = lex.number(prev.norm());
    return lex.words(WordList.INDEFINITE_ARTICLES).contains(prev.norm())
        || h != null && h.word().role() == NumberWord.Role.ADD;
  }

  /**
   * Dates named by an ordinal, computed from the calendar: "the third Tuesday of September
   * 2014", "the last Sunday in October 1994", "the 2nd Monday of May 1915" (these need the
   * year), "the 1st day of May 1945", "the last day of October 2015", "the first day of May",
   * "the fourth of July, 1776", "the twenty-first of May". The ordinal must be followed by a
   * weekday, "day" or "of", and then "of"/"in" and a month: "the last day of the war" and "the
   * first of many" are no dates.
   */
  private Hit ordinalDate(Toks t, int i) {
    int n;
    int k;
    boolean last = false;
    if (t.isDigits(i)) {
      n = DateTokens.plainInt(t, i, 2);
      k = skipOrdinal(t, i + 1);
      if (n < 1 || k == i + 1 || !(n <= 5 && weekdays.containsKey(t.norm(k))
          || in(WordList.DAY_WORDS, t, k))) {
        return null; // "9th of October" is read by dayFirst
      }
    } else if (in(WordList.ORDINAL_LAST_WORDS, t, i)) {
      if (countedFromTheEnd(t, i)) {
        return null; // "the fifth last day of May", "the second-to-last Sunday"
      }
      last = true;
      n = -1;
      k = i + 1;
    } else {
      int[] o = ordinalWord(t, i);
      if (o == null) {
        return null;
      }
      n = o[0];
      k = o[1];
    }
    String w = t.norm(k);
    DayOfWeek dow = weekdays.get(w);
    int j;
    if (dow != null || in(WordList.DAY_WORDS, t, k)) {
      if (dow != null && n > 5) {
        return null;
      }
      j = k + 1;
      if (!in(WordList.ORDINAL_DATE_LINKS, t, j)) {
        return null;
      }
      j++;
    } else if (!last && in(WordList.DAY_MONTH_LINKS, t, k) && !fractionBefore(t, i)) {
      j = k + 1; // "the fourth of July"
    } else {
      return null;
    }
    int m = monthAt(t, j, false);
    if (m == 0) {
      return null;
    }
    int after = afterMonth(t, j);
    int yk = t.isPunct(after, ',') ? after + 1 : after;
    int[] ya = yearAfterMonth(t, yk);
    int y = ya == null ? Match.NO_YEAR : ya[0];
    int to = ya != null ? ya[1] : after;
    if (ya == null) {
      // Without a year only a day the calendar does not decide, before a capitalized month.
      if (dow != null || last && m == 2 || !t.get(j).isCapitalized()) {
        return null;
      }
      int d = last ? YearMonth.of(2001, m).lengthOfMonth() : n;
      return DateParts.valid(m, d) ? new Hit(i, to, DateParts.of(Match.NO_YEAR, m, d)) : null;
    }
    LocalDate first = LocalDate.of(y < 0 ? y + 1 : y, m, 1); // ISO counts a year 0 (1 BC)
    LocalDate date;
    if (dow != null) {
      date = first.with(last ? TemporalAdjusters.lastInMonth(dow)
          : TemporalAdjusters.dayOfWeekInMonth(n, dow));
      if (date.getMonthValue() != m) {
        return null; // no fifth Monday that month
      }
    } else if (last) {
      date = first.with(TemporalAdjusters.lastDayOfMonth());
    } else {
      if (n > first.lengthOfMonth()) {
        return null;
      }
      date = first.withDayOfMonth(n);
    }
    return new Hit(i, to, DateParts.of(y, m, date.getDayOfMonth()));
  }

  /** "the 19th century", "the 5th – 3rd century BC": see {@link Eras#centuries}. */
  private Hit century(Toks t, int i) {
    return Eras.centuries(this, t, i, this::ordinalDigits);
  }

  /** "19th", "3rd": digits with the pack's ordinal ending attached: {value, index after}. */
  private int[] ordinalDigits(Toks t, int i) {
    int n = DateTokens.plainInt(t, i, 2);
    int k = skipOrdinal(t, i + 1);
    return n < 1 || k == i + 1 ? null : new int[] {n, k};
  }

  /** "5 October 2020", "31st Oct 1974", "5–7 October", "9th of October". */
  private Hit dayFirst(Toks t, int i) {
    int d = DateTokens.day(t, i);
    if (d < 0) {
      return null;
    }
    int k = skipOrdinal(t, i + 1);
    int d2 = -1;
    int dash = -1;
    if (t.isDash(k) && DateTokens.day(t, k + 1) > 0) {
      d2 = DateTokens.day(t, k + 1);
      dash = k;
      k = skipOrdinal(t, k + 2);
    }
    if (in(WordList.DAY_MONTH_LINKS, t, k)) {
      k++;
    }
    int m = monthAt(t, k, false);
    if (m == 0 || !t.get(k).isCapitalized() && !t.isDigits(afterMonth(t, k))) {
      return null;
    }
    k = afterMonth(t, k);
    if (t.isPunct(k, ',')) {
      k++;
    }
    int[] ya = yearAfterMonth(t, k);
    int to;
    int year = Match.NO_YEAR;
    if (ya != null) {
      year = ya[0];
      to = ya[1];
    } else {
      to = t.isPunct(k - 1, ',') ? k - 1 : k;
    }
    if (!DateParts.valid(m, d) || d2 > 0 && !DateParts.valid(m, d2)) {
      return null;
    }
    DateParts lo = DateParts.of(year, m, d);
    if (d2 > 0 && d2 != d) {
      DateParts hi = DateParts.of(year, m, d2);
      return d < d2 ? new Hit(i, to, lo, hi, dash, dash + 1, false)
          : new Hit(i, to, hi, lo, dash, dash + 1, true);
    }
    return new Hit(i, to, lo);
  }

  /** "October 9", "April 14, 2015", "November 1991", "February of 2014", "in November". */
  private Hit monthFirst(Toks t, int i) {
    int m = monthAt(t, i, false);
    if (m == 0) {
      return null;
    }
    Token tok = t.get(i);
    boolean capital = tok.isCapitalized();
    int k = afterMonth(t, i);
    boolean abbreviated = k == i + 2 || !fullNames.contains(tok.norm());
    int d = DateTokens.day(t, k);
    if (d > 0 && era(t, k + 1) != 0) {
      d = -1; // "February 15 BC": a number with an era after a month is its year
    }
    int[] spokenDay = d > 0 || !capital ? null : ordinalWord(t, k);
    if (spokenDay != null && spokenDay[0] <= 31) {
      d = spokenDay[0]; // "December seventh", "May twenty-first"
    }
    // "May 1,500 soldiers": digits glued after the day's comma group a number, unless they are
    // four, a year with its space left out ("July 4,1776": a group has three digits).
    if (d > 0 && !(t.isPunct(k + 1, ',') && t.isDigits(k + 2) && t.attached(k + 1)
        && t.attached(k + 2) && !(t.length(k + 2) == 4 && !t.isPunct(k + 3, ',')))
        && !(t.isPunct(k + 1, ':'))) {
      int j = spokenDay != null ? spokenDay[1] : skipOrdinal(t, k + 1);
      int d2 = -1;
      int dash = -1;
      if (t.isDash(j) && DateTokens.day(t, j + 1) > 0) {
        d2 = DateTokens.day(t, j + 1);
        dash = j;
        j = skipOrdinal(t, j + 2);
      }
      int y = Match.NO_YEAR;
      int to = j;
      int yk = t.isPunct(j, ',') ? j + 1 : j;
      int[] ya = yearAfterMonth(t, yk);
      if (ya != null) {
        y = ya[0];
        to = ya[1];
      }
      if (!capital && y == Match.NO_YEAR) {
        return null;
      }
      if (!DateParts.valid(m, d)) {
        return null;
      }
      DateParts lo = DateParts.of(y, m, d);
      if (d2 > 0 && d2 > d && DateParts.valid(m, d2)) {
        return new Hit(i, to, lo, DateParts.of(y, m, d2), dash, dash + 1, false);
      }
      return new Hit(i, to, lo);
    }
    int yk = k;
    if (in(WordList.MONTH_YEAR_LINKS, t, yk) || t.isPunct(yk, ',')) {
      yk++;
    }
    int[] ya = yearAfterMonth(t, yk);
    boolean alsoWord = lex.words(WordList.MONTH_FORMS_ALSO_WORDS).contains(tok.norm());
    if (ya != null && !(in(WordList.DECADE_ENDINGS, t, ya[1]) && t.attached(ya[1]))) {
      if (!capital && alsoWord) {
        return null; // "may 2015" in lower case is the verb
      }
      return new Hit(i, ya[1], DateParts.of(ya[0], m, 0));
    }
    // A month name alone: capitalized, not abbreviated, after a preposition ("in November").
    // A full name's period ends the sentence ("fell in July."): not the month's, not in its span.
    if (k == i + 2 && fullNames.contains(tok.norm())) {
      abbreviated = false;
      k = i + 1;
    }
    if (!capital || abbreviated) {
      return null;
    }
    String before = t.norm(i - 1);
    Set<String> preps = lex.words(WordList.MONTH_ALONE_AFTER);
    boolean prep = preps.contains(before)
        || t.isDash(i - 1) && t.attached(i) && preps.contains(t.norm(i - 2));
    if (!prep) {
      return null;
    }
    Token next = t.get(k);
    if (next != null && next.isWord() && next.isCapitalized() && !next.gapBefore()) {
      return null;
    }
    // A month's form that is also a common word ("May") stands alone only after fewer words.
    if (alsoWord && !lex.words(WordList.MONTH_ALSO_WORD_AFTER).contains(before)) {
      return null;
    }
    return new Hit(i, k, DateParts.of(Match.NO_YEAR, m, 0));
  }

  /**
   * The year after a month or day at k: four digits, or (pack feature spoken-years) a year said
   * in words, whose place after a month makes it a year even in the cardinal form ("May of two
   * thousand seven"). {year, index after it}, or null.
   */
  private int[] yearAfterMonth(Toks t, int k) {
    int[] era = eraYear(t, k); // "4 March 210 BC": any year with its era, first
    if (era != null) {
      return era;
    }
    int y = DateTokens.year4(t, k);
    if (y > 0) {
      return new int[] {y, k + 1};
    }
    return lex.has(PackFeature.SPOKEN_YEARS) ? spoken.year(t, k) : null;
  }

  @Override
  int connector(Toks t, int k, Hit first) {
    return packConnector(t, k, first);
  }

  @Override
  int era(Toks t, int k) {
    int bc = eraWritten(t, k, WordList.ERA_BC);
    if (bc > 0) {
      return -bc;
    }
    return eraWritten(t, k, WordList.ERA_AD);
  }

  /**
   * Tokens at k spelling one of the pack's {@code eras}, written in capitals where the pack
   * declares {@code eras-in-capitals} ("BC", "A.D.", "Before Christ", not the word "ad"); 0 for
   * none.
   */
  private int eraWritten(Toks t, int k, WordList eras) {
    int n = lists.phrase(eras, t, k);
    if (n == 0 || !lex.has(PackFeature.ERAS_IN_CAPITALS)) {
      return n;
    }
    String s = t.get(k).text();
    // "BC", "A.D."; a name of two words capitalized ("Before Christ", "Anno Domini", ICU's).
    return s.chars().allMatch(Character::isUpperCase)
        || n > 1 && t.isWordTok(k + 1) && t.get(k).isCapitalized() && t.get(k + 1).isCapitalized()
        ? n : 0;
  }
}
