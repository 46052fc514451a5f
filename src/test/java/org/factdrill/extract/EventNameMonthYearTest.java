package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A month written as part of an event's name (capitalised month word, or an event noun written
 * with its capital where no sentence starts) leaves only the year phrase after it as the date; a
 * lowercase event noun before a month in digits is a common noun with an ordinary date (vi18b's
 * decision, MonthNamedEventsTest). Made-up sentences.
 */
class EventNameMonthYearTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();

  private static String dates(String text) {
    List<Fact> d = Facts.of(VI, text).stream().filter(f -> f.kind() == FactKind.DATE).toList();
    return String.join(" | ", d.stream().map(f -> f.text() + "=" + f.value().json()).toList());
  }

  @Test
  void aMonthWrittenAsTheEventsNameLeavesOnlyTheYearAsTheDate() {
    assertEquals("năm 1921=\"1921\"", dates("Sau cuộc Cách mạng tháng Năm năm 1921, vương triều sụp đổ."));
    assertEquals("năm 1908=\"1908\"", dates("Cuộc khởi nghĩa tháng Chín năm 1908 bị dập tắt."));
    assertEquals("năm 1936=\"1936\"",
        dates("Nhân dân Alvira kỷ niệm Cách mạng tháng 4 năm 1936 tại quảng trường lớn."));
    assertEquals("năm 1899=\"1899\"",
        dates("Những người dự Phong trào Tháng Hai năm 1899 đều được thả khỏi nhà tù Quorvex."));
    assertEquals("năm 1740=\"1740\"", dates("Sau Binh biến tháng Chạp năm 1740, quân Quorvex rút về."));
    assertEquals("năm 1862=\"1862\"", dates("Ba thủ lĩnh của cuộc tổng khởi nghĩa tháng Mười Một năm 1862 "
        + "bị bắt (theo sử cũ)."));
  }

  @Test
  void aListRowOrATitleWithTheNamedMonthDatesOnlyTheYear() {
    assertEquals("năm 1877=\"1877\"", dates("Các sự kiện lớn:\n- Khởi nghĩa tháng Tám năm 1877 ở Alvira\n"
        + "- Hòa ước Quorvex được ký"));
    assertEquals("NĂM 1950=\"1950\"", dates("KỶ NIỆM CÁCH MẠNG THÁNG MƯỜI NĂM 1950\n\nLễ diễn ra ở Alvira."));
  }

  @Test
  void aCommemoratedEventIsNamedHoweverItIsCased() {
    assertEquals("năm 1936=\"1936\"", dates("Thành phố Alvira kỷ niệm 80 năm cách mạng tháng 4 năm 1936 rất long trọng."));
    assertEquals("năm 1885=\"1885\"", dates("Dân làng tưởng niệm cuộc khởi nghĩa tháng 3 năm 1885 mỗi mùa xuân."));
    assertEquals("năm 1902=\"1902\"", dates("Lễ chào mừng phong trào tháng 6 năm 1902 được tổ chức ở Quorvex."));
    // A verb of commemorating in another clause says nothing of this one.
    assertEquals("tháng 6 năm 1902=\"1902-06\"",
        dates("Họ kỷ niệm ngày thành lập, và cuộc bạo động tháng 6 năm 1902 bị quên."));
  }

  @Test
  void aLowercaseEventNounBeforeAMonthInDigitsIsDatedByMonthAndYear() {
    assertEquals("tháng 3 năm 1885=\"1885-03\"", dates("Cuộc khởi nghĩa tháng 3 năm 1885 lan khắp thành Alvira."));
    assertEquals("tháng 4 năm 1936=\"1936-04\"", dates("Phong trào tháng 4 năm 1936 lan ra các tỉnh."));
    assertEquals("tháng 6 năm 1902=\"1902-06\"",
        dates("Quân Quorvex dập tắt cuộc bạo động tháng 6 năm 1902 chỉ trong vài tuần."));
    assertEquals("tháng Chín năm 1908=\"1908-09\"", dates("Ông về nước vào tháng Chín năm 1908."));
    assertEquals("tháng 5 năm 1885=\"1885-05\"", dates("Nông dân nổi dậy tháng 5 năm 1885 và đuổi quân Quorvex đi."));
  }
}
