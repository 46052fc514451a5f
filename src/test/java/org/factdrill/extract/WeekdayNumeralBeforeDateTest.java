package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A Vietnamese weekday is "thứ" + a numeral in words ("Thứ Bảy", "thứ Tư"): the numeral is the
 * designator's own number, so the digits of a date after it ("Thứ Bảy 13/11/2004") are no label
 * of a name between "thứ" and a number; the date is read. A unit's name between its noun and its
 * number ("Trung đoàn Bộ binh 366") stays a label. Sentences made up.
 */
class WeekdayNumeralBeforeDateTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();

  @Test
  void aWeekdayInWordsLeavesTheDateAfterIt() {
    for (String[] c : List.of(
        new String[] {"Thứ Bảy 13/11/2004, hội chợ sách Orim mở cửa.", "2004-11-13"},
        new String[] {"Thứ Hai 15/11/2004 hội chợ sách Orim đóng cửa.", "2004-11-15"},
        new String[] {"Hội chợ mở cửa vào thứ Tư 10-11-2004 ở thị trấn Orim.", "2004-11-10"},
        new String[] {"Ngày thứ Sáu 12.11.2004, tàu Velmora cập cảng Alvira.", "2004-11-12"},
        new String[] {"Tàu Velmora cập cảng Alvira sáng thứ Năm 11/11/1999.", "1999-11-11"},
        new String[] {"Thứ Ba 9/11, tàu Velmora rời cảng Alvira năm 1999.", "--11-09"})) {
      List<Fact> f = Facts.of(VI, c[0]);
      assertTrue(f.stream().anyMatch(x -> x.kind() == FactKind.DATE
          && x.value().json().replace("\"", "").equals(c[1])), c[0] + " " + Facts.describe(VI, c[0]));
    }
  }

  @Test
  void aUnitsNameBetweenItsNounAndNumberStaysALabel() {
    for (String s : List.of(
        "Trung đoàn Bộ binh 366 đã vượt sông Alvira.",
        "Sư đoàn Thiết giáp 12 đã tiến vào thị trấn Orim.",
        "Quân đoàn 4 đã tiến vào thị trấn Orim.")) {
      assertEquals(0, Facts.of(VI, s).size(), s + " " + Facts.describe(VI, s));
    }
  }
}
