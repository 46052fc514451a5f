package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.factdrill.lang.LanguagePacks;
import org.junit.jupiter.api.Test;

/** Intervals on the grade line in each interface language: CLDR's units, never Latin letters elsewhere. */
class IntervalsTest {
  private static final List<Duration> SPANS = List.of(Duration.ofSeconds(20),
      Duration.ofMinutes(10), Duration.ofHours(3), Duration.ofDays(8), Duration.ofDays(61),
      Duration.ofDays(548), Duration.ofDays(4000));

  @Test
  void englishKeepsItsCompactForms() {
    Intervals en = Intervals.of("en");
    assertEquals(List.of("<1m", "10m", "3h", "8d", "2mo", "1.5y", "11y"),
        SPANS.stream().map(en::format).toList());
    assertEquals("10m", Intervals.compact(Duration.ofMinutes(10)));
  }

  @Test
  void hebrewVietnameseAndRussianUseTheirOwnUnits() {
    assertEquals(List.of("<1 דק׳", "10 דק׳", "3 שע׳", "8 ימ׳", "2 ח׳", "1.5 שנים", "11 שנים"),
        SPANS.stream().map(Intervals.of("he")::format).toList());
    assertEquals(List.of("<1 phút", "10 phút", "3 giờ", "8 ngày", "2 tháng", "1,5 năm", "11 năm"),
        SPANS.stream().map(Intervals.of("vi")::format).toList());
    // Russian plural forms and decimal comma come from CLDR
    assertEquals(List.of("<1 мин", "10 мин", "3 ч", "8 дн.", "2 мес.", "1,5 г.", "11 л."),
        SPANS.stream().map(Intervals.of("ru")::format).toList());
  }

  @Test
  void everyNonEnglishPackSaysIntervalsWithoutLatinLetters() {
    for (String code : LanguagePacks.codes()) {
      if (code.equals("en") || LanguagePacks.of(code).script().equals("Latin")) {
        continue;
      }
      for (Duration d : SPANS) {
        String s = Intervals.of(code).format(d);
        assertFalse(s.matches(".*\\p{IsLatin}.*"), code + ": " + s);
        assertTrue(s.matches(".*\\d.*"), code + ": " + s);
      }
    }
  }
}
