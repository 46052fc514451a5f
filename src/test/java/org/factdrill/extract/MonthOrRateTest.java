package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A Vietnamese month word spelled with a numeral is a month only where a month can stand. */
class MonthOrRateTest {
  private static String d(String text) {
    return Facts.describe(Language.VI, text);
  }

  private static void noMonth(String text) {
    String got = d(text);
    assertFalse(got.contains("\"--"), text + " -> " + got);
  }

  @Test
  void aMonthWordAfterADistributiveIsTheUnitOfARate() {
    noMonth("Hội đồng thành phố họp mỗi tháng một lần tại tòa thị chính.");
    noMonth("Từ đó, tờ nguyệt san ra hằng tháng hai kỳ, rồi mỗi tháng ba kỳ.");
    noMonth("Các đoàn kiểm tra đi từng tháng một, không bỏ sót xã nào.");
    noMonth("Năm 1934, hiệp hội quyết định họp mỗi tháng hai lần.");
  }

  @Test
  void aMonthWordWhoseNumeralCountsOccurrencesIsARate() {
    noMonth("Trạm quan trắc lấy mẫu nước tháng hai lần, năm nào cũng vậy.");
    noMonth("Tàu thư chạy tuyến này chừng tháng một lượt.");
  }

  @Test
  void aMonthWhereAMonthCanStandIsStillAMonth() {
    assertEquals("date:tháng hai năm 1931=\"1931-02\"", d("Hội chợ mở vào tháng hai năm 1931."));
    assertEquals("date:tháng Giêng=\"--01\"", d("Lễ hội làng diễn ra mỗi tháng Giêng."));
    assertEquals("date:tháng ba=\"--03\"", d("Từ tháng ba, quân đội rút về phía nam."));
  }
}
