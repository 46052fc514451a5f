package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A holiday named by its day ("ngày lễ D", "dịp lễ D": the holiday of that day) is a day of
 * every year: not asked, and given no year from its sentence or paragraph, even when the event
 * it marks is dated beside it. Sentences made up for this test.
 */
class VietnameseHolidayDaysTest {
  @Test
  void aHolidayNamedByItsDayIsNoDayOfOneYear() {
    Random r = new Random(1503);
    String[] words = {"Ngày lễ", "ngày lễ", "Dịp lễ", "kỳ nghỉ lễ"};
    for (int k = 0; k < 16; k++) {
      int day = 1 + r.nextInt(28);
      int month = 1 + r.nextInt(12);
      int year = 1900 + r.nextInt(100);
      String date = day + " tháng " + month;
      String w = words[k % words.length];
      String text = "Trong " + w + " " + date + ", người dân vùng Ken treo cờ để nhớ ngày quân Lộc Hà"
          + " rút khỏi thành vào ngày " + date + " năm " + year + ".\n";
      Result res = Fixtures.extracted(Language.VI, text);
      for (Question q : res.bank().questions()) {
        assertFalse(q.prompt().contains(date + " (" + year + ")"), q.prompt());
      }
      assertEquals(List.of(), Fixtures.asking(res, date), text);
    }
  }
}
