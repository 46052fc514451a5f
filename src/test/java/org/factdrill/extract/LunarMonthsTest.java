package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A month of the lunisolar calendar (a sexagenary year after it, or a name only that calendar
 * has) is the moon's: converted by ICU's ChineseCalendar when a bracketed year the cycle name
 * fits is given, else never given a Gregorian year.
 */
class LunarMonthsTest {
  private static final String[] STEMS =
      {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
  private static final String[] BRANCHES =
      {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};

  private static String cycleName(int year) {
    return STEMS[Math.floorMod(year - 4, 10)] + " " + BRANCHES[Math.floorMod(year - 4, 12)];
  }

  @Test
  void aLunarDayWithItsCycleYearAndGlossIsTheGregorianDayIcuGives() {
    // ICU writes a Gregorian day in the Chinese calendar; the extractor reads it back.
    Random r = new Random(19);
    ChineseCalendar c = new ChineseCalendar(TimeZone.GMT_ZONE);
    GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE);
    int checked = 0;
    for (int n = 0; n < 1500; n++) {
      g.clear();
      g.set(1700 + r.nextInt(330), r.nextInt(12), 1 + r.nextInt(28));
      c.setTimeInMillis(g.getTimeInMillis());
      if (c.get(ChineseCalendar.IS_LEAP_MONTH) == 1) {
        continue; // a leap month is written "tháng 5 nhuận": not read here
      }
      // The lunar year's first day falls in the Gregorian year its gloss names.
      ChineseCalendar newYear = (ChineseCalendar) c.clone();
      newYear.set(ChineseCalendar.MONTH, 0);
      newYear.set(ChineseCalendar.DAY_OF_MONTH, 1);
      GregorianCalendar ny = new GregorianCalendar(TimeZone.GMT_ZONE);
      ny.setTimeInMillis(newYear.getTimeInMillis());
      int year = ny.get(GregorianCalendar.YEAR);
      int month = c.get(ChineseCalendar.MONTH) + 1;
      int day = c.get(ChineseCalendar.DAY_OF_MONTH);
      if (month == 2 && day == 30) {
        continue; // the date grammar knows no 30 February: a known gap, left to the reader
      }
      String text = "Ngày " + day + " tháng " + month + " năm " + cycleName(year) + " (" + year
          + "), quân Plimsoll vào thành.";
      String want = String.format("%04d-%02d-%02d", g.get(GregorianCalendar.YEAR),
          g.get(GregorianCalendar.MONTH) + 1, g.get(GregorianCalendar.DAY_OF_MONTH));
      List<Fact> facts = Facts.of(Language.VI, text);
      assertEquals(1, facts.size(), text);
      assertEquals(want, ((Value.Date) facts.get(0).value()).iso(), text);
      assertEquals("chinese", facts.get(0).calendar(), text);
      checked++;
    }
    assertTrue(checked > 1000);
  }

  @Test
  void aLunarMonthWithItsGlossIsTheYearsItsDaysFallIn() {
    assertEquals("date:tháng 5 năm Bính Dần (1866)=\"1866\"", Facts.describe(Language.VI,
        "Bởi vậy tháng 5 năm Bính Dần (1866), ông Plimsoll đi tìm đường."));
    assertEquals("date:tháng 9 năm canh-thân (1860)=\"1860\"", Facts.describe(Language.VI,
        "Đến tháng 9 năm canh-thân (1860), hai bên ký hòa ước."));
    // the twelfth month of the year of the Rat 1888 runs into January 1889
    assertEquals("date:tháng 12 năm Mậu Tý (1888)=\"1889\"", Facts.describe(Language.VI,
        "Đến tháng 12 năm Mậu Tý (1888), làng Plimsoll mở chợ."));
  }

  @Test
  void aGlossTheCycleNameDoesNotFitConvertsNothing() {
    // Bính Dần is 1866, not 1867: the digits are read as before, the month takes no year
    assertEquals("date:tháng 5=\"--05\" | date:1867=\"1867\"", Facts.describe(Language.VI,
        "Bởi vậy tháng 5 năm Bính Dần (1867), ông Plimsoll đi."));
  }

  @Test
  void aLunarMonthWithoutAGregorianYearTakesNoneFromTheParagraph() {
    assertEquals("date:Năm 1788=\"1788\" | date:ngày 5 tháng 7=\"--07-05\"", Facts.describe(
        Language.VI, "Năm 1788, làng Plimsoll mở hội; ngày 5 tháng 7 năm Mậu Thân, quân vào."));
    assertEquals("date:Năm 1788=\"1788\" | date:ngày 5 tháng Chạp=\"--12-05\"",
        Facts.describe(Language.VI, "Năm 1788, làng Plimsoll mở hội; ngày 5 tháng Chạp, quân vào."));
    // a Gregorian month in the same place takes the paragraph's year
    assertEquals("date:Năm 1788=\"1788\" | date:ngày 5 tháng 7=\"1788-07-05\"",
        Facts.describe(Language.VI, "Năm 1788, làng Plimsoll mở hội; ngày 5 tháng 7, quân vào."));
  }

  @Test
  void everyCycleNameFitsExactlyOneYearInSixty() {
    for (int year = 1800; year < 1860; year++) {
      int fits = 0;
      for (int y = 1800; y < 1860; y++) {
        Value.Date v = LunarMonths.convert("--03", y);
        if (cycleName(y).equals(cycleName(year))) {
          fits++;
          assertEquals(String.valueOf(y), v.iso());
        }
      }
      assertEquals(1, fits);
    }
    assertNull(LunarMonths.convert("--02-31", 1900)); // no lunar month has 31 days
  }

  @Test
  void aLunarDateReadAgainIsConvertedAsICUConvertsItAfreshEvenPastTheRememberedOnes() {
    // One extractor reads 1,600 lunar dates (more than it remembers), some twice, some days
    // no month has: every value is what a fresh conversion gives, first time or again.
    org.factdrill.extract.FactExtractor x = new org.factdrill.extract.FactExtractor();
    Random r = new Random(23);
    List<String[]> seen = new java.util.ArrayList<>();
    int read = 0;
    for (int n = 0; n < 1600; n++) {
      String[] c = n % 4 == 3 && !seen.isEmpty() ? seen.get(r.nextInt(seen.size()))
          : new String[] {String.valueOf(1 + r.nextInt(12)), String.valueOf(r.nextInt(31)),
              String.valueOf(1700 + r.nextInt(330))};
      seen.add(c);
      int month = Integer.parseInt(c[0]);
      int day = Integer.parseInt(c[1]);
      int year = Integer.parseInt(c[2]);
      String text = (day > 0 ? "Ngày " + day + " tháng " : "Tháng ") + month + " năm "
          + cycleName(year) + " (" + year + "), quân Plimsoll vào thành.";
      String iso = day > 0 ? String.format("--%02d-%02d", month, day)
          : String.format("--%02d", month);
      List<Fact> facts = x.extract(new org.factdrill.text.Document("t", text, Language.VI));
      Value.Date want = LunarMonths.convert(iso, year);
      Fact lunar = facts.stream().filter(f -> "chinese".equals(f.calendar())).findFirst()
          .orElse(null);
      if (want == null) {
        assertNull(lunar, text);
      } else if (lunar != null) { // a day the date grammar refuses (30 February) is not read
        assertEquals(want, lunar.value(), text);
        read++;
      }
    }
    assertTrue(read > 1200, "read " + read);
  }
}
