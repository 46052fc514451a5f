package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day and month written without a year takes the year stated before it in its paragraph, but
 * not the last year of a period over several years ("from 1930 to 1935 … On 5 March …": any of
 * its years): then it stays yearless. A period inside one year still gives its year. Sentences
 * are made up; the years are drawn over two centuries.
 */
class PeriodYearCarryTest {
  private static final Language EN = Language.fromCode("en").orElseThrow();
  private static final Language VI = Language.fromCode("vi").orElseThrow();

  @Test
  void aDayAfterAPeriodOfSeveralYearsStaysYearless() {
    for (int y = 1800; y < 2000; y += 17) {
      int to = y + 1 + (y % 5);
      String en = "From " + y + " to " + to + " the Tessaly league met in the hall of Alvira. "
          + "On 5 March the league elected a new council of twelve members.";
      assertEquals("--03-05", Facts.valueOf(Facts.of(EN, en), "5 March"), en);
      String vi = "Từ năm " + y + " đến năm " + to + ", hội đồng Tessaly họp tại Alvira. "
          + "Ngày 5 tháng 3, hội đồng bầu ra ban chấp hành mới.";
      assertEquals("--03-05", Facts.valueOf(Facts.of(VI, vi), "Ngày 5 tháng 3"), vi);
    }
  }

  @Test
  void aDayAfterAPeriodInsideOneYearTakesItsYear() {
    for (int y = 1800; y < 2000; y += 17) {
      String en = "From 3 January to 14 February " + y + " the Tessaly league met in Alvira. "
          + "On 5 March the league elected a new council of twelve members.";
      assertEquals(y + "-03-05", Facts.valueOf(Facts.of(EN, en), "5 March"), en);
      String one = "In " + y + " the Tessaly league met in Alvira. On 5 March the league "
          + "elected a new council.";
      assertEquals(y + "-03-05", Facts.valueOf(Facts.of(EN, one), "5 March"), one);
    }
  }
}
