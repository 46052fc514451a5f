package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A number before the Vietnamese month marker is a date's day only when the month's number follows
 * the marker ("5 tháng 3", "13 tháng Chín"); with no number after it the marker is a unit of time and
 * the number counts months ("sau ba tháng vây hãm"). Made-up sentences.
 */
class MonthsCountedTest {
  private static Result gen(String marked) {
    return Fixtures.generate(Language.VI, marked);
  }

  @Test
  void aNumberBeforeTheMonthMarkerWithNoMonthAfterItCountsMonths() {
    String[] texts = {
        "Sau {{ba|number|3}} tháng vây hãm, thành Quorvex thất thủ vào năm 1820.",
        "Quân Alvira chiếm đóng thành Quorvex trong {{14|number|14}} tháng rồi rút về năm 1833.",
        "Năm 1790, cuộc vây hãm thành Alvira kéo dài {{bảy|number|7}} tháng.",
        "Năm 1790, tướng Vorn bị giam {{18|number|18}} tháng, từ khi thành Alvira mất.",
        "Trong {{hai|number|2}} tháng đầu năm 1790, quân Quorvex mất ba đồn lớn."};
    for (String t : texts) {
      String n = t.substring(t.indexOf("{{") + 2, t.indexOf('|'));
      Result r = gen(t);
      assertFalse(Fixtures.skipped(r, SkipReason.PART_OF_DATE, n), t + " -> " + r.report().skipped());
      assertFalse(Fixtures.clozes(r, n).isEmpty(), t + " -> " + r.report().skipped());
    }
  }

  @Test
  void aNumberBeforeTheMarkerAndItsMonthIsADatesDay() {
    String[] texts = {
        "Vào đêm {{13|number|13}} tháng Chín năm 1814, tàu Quorvex bắn phá pháo đài Alvira.",
        "Quân Quorvex đến {{5|number|5}} tháng 3 năm 1820 và đóng ở thành Alvira.",
        "Lễ lớn của thành Alvira diễn ra {{2|number|2}} tháng giêng mỗi năm từ năm 1820."};
    for (String t : texts) {
      Result r = gen(t);
      assertTrue(r.bank().questions().isEmpty() && r.report().skipped().stream()
          .anyMatch(s -> s.reason() == SkipReason.PART_OF_DATE), t + " -> " + r.report().skipped());
    }
  }
}
