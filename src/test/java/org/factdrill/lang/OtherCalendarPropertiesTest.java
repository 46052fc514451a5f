package org.factdrill.lang;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.factdrill.extract.FactKind;
import org.factdrill.text.Language;

/**
 * ICU writes a date of another calendar, factdrill reads back the same Gregorian day (or, for a
 * month and year, the Gregorian days that month covers): the Hebrew calendar in Hebrew as ICU
 * formats it (FULL, LONG, MEDIUM, SHORT in Hebrew numerals, "ה׳ באייר תש״ח"; skeletons in
 * digits, "5 באייר 5708"), and the Islamic (Umm al-Qura) calendar in English, Russian and Hebrew
 * in the forms that carry its era ("Rajab 5, 1367 AH"). Fixed seed, any day from 1800 to 2100
 * (both sides of 1300 AH, where ICU's Umm al-Qura table starts), every form in each try.
 */
class OtherCalendarPropertiesTest {
  private static final List<String> HEBREW_FORMS = List.of("FULL", "LONG", "MEDIUM", "SHORT",
      "yMMMMd", "yMMMd", "MMMMy", "yMMMEd", "yMMMMEEEEd");
  private static final List<String> ISLAMIC_FORMS = List.of("FULL", "LONG", "MEDIUM",
      "GyMMMMd", "GyMMMd", "GyMMMM");
  private static final java.util.Set<String> MONTH_YEAR = java.util.Set.of("MMMMy", "GyMMMM");
  private static final Map<String, DateFormat> FORMATS = new ConcurrentHashMap<>();
  private static final Map<String, ULocale> LOCALES = new ConcurrentHashMap<>();
  private static final Map<ULocale, Calendar> CALENDARS = new ConcurrentHashMap<>();
  private static final long FIRST = LocalDate.of(1800, 1, 1).toEpochDay();
  /** Days from 1 January 1800 to 31 December 2100. */
  private static final long DAYS = 109_937;

  @Property(tries = 1000, seed = "19301")
  boolean hebrewCalendarDatesReadBack(@ForAll @LongRange(min = 0, max = DAYS) long n) {
    LocalDate day = LocalDate.ofEpochDay(FIRST + n);
    boolean all = true;
    for (String form : HEBREW_FORMS) {
      all &= reads(Language.HE, "hebrew", form, day);
    }
    return all;
  }

  @Property(tries = 1000, seed = "19302")
  boolean islamicDatesReadBack(@ForAll @LongRange(min = 0, max = DAYS) long n) {
    LocalDate day = LocalDate.ofEpochDay(FIRST + n);
    boolean all = true;
    for (String code : List.of("en", "ru", "he")) {
      for (String form : ISLAMIC_FORMS) {
        all &= reads(Language.fromCode(code).orElseThrow(), "islamic-umalqura", form, day);
      }
    }
    return all;
  }

  @AfterContainer
  static void printCounts() {
    System.out.println("OtherCalendarPropertiesTest (written by ICU / read back):");
    System.out.print(IcuRoundTrip.report());
  }

  private static boolean reads(Language l, String type, String form, LocalDate day) {
    ULocale loc = LOCALES.computeIfAbsent(l.code() + "@calendar=" + type,
        k -> new ULocale(l.pack().locale().toLanguageTag() + "@calendar=" + type));
    // A copy of the locale's calendar, made once: getInstance looks up the calendar's data.
    Calendar c = (Calendar) CALENDARS.computeIfAbsent(loc,
        k -> Calendar.getInstance(TimeZone.GMT_ZONE, k)).clone();
    c.clear();
    c.set(Calendar.JULIAN_DAY, (int) day.getLong(JulianFields.JULIAN_DAY));
    DateFormat f = FORMATS.computeIfAbsent(l.code() + type + form, k -> format(c, form, loc));
    String text;
    synchronized (f) {
      text = f.format(c.getTime());
    }
    String expected = day.toString();
    if (MONTH_YEAR.contains(form)) { // a month and its year: the Gregorian days it covers
      int year = c.get(Calendar.EXTENDED_YEAR);
      int month = c.get(Calendar.MONTH);
      int max = c.getActualMaximum(Calendar.DAY_OF_MONTH);
      c.clear();
      c.set(Calendar.EXTENDED_YEAR, year);
      c.set(Calendar.MONTH, month);
      c.set(Calendar.DATE, 1);
      LocalDate first = gregorian(c.get(Calendar.JULIAN_DAY));
      expected = first + "/" + first.plusDays(max - 1);
    }
    return IcuRoundTrip.reads(l, type + " " + form, text, FactKind.DATE, expected);
  }

  private static DateFormat format(Calendar c, String form, ULocale loc) {
    DateFormat f;
    switch (form) {
      case "FULL": f = DateFormat.getDateInstance(c, DateFormat.FULL, loc); break;
      case "LONG": f = DateFormat.getDateInstance(c, DateFormat.LONG, loc); break;
      case "MEDIUM": f = DateFormat.getDateInstance(c, DateFormat.MEDIUM, loc); break;
      case "SHORT": f = DateFormat.getDateInstance(c, DateFormat.SHORT, loc); break;
      default: f = DateFormat.getPatternInstance(c, form, loc);
    }
    f.setTimeZone(TimeZone.GMT_ZONE);
    return f;
  }

  private static LocalDate gregorian(long julianDay) {
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, julianDay);
  }
}
