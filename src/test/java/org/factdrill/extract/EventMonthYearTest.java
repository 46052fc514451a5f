package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** After an event noun named by a month, the month stays in the name; only the year is the date. */
class EventMonthYearTest {
  private static String d(String text) {
    return Facts.describe(Language.VI, text);
  }

  @Test
  void aMonthInsideAnEventsNameLeavesOnlyTheYearAsTheDate() {
    assertEquals("date:năm 1921=\"1921\"", d("Sau cuộc Cách mạng tháng Năm năm 1921, vương triều sụp đổ."));
    assertEquals("date:năm 1908=\"1908\"", d("Cuộc khởi nghĩa tháng Chín năm 1908 bị dập tắt."));
    assertEquals("date:năm 1936=\"1936\"", d("Phong trào tháng 4 năm 1936 lan ra các tỉnh."));
  }

  @Test
  void aMonthWithoutAnEventNounIsStillADate() {
    assertEquals("date:tháng Chín năm 1908=\"1908-09\"", d("Ông về nước vào tháng Chín năm 1908."));
  }
}
