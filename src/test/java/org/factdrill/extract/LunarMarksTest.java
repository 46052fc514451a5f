package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A lunar marker written after a day ("âm lịch" right after it, in brackets, after a comma or after
 * "theo") makes the day lunar: with its year (before the marker or right after it) it is converted
 * to its Gregorian day, without one it takes no year of its paragraph. Made-up sentences.
 */
class LunarMarksTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();

  private static String dates(String text) {
    List<Fact> d = Facts.of(VI, text).stream().filter(f -> f.kind() == FactKind.DATE).toList();
    return String.join(" | ", d.stream().map(f -> f.text() + "=" + f.value().json()).toList());
  }

  @Test
  void aLunarDayWithItsYearIsConvertedToItsGregorianDay() {
    assertEquals("ngày 15 tháng 7 năm 1820 âm lịch=\"1820-08-23\"",
        dates("Lễ hội làng Alvira mở vào ngày 15 tháng 7 năm 1820 âm lịch và kéo dài ba ngày."));
    assertEquals("ngày 10-3-1821 (âm lịch)=\"1821-04-11\"",
        dates("Vua Vorn lên ngôi ngày 10-3-1821 (âm lịch) tại đình Quorvex."));
    assertEquals("Ngày 2-5 âm lịch năm 1825=\"1825-06-17\"",
        dates("Ngày 2-5 âm lịch năm 1825, quân Quorvex rút khỏi thành Alvira."));
  }

  @Test
  void aLunarDayMarkedInBracketsOrAfterItsLeadTakesNoYearOfItsParagraph() {
    assertEquals("Năm 1822=\"1822\" | ngày 10 tháng 3=\"--03-10\"",
        dates("Năm 1822, lễ hội mở vào ngày 10 tháng 3 (âm lịch)."));
    assertEquals("Năm 1824=\"1824\" | ngày 9 tháng 9=\"--09-09\"",
        dates("Năm 1824, vào ngày 9 tháng 9 theo âm lịch, quân Alvira vào thành."));
  }

  @Test
  void anUnmarkedDayStaysGregorian() {
    assertEquals("Năm 1822=\"1822\" | ngày 10 tháng 3=\"1822-03-10\"",
        dates("Năm 1822, lễ hội mở vào ngày 10 tháng 3."));
    assertEquals("ngày 3 tháng 8 năm 1826=\"1826-08-03\" | ngày 1 tháng 7=\"--07-01\"",
        dates("Tướng Lam mất ngày 3 tháng 8 năm 1826 (tức ngày 1 tháng 7 âm lịch)."));
  }
}
