package org.factdrill.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;

/**
 * English dates: "5 October 2020", "31st Oct 1974", "5–7 October 1990", "October 9",
 * "April 14, 2015", "November 1991", "in November", "mid-August", plus the shared years,
 * decades ("the 1990s"), eras ("44 BC", "AD 70"), numeric dates (month first when ambiguous)
 * and ranges ("1992-1994", "from 1994 to 2009", "between 1992 and 1994").
 */
final class EnglishDates extends DateRecognizer {
  /** Words before a bare month name that make it a time: "in November", "since August". */
  private static final Set<String> MONTH_PREPS = Set.of("in", "since", "by", "until", "till",
      "from", "during", "through", "throughout", "early", "late", "mid", "last", "next", "this",
      "that", "each", "every", "of", "before", "after", "between", "and", "to", "or");

  private final SpokenYears spoken;

  EnglishDates(Lexicon lex) {
    super(lex);
    this.spoken = new SpokenYears(lex);
  }

  /** Month number at i when token i is a month name usable here, else 0. */
  private int monthAt(Toks t, int i, boolean needsCapital) {
    Token tok = t.get(i);
    if (tok == null || !tok.isWord()) {
      return 0;
    }
    int m = lex.month(tok.norm());
    if (m == 0) {
      return 0;
    }
    if (needsCapital && !tok.isCapitalized()) {
      return 0;
    }
    // Abbreviations other than "May"-style full names need a following day or year.
    return m;
  }

  /** Index after an optional "." following an abbreviated month. */
  private static int afterMonth(Toks t, int i) {
    return t.isPunct(i + 1, '.') && t.attached(i + 1) && t.norm(i).length() <= 4 ? i + 2 : i + 1;
  }

  private static int skipOrdinal(Toks t, int k) {
    String n = t.norm(k);
    if ((n.equals("st") || n.equals("nd") || n.equals("rd") || n.equals("th")) && t.attached(k)) {
      return k + 1;
    }
    return k;
  }

  @Override
  Hit single(Toks t, int i) {
    Token tok = t.get(i);
    if (tok == null) {
      return null;
    }
    if (tok.isDigits()) {
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
    if (tok.isWord()) {
      Hit said = lex.has(PackFeature.SPOKEN_YEARS) ? spoken.hit(t, i, this) : null;
      if (said != null) {
        return said;
      }
      if ((tok.text().equals("AD") || tok.text().equals("A.D")) && t.isDigits(i + 1)
          && !t.isBlocked(i + 1)) { // "AD 2018–23–51" is a directive's number
        int v = plainInt(t, i + 1, 4);
        if (v > 0) {
          return new Hit(i, i + 2, DateParts.year(v));
        }
      }
      Hit o = ordinalDate(t, i);
      return o != null ? o : monthFirst(t, i);
    }
    return null;
  }

  private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1),
      Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7),
      Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
      Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
      Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
      Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
      Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY,
      "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday",
      DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);

  /** Words that may start an ordinal date: the ordinals above and "last". */
  static Set<String> ordinalTriggers() {
    Set<String> s = new java.util.HashSet<>(ORDINALS.keySet());
    s.add("last");
    return s;
  }

  /**
   * An ordinal written in words at i ("fourth", "twenty-first", "thirtieth"): {value, index
   * after it}, or null.
   */
  private static int[] ordinalWord(Toks t, int i) {
    String w = t.norm(i);
    Integer o = ORDINALS.get(w);
    if (o != null) {
      return new int[] {o, i + 1};
    }
    if ((w.equals("twenty") || w.equals("thirty")) && t.isDash(i + 1) && t.attached(i + 1)
        && t.attached(i + 2)) {
      Integer u = ORDINALS.get(t.norm(i + 2));
      if (u != null && u <= 9) {
        return new int[] {(w.equals("twenty") ? 20 : 30) + u, i + 3};
      }
    }
    return null;
  }

  /** "fifth last", "second-last", "next to last": "last" after an ordinal counts back. */
  private static boolean countedFromTheEnd(Toks t, int i) {
    int k = i - 1;
    while (k >= i - 3 && (t.isDash(k) || t.isWord(k, "to"))) {
      k--;
    }
    String w = t.norm(k);
    return ORDINALS.containsKey(w) || w.equals("next");
  }

  /** "a third of", "one fifth of": the ordinal at i is a denominator, not a day. */
  private boolean fractionBefore(Toks t, int i) {
    Token prev = t.get(i - 1);
    if (prev == null || !prev.isWord()) {
      return false;
    }
    Lexicon.Hit h = lex.number(prev.norm());
    return prev.norm().equals("a") || h != null && h.word().role() == NumberWord.Role.ADD;
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
    Token tok = t.get(i);
    int n;
    int k;
    boolean last = false;
    if (tok.isDigits()) {
      n = plainInt(t, i, 2);
      k = skipOrdinal(t, i + 1);
      if (n < 1 || k == i + 1 || !(n <= 5 && WEEKDAYS.containsKey(t.norm(k))
          || t.isWord(k, "day"))) {
        return null; // "9th of October" is read by dayFirst
      }
    } else if (tok.norm().equals("last")) {
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
    DayOfWeek dow = WEEKDAYS.get(w);
    int j;
    if (dow != null || w.equals("day")) {
      if (dow != null && n > 5) {
        return null;
      }
      j = k + 1;
      if (!(t.isWord(j, "of") || t.isWord(j, "in"))) {
        return null;
      }
      j++;
    } else if (!last && w.equals("of") && !fractionBefore(t, i)) {
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
    int y = ya == null ? -1 : ya[0];
    int to = y > 0 ? ya[1] : after;
    if (y < 0) {
      // Without a year only a day the calendar does not decide, before a capitalized month.
      if (dow != null || last && m == 2 || !t.get(j).isCapitalized()) {
        return null;
      }
      int d = last ? YearMonth.of(2001, m).lengthOfMonth() : n;
      return DateParts.valid(m, d) ? new Hit(i, to, DateParts.of(Match.NO_YEAR, m, d)) : null;
    }
    LocalDate first = LocalDate.of(y, m, 1);
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

  /** "the 19th century", "20th-century": a century, "18" for the 1800s. */
  private static Hit century(Toks t, int i) {
    int n = plainInt(t, i, 2);
    int k = skipOrdinal(t, i + 1);
    if (n < 1 || n > 21 || k == i + 1) {
      return null;
    }
    if (t.isDash(k) && t.attached(k)) {
      k++;
    }
    if (!t.isWord(k, "century") || t.isWord(k + 1, "bc") || t.isWord(k + 1, "bce")) {
      return null;
    }
    return new Hit(i, k + 1, DateParts.century(n));
  }

  /** "5 October 2020", "31st Oct 1974", "5–7 October", "9th of October". */
  private Hit dayFirst(Toks t, int i) {
    int d = day(t, i);
    if (d < 0) {
      return null;
    }
    int k = skipOrdinal(t, i + 1);
    int d2 = -1;
    int dash = -1;
    if (t.isDash(k) && day(t, k + 1) > 0) {
      d2 = day(t, k + 1);
      dash = k;
      k = skipOrdinal(t, k + 2);
    }
    if (t.isWord(k, "of")) {
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
    int y = ya == null ? -1 : ya[0];
    int to;
    int year = Match.NO_YEAR;
    if (y > 0) {
      year = y;
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
    boolean abbreviated = k == i + 2 || tok.norm().length() <= 4 && !tok.norm().equals("june")
        && !tok.norm().equals("july") && !tok.norm().equals("may");
    int d = day(t, k);
    int[] spokenDay = d > 0 || !capital ? null : ordinalWord(t, k);
    if (spokenDay != null && spokenDay[0] <= 31) {
      d = spokenDay[0]; // "December seventh", "May twenty-first"
    }
    if (d > 0 && !(t.isPunct(k + 1, ',') && t.isDigits(k + 2) && t.attached(k + 1)
        && t.attached(k + 2))
        && !(t.isPunct(k + 1, ':'))) {
      int j = spokenDay != null ? spokenDay[1] : skipOrdinal(t, k + 1);
      int d2 = -1;
      int dash = -1;
      if (t.isDash(j) && day(t, j + 1) > 0) {
        d2 = day(t, j + 1);
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
    if (t.isWord(yk, "of") || t.isPunct(yk, ',')) {
      yk++;
    }
    int[] ya = yearAfterMonth(t, yk);
    if (ya != null && !(t.isWord(ya[1], "s") && t.attached(ya[1]))) {
      if (!capital && tok.norm().equals("may")) {
        return null;
      }
      return new Hit(i, ya[1], DateParts.of(ya[0], m, 0));
    }
    // A month name alone: capitalized, not abbreviated, after a preposition ("in November").
    if (!capital || abbreviated) {
      return null;
    }
    String before = t.norm(i - 1);
    boolean prep = MONTH_PREPS.contains(before)
        || t.isDash(i - 1) && t.attached(i) && MONTH_PREPS.contains(t.norm(i - 2));
    if (!prep) {
      return null;
    }
    Token next = t.get(k);
    if (next != null && next.isWord() && next.isCapitalized() && !next.gapBefore()) {
      return null;
    }
    if (m == 5 && !(before.equals("in") || before.equals("since") || before.equals("until")
        || before.equals("early") || before.equals("late") || before.equals("mid"))) {
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
    int y = year4(t, k);
    if (y > 0) {
      return new int[] {y, k + 1};
    }
    return lex.has(PackFeature.SPOKEN_YEARS) ? spoken.year(t, k) : null;
  }

  @Override
  int connector(Toks t, int k, Hit first) {
    Token c = t.get(k);
    if (c == null) {
      return -1;
    }
    if (c.isDash()) {
      return 1;
    }
    String w = c.norm();
    if (w.equals("to") || w.equals("until") || w.equals("till") || w.equals("through")) {
      return 1;
    }
    if (w.equals("and") && t.isWord(first.from() - 1, "between")) {
      return 1;
    }
    return -1;
  }

  @Override
  int era(Toks t, int k) {
    Token tok = t.get(k);
    if (tok == null || !tok.isWord()) {
      return 0;
    }
    String s = tok.text();
    if (s.equals("BC") || s.equals("BCE")) {
      return -1;
    }
    if (s.equals("AD") || s.equals("CE")) {
      return 1;
    }
    // "B.C.", "B.C.E.", "A.D."
    if ((s.equals("B") || s.equals("A")) && t.isPunct(k + 1, '.')) {
      String n = t.get(k + 2) == null ? "" : t.get(k + 2).text();
      if (s.equals("B") && n.equals("C") || s.equals("A") && n.equals("D")) {
        int len = t.isPunct(k + 3, '.') ? 4 : 3;
        if (s.equals("B") && t.get(k + len) != null && t.get(k + len).text().equals("E")) {
          len += t.isPunct(k + len + 1, '.') ? 2 : 1;
        }
        return s.equals("B") ? -len : len;
      }
    }
    return 0;
  }
}
