package org.factdrill.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.EasterHoliday;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.HebrewHoliday;
import com.ibm.icu.util.Holiday;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The calendar rules checked against oracles that do not share their code: ICU's EasterHoliday
 * and HebrewHoliday tables, and each result converted back into its own calendar with ICU (the
 * rule's month and day must come back). Every year from 1900 to 2100.
 */
class HolidaysTest {
  private static final int FROM = 1900;
  private static final int TO = 2100;

  @Test
  void easterAndItsMoveableFeastsAgreeWithIcu() {
    Map<String, EasterHoliday> icu = Map.of("easter", EasterHoliday.EASTER_SUNDAY,
        "easter-monday", EasterHoliday.EASTER_MONDAY, "good-friday", EasterHoliday.GOOD_FRIDAY,
        "maundy-thursday", EasterHoliday.MAUNDY_THURSDAY, "palm-sunday",
        EasterHoliday.PALM_SUNDAY, "ascension", EasterHoliday.ASCENSION,
        "pentecost", EasterHoliday.PENTECOST, "whit-monday", EasterHoliday.WHIT_MONDAY);
    // ICU's Ash Wednesday and Shrove Tuesday are a day early (47/48 days before Easter), so
    // those two are checked by their weekday and distance from Easter instead.
    for (int y = FROM; y <= TO; y++) {
      LocalDate easter = Holidays.of("easter", y).orElseThrow().first();
      LocalDate ash = Holidays.of("ash-wednesday", y).orElseThrow().first();
      assertEquals(DayOfWeek.WEDNESDAY, ash.getDayOfWeek());
      assertEquals(46, easter.toEpochDay() - ash.toEpochDay(), "Lent's 40 days and 6 Sundays");
      assertEquals(ash.minusDays(1), Holidays.of("shrove-tuesday", y).orElseThrow().first());
    }
    for (Map.Entry<String, EasterHoliday> e : icu.entrySet()) {
      for (int y = FROM; y <= TO; y++) {
        assertEquals(icuDay(e.getValue(), y), Holidays.of(e.getKey(), y).orElseThrow().first(),
            e.getKey() + " " + y);
      }
    }
  }

  @Test
  void jewishHolidaysAgreeWithIcuHebrewHoliday() {
    Map<String, Holiday> icu = Map.of("rosh-hashanah", HebrewHoliday.ROSH_HASHANAH,
        "yom-kippur", HebrewHoliday.YOM_KIPPUR, "sukkot", HebrewHoliday.SUKKOT,
        "hanukkah", HebrewHoliday.HANUKKAH, "purim", HebrewHoliday.PURIM,
        "passover", HebrewHoliday.PASSOVER, "shavuot", HebrewHoliday.SHAVUOT,
        "tu-bishvat", HebrewHoliday.TU_BSHEVAT, "lag-baomer", HebrewHoliday.LAG_BOMER);
    for (Map.Entry<String, Holiday> e : icu.entrySet()) {
      for (int y = FROM; y <= TO; y++) {
        assertEquals(icuDay(e.getValue(), y), Holidays.of(e.getKey(), y).orElseThrow().first(),
            e.getKey() + " " + y);
      }
    }
  }

  @Test
  void lunarHolidaysComeBackToTheirMonthAndDay() {
    for (String id : Holidays.ids()) {
      for (int y = FROM; y <= TO; y++) {
        Holidays.Days d = Holidays.of(id, y).orElse(null);
        if (d == null) {
          continue;
        }
        assertEquals(y, d.first().getYear(), id);
        assertTrue(!d.last().isBefore(d.first()), id);
        Calendar c;
        int[] want;
        switch (id) {
          case "eid-al-fitr":
            c = islamic();
            want = new int[] {9, 1};
            break;
          case "eid-al-adha":
            c = islamic();
            want = new int[] {11, 10};
            break;
          case "ramadan":
            c = islamic();
            want = new int[] {8, 1};
            break;
          case "islamic-new-year":
            c = islamic();
            want = new int[] {0, 1};
            break;
          case "lunar-new-year":
            c = new ChineseCalendar();
            want = new int[] {0, 1};
            break;
          case "mid-autumn":
            c = new ChineseCalendar();
            want = new int[] {7, 15};
            break;
          default:
            continue;
        }
        c.set(Calendar.JULIAN_DAY, (int) d.first().getLong(JulianFields.JULIAN_DAY));
        assertEquals(want[0], c.get(Calendar.MONTH), id + " " + y);
        assertEquals(want[1], c.get(Calendar.DATE), id + " " + y);
        if (c instanceof ChineseCalendar) {
          assertEquals(0, c.get(ChineseCalendar.IS_LEAP_MONTH), id + " " + y);
        }
      }
    }
  }

  @Test
  void ramadanIsTheWholeMonthAndEidFollowsIt() {
    for (int y = FROM; y <= TO; y++) {
      Holidays.Days r = Holidays.of("ramadan", y).orElse(null);
      if (r == null) {
        continue;
      }
      long len = r.last().toEpochDay() - r.first().toEpochDay() + 1;
      assertTrue(len == 29 || len == 30, "Ramadan " + y + " " + len);
      Calendar c = islamic();
      c.set(Calendar.JULIAN_DAY, (int) r.last().plusDays(1).getLong(JulianFields.JULIAN_DAY));
      assertEquals(9, c.get(Calendar.MONTH), "the day after Ramadan is 1 Shawwal, " + y);
      assertEquals(1, c.get(Calendar.DATE));
    }
  }

  @Test
  void israeliMemorialDaysAreKeptOffTheSabbathAndItsEve() {
    for (int y = 1949; y <= TO; y++) {
      LocalDate ind = Holidays.of("yom-haatzmaut", y).orElseThrow().first();
      LocalDate shoah = Holidays.of("yom-hashoah", y).orElseThrow().first();
      assertTrue(ind.getDayOfWeek() != DayOfWeek.FRIDAY && ind.getDayOfWeek() != DayOfWeek.SATURDAY, "" + ind);
      assertEquals(ind.minusDays(1), Holidays.of("yom-hazikaron", y).orElseThrow().first());
      assertTrue(shoah.getDayOfWeek() != DayOfWeek.FRIDAY && shoah.getDayOfWeek() != DayOfWeek.SATURDAY
          && shoah.getDayOfWeek() != DayOfWeek.SUNDAY, "" + shoah);
      HebrewCalendar h = new HebrewCalendar();
      h.set(Calendar.JULIAN_DAY, (int) ind.getLong(JulianFields.JULIAN_DAY));
      assertEquals(HebrewCalendar.IYAR, h.get(Calendar.MONTH));
      assertTrue(Math.abs(h.get(Calendar.DATE) - 5) <= 2, ind + " is within two days of 5 Iyar");
    }
    // Proclaimed on 5 Iyar 5708, a Friday: 14 May 1948 itself.
    assertEquals(LocalDate.of(1948, 5, 13), Holidays.of("yom-haatzmaut", 1948).orElseThrow().first());
  }

  @Test
  void fixedAndWeekdayRules() {
    for (int y = FROM; y <= TO; y++) {
      LocalDate t = Holidays.of("thanksgiving-us", y).orElseThrow().first();
      assertEquals(DayOfWeek.THURSDAY, t.getDayOfWeek());
      assertEquals(11, t.getMonthValue());
      assertTrue(t.getDayOfMonth() >= 22 && t.getDayOfMonth() <= 28);
      assertEquals(LocalDate.of(y, 12, 25), Holidays.of("christmas", y).orElseThrow().first());
      LocalDate oc = Holidays.of("orthodox-christmas", y).orElseThrow().first();
      // 13 days apart from March 1900 to February 2100, 12 before.
      assertEquals(LocalDate.of(y, 1, y > 1900 ? 7 : 6), oc, "Julian 25 December, " + y);
      LocalDate oe = Holidays.of("orthodox-easter", y).orElseThrow().first();
      assertEquals(DayOfWeek.SUNDAY, oe.getDayOfWeek());
      assertTrue(!oe.isBefore(Holidays.of("easter", y).orElseThrow().first()));
    }
    assertEquals(Holidays.of("easter", 2018).orElseThrow().first().minusDays(1),
        Holidays.of("lent", 2018).orElseThrow().last());
  }

  private static Calendar islamic() {
    IslamicCalendar c = new IslamicCalendar();
    c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return c;
  }

  private static LocalDate icuDay(Holiday h, int year) {
    TimeZone utc = TimeZone.getTimeZone("UTC");
    GregorianCalendar g = new GregorianCalendar(utc);
    g.clear();
    g.set(year, Calendar.JANUARY, 1);
    Date start = g.getTime();
    g.set(year + 1, Calendar.JANUARY, 1);
    Date end = g.getTime();
    Date d = h.firstBetween(start, end);
    GregorianCalendar local = new GregorianCalendar();
    local.setTime(d);
    return LocalDate.of(local.get(Calendar.YEAR), local.get(Calendar.MONTH) + 1,
        local.get(Calendar.DATE));
  }

  /** The last Friday of Ramadan: a Friday inside the month, with the next Friday after it. */
  @Test
  void jumuatulWidaIsTheLastFridayOfRamadan() {
    for (int y = FROM; y <= TO; y++) {
      Holidays.Days w = Holidays.of("jumuatul-wida", y).orElse(null);
      if (w == null) {
        continue;
      }
      assertEquals(DayOfWeek.FRIDAY, w.first().getDayOfWeek(), "" + y);
      Calendar c = islamic();
      c.set(Calendar.JULIAN_DAY, (int) w.first().getLong(JulianFields.JULIAN_DAY));
      assertEquals(8, c.get(Calendar.MONTH), "in Ramadan, " + y);
      c.set(Calendar.JULIAN_DAY, (int) w.first().plusDays(7).getLong(JulianFields.JULIAN_DAY));
      assertEquals(9, c.get(Calendar.MONTH), "the next Friday is in Shawwal, " + y);
    }
  }

  /** King's Day: 27 April, the Saturday before when that is a Sunday; none before 2014. */
  @Test
  void kingsDayMovesOffSundayAndBeginsIn2014() {
    for (int y = FROM; y <= TO; y++) {
      java.util.Optional<Holidays.Days> k = Holidays.of("kings-day-nl", y);
      if (y < 2014) {
        assertTrue(k.isEmpty(), "" + y);
        continue;
      }
      LocalDate d = k.orElseThrow().first();
      LocalDate april27 = LocalDate.of(y, 4, 27);
      assertEquals(april27.getDayOfWeek() == DayOfWeek.SUNDAY ? april27.minusDays(1) : april27, d);
      assertTrue(d.getDayOfWeek() != DayOfWeek.SUNDAY);
    }
  }

  @Test
  void aNewYearNamedAfterTheCalendarsPeopleTakesEveryFormOfThePack() {
    Map<String, String> names = LanguagePacks.of("en").holidays();
    for (String form : new String[] {"%s new year", "%s new year's day"}) {
      org.junit.jupiter.api.Assertions.assertEquals("lunar-new-year",
          names.get(String.format(form, "korean")));
      org.junit.jupiter.api.Assertions.assertEquals("rosh-hashanah",
          names.get(String.format(form, "jewish")));
    }
    org.junit.jupiter.api.Assertions.assertFalse(names.keySet().stream()
        .anyMatch(n -> n.contains("@") || n.contains("{}")));
  }
}
