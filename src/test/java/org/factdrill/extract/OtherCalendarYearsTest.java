package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A year written after a calendar's name counts in that calendar: ICU names the calendars
 * (CLDR's display names) and gives each one's year for a Gregorian year.
 */
class OtherCalendarYearsTest {
  private static final String[] TYPES = {"buddhist", "chinese", "coptic", "ethiopic", "hebrew",
      "indian", "islamic", "islamic-civil", "japanese", "persian", "roc", "dangi"};

  @Test
  void aYearAfterAnotherCalendarsNameIsNoFactAndTheGregorianYearIs() {
    LocaleDisplayNames names = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
    Random r = new Random(1918);
    for (int k = 0; k < 2000; k++) {
      String type = TYPES[r.nextInt(TYPES.length)];
      int gregorian = 1000 + r.nextInt(1100);
      // e.g. "Hebrew Calendar" -> "Hebrew calendar", as a year's page writes it
      String name = names.keyValueDisplayName("calendar", type).replace("Calendar", "calendar")
          .replaceAll(" \\(.*\\)", ""); // "(tabular, civil epoch)": a box names it alone
      GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE);
      g.clear();
      g.set(gregorian, 5, 1);
      Calendar other = Calendar.getInstance(new ULocale("en@calendar=" + type));
      other.setTimeZone(TimeZone.GMT_ZONE);
      other.setTime(g.getTime());
      int year = other.get(Calendar.EXTENDED_YEAR);
      String value = r.nextBoolean() ? String.valueOf(year) : year + "\u2013" + (year + 1);
      String glue = r.nextBoolean() ? "" : " ";
      String text = "Gregorian calendar" + glue + gregorian + "\n" + name + glue + value
          + "\nThe fleet had 40 ships.";
      assertEquals("date:" + gregorian + "=\"" + gregorian + "\" | number:40=40",
          Facts.describe(Language.EN, text), text);
    }
  }
}
