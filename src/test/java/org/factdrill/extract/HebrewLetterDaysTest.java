package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.lang.HebrewNumerals;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A Gregorian date whose day is written in Hebrew numerals ("ה' ביוני 1967", as ICU writes the
 * numeral, with a geresh or gershayim in any of the forms texts use) is one date with its day;
 * after "יום" the letter is a weekday, and without a year the month stays alone.
 */
class HebrewLetterDaysTest {
  private static final Language HE = Language.fromCode("he").orElseThrow();
  /** Gregorian month names with the prefix ב, as the pack's CLDR forms write them. */
  private static final List<String> MONTHS = List.of("בינואר", "בפברואר", "במרץ", "באפריל",
      "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר");

  @Test
  void aDayInHebrewNumeralsBeforeAMonthAndYearIsOneDate() {
    HebrewNumerals numerals = new HebrewNumerals();
    Random r = new Random(1967);
    for (int d = 1; d <= 28; d++) {
      String icu = numerals.write(d); // "ה׳", "י״ב"
      String[] forms = {icu, icu.replace('\u05F3', '\'').replace('\u05F4', '"')};
      for (String day : forms) {
        int m = r.nextInt(12);
        int y = 1000 + r.nextInt(1100);
        // A sentence made up for this test.
        String text = "הקרב נערך " + day + " " + MONTHS.get(m) + " " + y + " ליד הנהר.";
        String want = "date:" + day + " " + MONTHS.get(m) + " " + y + "="
            + String.format("\"%04d-%02d-%02d\"", y, m + 1, d);
        assertEquals(want, Facts.describe(HE, text), text);
      }
    }
  }

  @Test
  void aLetterAfterTheWordDayOrBeforeAMonthWithoutAYearIsNoDay() {
    assertEquals("date:ביוני 1967=\"1967-06\"",
        Facts.describe(HE, "הם נפגשו ביום ה' ביוני 1967 בבוקר."));
    assertTrue(!Facts.describe(HE, "הוא אמר ה' ביוני שעבר.").contains("-05"));
  }
}
