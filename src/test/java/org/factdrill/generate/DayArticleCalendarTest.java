package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day article's own calendar figures (the day's rank in the year, in a leap year, the days that
 * remain) are arithmetic on the page's date, not facts of history: none is asked. A figure of the
 * article's story is. Day articles made up over random days of the year (pack trivial-figures,
 * class "calendar").
 */
class DayArticleCalendarTest {
  @Test
  void theDaysRankAndTheDaysLeftAreNotAsked() {
    Random r = new Random(1606);
    for (int n = 0; n < 12; n++) {
      LocalDate d = LocalDate.of(2001, 1, 1).plusDays(59 + r.nextInt(300));
      int rank = d.getDayOfYear();
      int left = 365 - rank;
      String vi = "Ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " là ngày thứ "
          + rank + " trong mỗi năm thường (ngày thứ " + (rank + 1) + " trong mỗi năm nhuận). Còn "
          + left + " ngày nữa trong năm.\n\nNăm 1850, quân Quorvex chiếm 300 chiến thuyền ở"
          + " cửa biển Alvira.\n";
      check(Language.VI, vi, rank, left);
      String en = Fixtures.EN_MONTHS.get(d.getMonthValue() - 1) + " " + d.getDayOfMonth()
          + " is the " + rank + "th day of the year (" + (rank + 1) + "th in leap years) in the"
          + " Gregorian calendar; " + left + " days remain until the end of the year.\n\n"
          + "In 1850 the Quorvex fleet captured 300 ships off Alvira.\n";
      check(Language.EN, en, rank, left);
    }
  }

  private static void check(Language lang, String text, int rank, int left) {
    Result res = Fixtures.extracted(lang, text);
    for (Question q : res.bank().questions()) {
      String a = q.answer().text();
      assertFalse(a.startsWith(String.valueOf(rank)) || a.startsWith(String.valueOf(rank + 1))
          || a.startsWith(String.valueOf(left)), q.prompt());
    }
    assertTrue(res.bank().questions().stream().anyMatch(q -> q.answer().text().startsWith("300")),
        res.report().format(res.bank()));
  }
}
