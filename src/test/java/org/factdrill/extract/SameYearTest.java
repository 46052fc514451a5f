package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A month or day-month written without a year and followed by "of the same year" ("tháng 5 cùng
 * năm", "in May of the same year") is in the year the paragraph stated last before it, also when
 * that year starts a span (which dates no other yearless day); without the phrase a month alone
 * keeps no year. Rows and sentences made up; years at random.
 */
class SameYearTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final Language EN = Language.fromCode("en").orElseThrow();

  @Test
  void aMonthOfTheSameYearTakesTheYearStatedBeforeIt() {
    Random r = new Random(1607);
    for (int n = 0; n < 40; n++) {
      int y = 1700 + r.nextInt(300);
      int m = 1 + r.nextInt(12);
      String row = (n % 2 == 0 ? "Năm " : "Từ năm ") + y + " – quân Quorvex đóng ở Alvira; tháng "
          + m + " cùng năm, quân Quorvex rút về cửa biển.";
      assertEquals(String.format("%04d-%02d", y, m), Facts.valueOf(Facts.of(VI, row), "tháng " + m), row);
      String day = "Năm " + y + ", quân Quorvex đóng ở Alvira. Ngày 3 tháng " + m
          + " năm đó, quân Quorvex rút về cửa biển.";
      assertEquals(String.format("%04d-%02d-03", y, m), Facts.valueOf(Facts.of(VI, day), "Ngày 3 tháng " + m),
          day);
      String month = java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL,
          java.util.Locale.ENGLISH);
      String en = "In " + y + " the Quorvex fleet wintered at Alvira. In " + month
          + " of the same year it sailed for the coast.";
      assertEquals(String.format("%04d-%02d", y, m), Facts.valueOf(Facts.of(EN, en), month), en);
      String bare = "Năm " + y + ", quân Quorvex đóng ở Alvira. Tháng " + m
          + ", quân Quorvex rút về cửa biển.";
      assertEquals(String.format("--%02d", m), Facts.valueOf(Facts.of(VI, bare), "Tháng " + m), bare);
    }
  }

  private static final Language HE = Language.fromCode("he").orElseThrow();
  private static final List<String> HE_MONTHS = List.of("בינואר", "בפברואר", "במרץ", "באפריל",
      "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר");

  @Test
  void aHebrewMonthOfTheSameYearTakesTheYearStatedBeforeIt() {
    Random r = new Random(1720);
    List<String> phrases = List.of("של אותה שנה", "באותה שנה", "של אותה השנה", "באותה השנה");
    for (int n = 0; n < 40; n++) {
      int y = 1700 + r.nextInt(300);
      int m = 1 + r.nextInt(12);
      m = m == 3 ? 4 : m; // "במרץ" alone is also a word (energetically): months-forms-also-words
      String month = HE_MONTHS.get(m - 1);
      String text = (n % 2 == 0 ? "בשנת " : "החל משנת ") + y + " חנה צי הקוורווקס באלווירה. " + month
          + " " + phrases.get(r.nextInt(phrases.size())) + " הפליג הצי אל החוף.";
      assertEquals(String.format("%04d-%02d", y, m), Facts.valueOf(Facts.of(HE, text), month), text);
      String day = "בשנת " + y + " חנה הצי באלווירה. ב-3 " + month + " של אותה שנה"
          + " הפליג הצי אל החוף.";
      assertEquals(String.format("%04d-%02d-03", y, m),
          Facts.valueOf(Facts.of(HE, day), "ב-3 " + month), day);
      String bare = "בשנת " + y + " חנה הצי באלווירה. " + month + " הפליג הצי אל החוף.";
      assertEquals(String.format("--%02d", m), Facts.valueOf(Facts.of(HE, bare), month), bare);
    }
  }
}
