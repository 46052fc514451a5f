package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 60's date of the twenty-second review: after the day particle ("mồng") the day of the
 * first ten is written as a numeral word, in any case ("ngày mồng Một tháng Giêng năm 1950",
 * "ngày mồng ba tháng 4 năm 1952"); it is the day of the date. Without the particle a numeral
 * word after "ngày" is a count of days, no date's day. Texts made up.
 */
class SpelledDayAfterParticleTest {
  private static List<Fact> facts(String text) {
    return SharedExtractor.get().extract(new Document("t.txt", text, Language.VI));
  }

  private static boolean hasDate(List<Fact> fs, String iso) {
    return fs.stream().anyMatch(f -> f.value() instanceof Value.Date d && d.iso().equals(iso));
  }

  @Test
  void aSpelledDayAfterTheParticleIsTheDay() {
    String[][] cases = {
        {"Ngày mồng Một tháng Giêng năm 1950, Hội đồng tỉnh Hòa Lâm họp phiên đầu tiên.", "1950-01-01"},
        {"Hội đồng tỉnh Hòa Lâm họp phiên đầu tiên vào ngày mồng ba tháng 4 năm 1952.", "1952-04-03"},
        {"- ngày mùng mười tháng Tám năm 1948: đoàn cán bộ lên đường đi Bắc Lâm.", "1948-08-10"},
        {"Sáng ngày mồng Năm tháng Chạp năm 1931, ông rời làng ra tỉnh.", "1931-12-05"},
        {"Sáng mồng Năm tháng Chạp năm 1931, ông rời làng ra tỉnh.", "1931-12-05"},
        {"Mùng hai tháng 9 năm 1946, cả làng Đông Lâm mở hội mừng.", "1946-09-02"}};
    for (String[] c : cases) {
      List<Fact> fs = facts(c[0] + "\n");
      assertTrue(hasDate(fs, c[1]), fs + "\n" + c[0]);
    }
  }

  @Test
  void aNumeralWordAfterTheDayWordAloneIsNoDay() {
    List<Fact> fs = facts("Đoàn đi bộ ba ngày hai đêm, đến tháng 4 năm 1952 mới tới Bắc Lâm.\n");
    assertFalse(fs.stream().anyMatch(f -> f.value() instanceof Value.Date d
        && d.iso().startsWith("1952-04-")), fs.toString());
  }
}
