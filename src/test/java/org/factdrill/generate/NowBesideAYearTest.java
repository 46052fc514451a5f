package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A "now" that nothing dates ("today", "at that time", "last year" in an undated text) does not
 * make a date the sentence writes with its year relative: "Today, long after the wall was
 * finished in 1742, …" asks 1742. A figure told of that now ("Today 500 families live there")
 * stays unasked, since its time is the unstated now; so does a date without a year.
 */
class NowBesideAYearTest {
  private static final Language EN = Language.fromCode("en").orElseThrow();
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final Language HE = Language.fromCode("he").orElseThrow();

  @Test
  void aYearWrittenBesideTodayIsAsked() {
    for (int year : List.of(1742, 1815, 1866, 1903, 1958)) {
      String text = "Harbour walls of Tessaly\n\nToday, long after the harbour wall of Tessaly was "
          + "finished in " + year + ", few visitors notice how its stones were cut by hand.\n";
      assertFalse(Fixtures.clozes(Fixtures.extracted(EN, text), String.valueOf(year)).isEmpty(),
          text);
    }
  }

  @Test
  void aYearWrittenBesideTodayIsAskedInVietnameseAndHebrew() {
    String vi = "Thành cổ Tessaly\n\nNgày nay, rất lâu sau khi tường thành Tessaly được xây xong vào "
        + "năm 1742, ít du khách để ý rằng từng viên đá được đẽo bằng tay.\n";
    assertFalse(Fixtures.asking(Fixtures.extracted(VI, vi), "năm 1742").isEmpty()
        && Fixtures.asking(Fixtures.extracted(VI, vi), "1742").isEmpty(), vi);
    String he = "חומות טסלי\n\nכיום, זמן רב אחרי שחומת הנמל של טסלי הושלמה בשנת 1742, מעטים מהמבקרים "
        + "שמים לב שאבניה נחצבו ביד.\n";
    assertTrue(Fixtures.extracted(HE, he).bank().questions().stream()
        .anyMatch(q -> q.answer().text().contains("1742")), he);
  }

  @Test
  void aFigureOfTheUndatedNowStaysUnasked() {
    String text = "Villages of Tessaly\n\nToday 500 families live in the villages of the Tessaly "
        + "valley, most of them by farming olives.\n";
    assertTrue(Fixtures.asking(Fixtures.extracted(EN, text), "500").isEmpty(), text);
  }
}
