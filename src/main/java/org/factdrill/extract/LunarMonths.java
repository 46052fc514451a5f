package org.factdrill.extract;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import java.util.HashMap;
import java.util.Map;

/**
 * Months of the lunisolar calendar: a month (or day and month) followed by a sexagenary year
 * ("tháng 5 năm Bính Dần", "tháng 9 năm canh-thân (1860)"; pack words {@code year-words},
 * {@code sexagenary-stems}, {@code sexagenary-branches}), or written with a name only the lunar
 * calendar has ("tháng Giêng", "tháng Chạp": {@code lunar-month-names}). Its digits are the
 * moon's months, not the Gregorian ones. With a year in digits in brackets after the cycle name
 * that the name fits (a stem and branch name one year in sixty), the date is converted by ICU's
 * {@link ChineseCalendar}: a day to its Gregorian day, a month to the Gregorian year (or years)
 * its days fall in, since the Vietnamese reckoning of a month's first day may differ from the
 * Chinese one by a day or a month. Without such a year it is not converted (a cycle name recurs
 * every sixty years), and no Gregorian year is carried to or from it.
 */
final class LunarMonths {
  /** A lunar reading: its end token (exclusive) and, when converted, its Gregorian value. */
  record Reading(int end, Value.Date value) {}

  /** ICU's name of the calendar a converted date is written in. */
  static final String CALENDAR = "chinese";

  private final Map<String, Integer> stems = new HashMap<>();
  private final Map<String, Integer> branches = new HashMap<>();
  private final java.util.Set<String> yearWords;
  private final java.util.Set<String> names;
  /**
   * Conversions already made, by year and lunar month (and day), at most {@link #KNOWN}: ICU's
   * lunisolar arithmetic takes some 350 µs a conversion (new moons and solar terms computed
   * astronomically), while a text names the same few lunar dates again and again. A reader
   * serves one thread at a time, as the extractor that owns it.
   */
  private final Map<String, Value.Date> converted = new HashMap<>();
  private static final int KNOWN = 1024;

  LunarMonths(Lexicon lex) {
    stems.putAll(lex.pack().indexedWords(WordList.SEXAGENARY_STEMS.key));
    branches.putAll(lex.pack().indexedWords(WordList.SEXAGENARY_BRANCHES.key));
    yearWords = lex.words(WordList.YEAR_WORDS);
    names = lex.words(WordList.LUNAR_MONTH_NAMES);
  }

  /**
   * The lunar reading of yearless date {@code m} ("--05", "--01-05"), or null when it is a
   * Gregorian date.
   */
  Reading read(Toks t, Match m) {
    if (stems.isEmpty() && names.isEmpty() || !(m.value() instanceof Value.Date d)
        || !d.iso().startsWith("--") || d.isRange()) {
      return null;
    }
    boolean named = false;
    for (int k = m.from(); k < m.to() && !named; k++) {
      named = t.isWordTok(k) && names.contains(t.norm(k));
    }
    int k = m.to();
    if (t.isPunct(k, ',')) {
      k++;
    }
    if (!t.isWordTok(k) || !yearWords.contains(t.norm(k))) {
      return named ? new Reading(m.to(), null) : null;
    }
    Integer stem = stems.get(t.norm(k + 1));
    int b = t.isDash(k + 2) ? k + 3 : k + 2;
    Integer branch = branches.get(t.norm(b));
    if (stem == null || branch == null || !t.isWordTok(k + 1) || !t.isWordTok(b)
        || stem % 2 != branch % 2) {
      return named ? new Reading(m.to(), null) : null;
    }
    int end = b + 1;
    if (t.isPunct(end, '(') && t.isDigits(end + 1) && t.isPunct(end + 2, ')')
        && t.get(end + 1).text().length() == 4) {
      int year = Integer.parseInt(t.get(end + 1).text());
      if (Math.floorMod(year - 4, 10) == stem && Math.floorMod(year - 4, 12) == branch) {
        Value.Date v = converted(d.iso(), year);
        return new Reading(end + 3, v);
      }
    }
    return new Reading(end, null);
  }

  /** {@link #convert}, remembered (a null answer too). */
  private Value.Date converted(String iso, int year) {
    String key = year + iso;
    Value.Date v = converted.get(key);
    if (v == null && !converted.containsKey(key)) {
      v = convert(iso, year);
      if (converted.size() < KNOWN) {
        converted.put(key, v);
      }
    }
    return v;
  }

  /**
   * Month (and day) of the lunar year that begins in Gregorian {@code year}, as Gregorian: a day
   * to its day, a month to the year or years its days fall in; null for no such day.
   */
  static Value.Date convert(String iso, int year) {
    String[] p = iso.substring(2).split("-");
    int month = Integer.parseInt(p[0]);
    int day = p.length > 1 ? Integer.parseInt(p[1]) : 0;
    ChineseCalendar c = new ChineseCalendar(TimeZone.GMT_ZONE);
    GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE);
    g.clear();
    g.set(year, GregorianCalendar.JUNE, 1); // inside the lunar year that began in its winter
    c.setTimeInMillis(g.getTimeInMillis());
    int era = c.get(ChineseCalendar.ERA);
    int cy = c.get(ChineseCalendar.YEAR);
    c.clear();
    c.set(ChineseCalendar.ERA, era);
    c.set(ChineseCalendar.YEAR, cy);
    c.set(ChineseCalendar.MONTH, month - 1);
    c.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    c.set(ChineseCalendar.DAY_OF_MONTH, Math.max(1, day));
    if (day > c.getActualMaximum(ChineseCalendar.DAY_OF_MONTH)) {
      return null;
    }
    g.setTimeInMillis(c.getTimeInMillis());
    if (day > 0) {
      return new Value.Date(String.format("%04d-%02d-%02d", g.get(GregorianCalendar.YEAR),
          g.get(GregorianCalendar.MONTH) + 1, g.get(GregorianCalendar.DAY_OF_MONTH)));
    }
    int first = g.get(GregorianCalendar.YEAR);
    c.add(ChineseCalendar.DAY_OF_MONTH, c.getActualMaximum(ChineseCalendar.DAY_OF_MONTH) - 1);
    g.setTimeInMillis(c.getTimeInMillis());
    int last = g.get(GregorianCalendar.YEAR);
    return new Value.Date(first == last ? String.format("%04d", first)
        : String.format("%04d/%04d", first, last));
  }
}
