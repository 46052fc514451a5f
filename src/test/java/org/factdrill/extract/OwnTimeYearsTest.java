package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A dated story that states no year but its date's tells its own time: a yearless day or month
 * not later than the date's month is in the date's year; one of a later month, or any in a story
 * that states another year, keeps no year. The dateline's date is written by ICU.
 */
class OwnTimeYearsTest {
  // sentences made up for this test

  private static String iso(List<Fact> facts, String text) {
    return facts.stream().filter(f -> f.text().equals(text)).map(f -> ((Value.Date) f.value())
        .iso()).findFirst().orElse("none");
  }

  @Test
  void aYearlessDayOfAStoryThatTellsItsOwnTimeTakesTheDatelinesYear() {
    Random r = new Random(12);
    com.ibm.icu.text.DateFormat fmt = com.ibm.icu.text.DateFormat.getDateInstance(
        com.ibm.icu.text.DateFormat.LONG, Locale.ENGLISH);
    com.ibm.icu.util.GregorianCalendar g = new com.ibm.icu.util.GregorianCalendar(
        com.ibm.icu.util.TimeZone.GMT_ZONE);
    fmt.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
    String[] months = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    for (int n = 0; n < 300; n++) {
      int year = 1950 + r.nextInt(70);
      int month = 1 + r.nextInt(12);
      g.clear();
      g.set(year, month - 1, 1 + r.nextInt(28));
      int m = 1 + r.nextInt(12);
      int d = 1 + r.nextInt(28);
      String day = d + " " + months[m - 1];
      String text = "PLIMSOLL, " + fmt.format(g.getTime()) + " – The mayor spoke.\n\n"
          + "The new bridge over the Quorvex opened on " + day + " after two years of work.\n";
      boolean past = m <= month; // a later day of the document's month is an event to come in it
      String want = past ? String.format("%04d-%02d-%02d", year, m, d)
          : String.format("--%02d-%02d", m, d);
      assertEquals(want, iso(Facts.of(Language.EN, text), day), text);
      String other = text + "\nThe old bridge had stood since 1901.\n";
      assertEquals(String.format("--%02d-%02d", m, d), iso(Facts.of(Language.EN, other), day),
          other);
    }
  }

  @Test
  void aBareMonthOfADatedStatementTakesItsYear() {
    String text = "BỘ NGOẠI GIAO PLIMSOLL\nNgày 31 tháng 8 năm 2015\n\n"
        + "Tôi đã tới thăm Quorvex hồi tháng 8 và gặp 20 sinh viên.\n";
    assertEquals("2015-08", iso(Facts.of(Language.VI, text), "tháng 8"));
  }

  @Test
  void theDocumentsYearIsWrittenAsFourDigitsAsFormatWritesIt() {
    for (int y = -20_000; y <= 120_000; y++) {
      assertEquals(String.format("%04d", y),
          OwnTimeYears.fourDigits(y));
    }
    assertEquals(String.format("%04d", Integer.MAX_VALUE),
        OwnTimeYears.fourDigits(Integer.MAX_VALUE));
  }
}
