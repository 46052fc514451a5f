package org.factdrill.lang;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The calendar rules behind holiday names, language-free: each rule of {@code lang/holidays.tsv}
 * gives, for a Gregorian year, the holiday's first and last day (equal for a one-day holiday).
 * Gregorian and Julian fixed days, the n-th weekday of a month, Easter and Orthodox Easter by
 * the computus, and days of the Hebrew, Islamic (Umm al-Qura) and Chinese calendars by ICU. The
 * packs map their own names to these rule ids. A rule may end in "since=YEAR", the first year it
 * holds.
 */
public final class Holidays {
  /** A holiday's days in one Gregorian year: [first, last], both inclusive. */
  public record Days(LocalDate first, LocalDate last) {
    /** True for a holiday of one day. */
    public boolean oneDay() {
      return first.equals(last);
    }
  }

  private static final Map<String, String[]> RULES = load();

  private Holidays() {}

  /** True when {@code id} names a rule of lang/holidays.tsv. */
  public static boolean known(String id) {
    return RULES.containsKey(id);
  }

  /** Every rule id. */
  public static java.util.Set<String> ids() {
    return RULES.keySet();
  }

  /**
   * The days of holiday {@code id} that start in Gregorian {@code year} (the first, when a lunar
   * calendar brings it twice), or empty for an unknown rule or a year the calendar cannot place.
   */
  public static Optional<Days> of(String id, int year) {
    String[] r = RULES.get(id);
    if (r == null || year < 1 || year > 9999 || year < since(r)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(compute(r, year));
    } catch (RuntimeException e) {
      return Optional.empty(); // a date the calendar does not have in that year
    }
  }

  /**
   * The month and day of a holiday of one day on a fixed day of the Gregorian calendar, as
   * {@code month * 100 + day} ("vn-national-day": 902), else 0 (a movable or lunar holiday, or one
   * moved off a Sunday).
   */
  public static int fixedDay(String id) {
    String[] r = RULES.get(id);
    if (r == null || !r[1].equals("gregorian") || r.length < 5 || num(r, 4) != 1
        || r.length > 5 && r[5].equals("sunday-back")) {
      return 0;
    }
    return num(r, 2) * 100 + num(r, 3);
  }

  /** The first year a rule holds ("since=2014": King's Day replaced Queen's Day), else 0. */
  private static int since(String[] r) {
    String last = r[r.length - 1];
    return last.startsWith("since=") ? Integer.parseInt(last.substring(6)) : 0;
  }

  private static Days compute(String[] r, int year) {
    String cal = r[1];
    switch (cal) {
      case "gregorian": {
        LocalDate d = LocalDate.of(year, num(r, 2), num(r, 3));
        // "sunday-back": a day that falls on a Sunday is kept the Saturday before.
        if (r.length > 5 && r[5].equals("sunday-back") && d.getDayOfWeek() == DayOfWeek.SUNDAY) {
          d = d.minusDays(1);
        }
        return span(d, num(r, 4));
      }
      case "islamic-weekday": // month, n-th (-1 = last), weekday, days
        return inYear(year, (int) Math.round((year - 622) * 33.0 / 32.0),
            y -> islamicWeekday(y, r));
      case "weekday": {
        // month, n-th (or -1 for the last), weekday, days
        DayOfWeek dow = DayOfWeek.valueOf(r[4].toUpperCase(Locale.ROOT));
        LocalDate first = LocalDate.of(year, num(r, 2), 1);
        int n = num(r, 3);
        LocalDate d = n > 0 ? first.with(TemporalAdjusters.dayOfWeekInMonth(n, dow))
            : first.with(TemporalAdjusters.lastInMonth(dow));
        return span(d, num(r, 5));
      }
      case "easter":
        return span(gregorianEaster(year).plusDays(num(r, 2)), num(r, 3));
      case "orthodox-easter":
        return span(orthodoxEaster(year).plusDays(num(r, 2)), num(r, 3));
      case "julian":
        return inYear(year, year, y -> span(julian(y, num(r, 2), num(r, 3)), num(r, 4)));
      case "hebrew":
        return inYear(year, year + 3760, y -> hebrew(y, r));
      case "islamic": // a lunar year is 32/33 of a solar one
        return inYear(year, (int) Math.round((year - 622) * 33.0 / 32.0), y -> islamic(y, r));
      case "chinese":
        return inYear(year, year + 2637, y -> chinese(y, r));
      default:
        throw new IllegalStateException("lang/holidays.tsv: unknown calendar " + cal);
    }
  }

  /**
   * Tries the native calendar's years around {@code guess} (two either side) and keeps the
   * earliest occurrence that starts in Gregorian {@code year}.
   */
  private static Days inYear(int year, int guess, java.util.function.IntFunction<Days> at) {
    Days best = null;
    for (int y = guess - 2; y <= guess + 2; y++) {
      Days d;
      try {
        d = at.apply(y);
      } catch (RuntimeException e) {
        continue;
      }
      if (d != null && d.first().getYear() == year
          && (best == null || d.first().isBefore(best.first()))) {
        best = d;
      }
    }
    return best;
  }

  private static Days hebrew(int am, String[] r) {
    int month = hebrewMonth(r[2]);
    HebrewCalendar c = new HebrewCalendar();
    c.clear();
    c.set(Calendar.EXTENDED_YEAR, am);
    c.set(Calendar.MONTH, month);
    c.set(Calendar.DATE, num(r, 3));
    LocalDate d = fromJulianDay(c.get(Calendar.JULIAN_DAY));
    if (c.get(Calendar.MONTH) != month) {
      return null; // Adar I in a common year
    }
    d = adjust(d, r.length > 5 ? r[5] : "");
    return span(d, num(r, 4));
  }

  /** Israel's rules that move a memorial or festival off the Sabbath and its eve. */
  private static LocalDate adjust(LocalDate d, String rule) {
    DayOfWeek w = d.getDayOfWeek();
    switch (rule) {
      case "":
        return d;
      case "independence": // 5 Iyar: Fri/Sat back to Thursday; Monday on to Tuesday (from 2004)
        return w == DayOfWeek.FRIDAY ? d.minusDays(1) : w == DayOfWeek.SATURDAY ? d.minusDays(2)
            : w == DayOfWeek.MONDAY && d.getYear() >= 2004 ? d.plusDays(1) : d;
      case "remembrance": // the day before Independence Day
        return adjust(d, "independence").minusDays(1);
      case "shoah": // 27 Nisan: Friday back to Thursday, Sunday on to Monday
        return w == DayOfWeek.FRIDAY ? d.minusDays(1) : w == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
      case "sabbath-next": // a fast that falls on the Sabbath is kept the next day
        return w == DayOfWeek.SATURDAY ? d.plusDays(1) : d;
      default:
        throw new IllegalStateException("lang/holidays.tsv: unknown adjustment " + rule);
    }
  }

  private static int hebrewMonth(String name) {
    switch (name) {
      case "tishri": return HebrewCalendar.TISHRI;
      case "heshvan": return HebrewCalendar.HESHVAN;
      case "kislev": return HebrewCalendar.KISLEV;
      case "tevet": return HebrewCalendar.TEVET;
      case "shevat": return HebrewCalendar.SHEVAT;
      case "adar-1": return HebrewCalendar.ADAR_1;
      case "adar": return HebrewCalendar.ADAR; // Adar II in a leap year
      case "nisan": return HebrewCalendar.NISAN;
      case "iyar": return HebrewCalendar.IYAR;
      case "sivan": return HebrewCalendar.SIVAN;
      case "tamuz": return HebrewCalendar.TAMUZ;
      case "av": return HebrewCalendar.AV;
      case "elul": return HebrewCalendar.ELUL;
      default: throw new IllegalStateException("lang/holidays.tsv: unknown Hebrew month " + name);
    }
  }

  /** Day {@code day} of month {@code month} (1-based) of the Umm al-Qura year {@code ah}. */
  private static IslamicCalendar islamicMonth(int ah, int month, int day) {
    IslamicCalendar c = new IslamicCalendar();
    c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    c.clear();
    c.set(Calendar.EXTENDED_YEAR, ah);
    c.set(Calendar.MONTH, month - 1);
    c.set(Calendar.DATE, day);
    return c;
  }

  private static Days islamic(int ah, String[] r) {
    IslamicCalendar c = islamicMonth(ah, num(r, 2), num(r, 3));
    LocalDate d = fromJulianDay(c.get(Calendar.JULIAN_DAY));
    // "month": the whole month (Ramadan).
    int days = r[4].equals("month") ? c.getActualMaximum(Calendar.DAY_OF_MONTH) : num(r, 4);
    return span(d, days);
  }

  /** The n-th (or last, n = -1) given weekday of an Islamic month: "the last Friday of Ramadan". */
  private static Days islamicWeekday(int ah, String[] r) {
    IslamicCalendar c = islamicMonth(ah, num(r, 2), 1);
    LocalDate first = fromJulianDay(c.get(Calendar.JULIAN_DAY));
    LocalDate last = first.plusDays(c.getActualMaximum(Calendar.DAY_OF_MONTH) - 1L);
    DayOfWeek dow = DayOfWeek.valueOf(r[4].toUpperCase(Locale.ROOT));
    int n = num(r, 3);
    LocalDate d = n > 0 ? first.with(TemporalAdjusters.nextOrSame(dow)).plusWeeks(n - 1L)
        : last.with(TemporalAdjusters.previousOrSame(dow));
    return d.isAfter(last) ? null : span(d, num(r, 5));
  }

  private static Days chinese(int extendedYear, String[] r) {
    ChineseCalendar c = new ChineseCalendar();
    c.clear();
    c.set(Calendar.EXTENDED_YEAR, extendedYear);
    c.set(Calendar.MONTH, num(r, 2) - 1);
    c.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    c.set(Calendar.DATE, num(r, 3));
    return span(fromJulianDay(c.get(Calendar.JULIAN_DAY)), num(r, 4));
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
  static LocalDate gregorianEaster(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }

  /** Orthodox Easter: the Julian computus (Meeus), given as a Gregorian date. */
  static LocalDate orthodoxEaster(int y) {
    int a = y % 4;
    int b = y % 7;
    int c = y % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    return julian(y, month, day);
  }

  /** A Julian-calendar date as a (proleptic) Gregorian one. */
  public static LocalDate julian(int y, int m, int d) {
    int a = (14 - m) / 12;
    int yy = y + 4800 - a;
    int mm = m + 12 * a - 3;
    long jdn = d + (153 * mm + 2) / 5 + 365L * yy + yy / 4 - 32083;
    return fromJulianDay(jdn);
  }

  private static LocalDate fromJulianDay(long jdn) {
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jdn);
  }

  private static Days span(LocalDate first, int days) {
    return new Days(first, first.plusDays(Math.max(1, days) - 1L));
  }

  private static int num(String[] r, int i) {
    return Integer.parseInt(r[i]);
  }

  private static Map<String, String[]> load() {
    Map<String, String[]> out = new HashMap<>();
    InputStream in = Holidays.class.getClassLoader().getResourceAsStream("lang/holidays.tsv");
    if (in == null) {
      throw new IllegalStateException("missing language resource lang/holidays.tsv");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] c = line.split("\t");
          out.put(c[0], c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("lang/holidays.tsv", e);
    }
    return Map.copyOf(out);
  }
}
