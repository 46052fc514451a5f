package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

class VietnameseRecognizersTest {
  private static String d(String text) {
    return Facts.describe(Language.VI, text);
  }

  @Test
  void fullDatesWithNgayThangNam() {
    assertEquals("date:ngày 26 tháng 12 năm 1991=\"1991-12-26\"", d("từ chức ngày 26 tháng 12 năm 1991."));
    assertEquals("date:ngày mồng 3 tháng 3 năm 2017=\"2017-03-03\"", d("ngày mồng 3 tháng 3 năm 2017"));
  }

  @Test
  void monthYearEvenWithoutTheSpaceBeforeTheYear() {
    assertEquals("date:tháng 11 năm1993=\"1993-11\"", d("cho biết tháng 11 năm1993, rằng"));
    assertEquals("date:tháng 7-1974=\"1974-07\"", d("tháng 7-1974 quân đội"));
    assertEquals("date:tháng Giêng năm 1968=\"1968-01\"", d("tháng Giêng năm 1968"));
  }

  @Test
  void yearsSeasonsDecadesAndEras() {
    assertEquals("date:năm 1991=\"1991\"", d("năm 1991"));
    assertEquals("date:mùa hè 1992=\"1992\"", d("trong chiến dịch mùa hè 1992."));
    assertEquals("date:những năm 1990=\"199\"", d("trong những năm 1990"));
    assertEquals("date:năm 111 TCN=\"-0111\"", d("năm 111 TCN"));
  }

  @Test
  void numericDatesAreDayFirst() {
    assertEquals("date:30/4/1975=\"1975-04-30\"", d("kết thúc 30/4/1975"));
    assertEquals("date:1-7-1973=\"1973-07-01\"", d("từ 1-7-1973"));
  }

  @Test
  void namAfterANumberIsYearsNotADate() {
    assertEquals("number:3=3", d("từ 3 năm trước"));
  }

  @Test
  void dotGroupsThousandsAndCommaIsTheDecimalMark() {
    assertEquals("number:4.649.000=4649000", d("có 4.649.000 người"));
    assertEquals("money:2,1 tỷ đồng={\"amount\":2100000000,\"currency\":\"VND\"}", d("2,1 tỷ đồng"));
    assertEquals("percent:5,5%=5.5", d("đạt 5,5%"));
  }

  @Test
  void numbersInWords() {
    assertEquals("number:mười ngàn=10000", d("có đến mười ngàn toa"));
    assertEquals("number:hai mươi ba nghìn=23000", d("hai mươi ba nghìn người"));
    assertEquals("number:23 ngàn=23000", d("gồm 23 ngàn người"));
    assertEquals("number:ba mươi lăm vạn=350000", d("ba mươi lăm vạn người"));
    assertEquals("number:một trăm linh năm=105", d("một trăm linh năm xe tăng"));
  }

  @Test
  void dayMonthWithoutYearAfterNgay() {
    assertEquals("date:ngày 30-4=\"--04-30\"", d("kỷ niệm ngày 30-4"));
  }

  @Test
  void vagueQuantitiesAreNotFacts() {
    assertEquals("", d("hàng chục nghìn người và vài trăm xe"));
  }

  @Test
  void countryNamesAndBothAreNotNumbers() {
    assertEquals("", d("Ba Lan và Ba Tư; cả hai phe đều thua."));
  }

  @Test
  void moneyAndPercentWords() {
    assertEquals("money:100 triệu USD={\"amount\":100000000,\"currency\":\"USD\"}", d("100 triệu USD"));
    assertEquals("money:1,6 tỷ đô la={\"amount\":1600000000,\"currency\":\"USD\"}", d("1,6 tỷ đô la"));
    assertEquals("percent:40 phần trăm=40", d("tăng 40 phần trăm"));
    assertEquals("", d("một đồng minh đáng tin cậy"));
  }
}
