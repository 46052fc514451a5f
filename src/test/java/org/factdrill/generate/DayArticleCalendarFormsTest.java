package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * However a Vietnamese day article words its own calendar (the day's rank in the year or in the
 * Gregorian calendar, the rank in a leap year, the days that remain until the year ends, each
 * with or without "nữa", in brackets or in a sentence of its own), the counts are arithmetic on
 * the page's date and are not asked; the story's figures in the same article are. Random days
 * of the year, every wording (pack trivial-figures, class "calendar", where "after" and "around").
 */
class DayArticleCalendarFormsTest {
  /** One way of writing the calendar sentence, from the rank and the days left. */
  private static final List<Function<int[], String>> FORMS = List.of(
      c -> "là ngày thứ " + c[0] + " (" + (c[0] + 1) + " trong năm nhuận) trong lịch Gregory. Còn "
          + c[1] + " ngày trong năm.",
      c -> "là ngày thứ " + c[0] + " trong lịch Gregory. Còn " + c[1] + " ngày trong năm ("
          + (c[1] + 1) + " ngày trong năm nhuận).",
      c -> "là ngày thứ " + c[0] + " trong lịch Gregory. Còn " + c[1] + " ngày ("
          + (c[1] + 1) + " ngày vào năm nhuận).",
      c -> "là ngày thứ " + c[0] + " của năm theo lịch Gregory, còn lại " + c[1] + " ngày.",
      c -> "là ngày thứ " + c[0] + " trong năm. Còn " + c[1] + " ngày nữa là kết thúc năm.",
      c -> "là ngày thứ " + c[0] + " trong năm. Còn " + c[1] + " ngày cho đến hết năm.",
      c -> "là ngày " + c[0] + " trong năm (" + (c[0] + 1) + " trong năm nhuận). Năm còn "
          + c[1] + " ngày.");

  @Test
  void everyWordingOfTheDaysRankAndTheDaysLeftIsNotAsked() {
    Random r = new Random(1707);
    for (int n = 0; n < 21; n++) {
      LocalDate d = LocalDate.of(2003, 1, 1).plusDays(r.nextInt(360));
      int rank = d.getDayOfYear();
      int left = 365 - rank;
      String text = "Ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " "
          + FORMS.get(n % FORMS.size()).apply(new int[] {rank, left})
          + "\n\nSự kiện\n\n- 1850 – Quân Quorvex chiếm 4500 chiến thuyền ở cửa biển Alvira.\n"
          + "- 1862 – Hạm đội Velmora mất 9200 tay chèo trong trận Tarsin.\n";
      Result res = Fixtures.extracted(Language.VI, text);
      for (Question q : res.bank().questions()) {
        String a = q.answer().text();
        for (int v : new int[] {rank, rank + 1, left, left + 1}) {
          assertFalse(a.equals(String.valueOf(v)), text + "\n" + q.prompt());
        }
      }
      // (the story's figures are above any day count, so no answer is one by chance)
      assertTrue(res.bank().questions().stream().anyMatch(q -> q.answer().text().startsWith("4500")),
          res.report().format(res.bank()));
    }
  }

  @Test
  void aStorysCountOfDaysBesideTheWordForRemainingIsStillAsked() {
    // Control: "còn lại" before a count of soldiers is no calendar, a count of days in a siege
    // with no word of the year's end neither.
    String text = "Năm 1874, sau trận Quorvex, quân Velmora còn lại 300 người ở thành Alvira."
        + "\n\nNăm 1875, quân Tarsin vây thành Alvira suốt 40 ngày rồi rút về phía bắc.\n";
    Result res = Fixtures.extracted(Language.VI, text);
    assertTrue(res.bank().questions().stream().anyMatch(q -> q.answer().text().startsWith("300")),
        res.report().format(res.bank()));
    assertTrue(res.bank().questions().stream().anyMatch(q -> q.answer().text().startsWith("40")),
        res.report().format(res.bank()));
  }
}
