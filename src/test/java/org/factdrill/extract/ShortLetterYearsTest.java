package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A letter's heading line "place, day month YYY." writes its year without the thousands: read
 * with the thousand the document's other years share when one of them is in the same century,
 * else left unread (no yearless day, no count). A three-digit count after a day-month in prose
 * stays a count.
 */
class ShortLetterYearsTest {
  private static final Language HE = Language.fromCode("he").orElseThrow();
  private static final List<String> PLACES = List.of("ורשה", "קובנה", "ברלין", "יפו", "לונדון");
  private static final List<String> MONTHS = List.of("ינואר", "פברואר", "מרץ", "אפריל", "מאי",
      "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר");

  private static String letter(String headingYear, String place, int day, int month, int shortYear) {
    return "מכתבים: שנת " + headingYear + "\n\nלידידי היקר, בעירו.\n\n" + place + ", " + day + " "
        + MONTHS.get(month - 1) + " " + shortYear + ".\n\nהספרים שביקשת יישלחו אליך בקרוב.\n";
  }

  @Test
  void aShortYearTakesTheThousandOfTheDocumentsYearsInTheSameCentury() {
    Random r = new Random(905);
    for (int k = 0; k < 120; k++) {
      int full = 1800 + r.nextInt(200);
      int shortYear = full % 1000 - 3 + r.nextInt(7);
      if (shortYear / 100 != full % 1000 / 100 || shortYear < 100) {
        continue;
      }
      int month = 1 + r.nextInt(12);
      int day = 1 + r.nextInt(28);
      String text = letter(String.valueOf(full), PLACES.get(r.nextInt(PLACES.size())), day, month,
          shortYear);
      String want = String.format("date:%d %s %d=\"%d-%02d-%02d\"", day, MONTHS.get(month - 1),
          shortYear, 1000 + shortYear, month, day);
      assertEquals("date:שנת " + full + "=\"" + full + "\" | " + want, Facts.describe(HE, text),
          text);
    }
  }

  @Test
  void withoutAYearOfThatCenturyTheHeadingIsLeftUnread() {
    Random r = new Random(906);
    for (int k = 0; k < 60; k++) {
      int shortYear = 900 + r.nextInt(100);
      int other = r.nextBoolean() ? 1800 + r.nextInt(100) : 2000 + r.nextInt(30);
      String text = letter(String.valueOf(other), PLACES.get(r.nextInt(PLACES.size())),
          1 + r.nextInt(28), 1 + r.nextInt(12), shortYear);
      assertEquals("date:שנת " + other + "=\"" + other + "\"", Facts.describe(HE, text), text);
    }
  }

  @Test
  void aCountAfterADayMonthInProseStaysACount() {
    String text = "בשנת 1905 הגיעו לנמל ב-5 במאי 300 מהגרים, ועוד רבים אחריהם.\n";
    assertTrue(Facts.describe(HE, text).contains("number:300"), Facts.describe(HE, text));
  }
}
