package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day and month that nothing gives a year to is not asked, and neither is another fact of its
 * sentence: its prompt would show the day-month without a year (the twentieth review's yearless
 * day-month left in the prompt of another fact). Where the text gives the year, the other fact is
 * asked with it. Texts made up.
 */
class OtherDateWithoutYearTest {
  private static final List<String> EN = List.of(
      "According to figures published on 12 March, more than 4,300 sailors served in the fleet.",
      "On 12 March, the harbour council counted 4,300 sailors in the fleet.",
      "The fleet, which sailed on March 12, had 4,300 sailors aboard.",
      "By 12 March the fleet had 4,300 sailors; the council met again on 2 April.");
  private static final List<String> VI = List.of(
      "Theo số liệu công bố hôm 12 tháng Tư, có hơn 4.300 thủy thủ phục vụ trong hạm đội.",
      "Ngày 12 tháng 4, hội đồng cảng đếm được 4.300 thủy thủ trong hạm đội.",
      "Hạm đội ra khơi ngày 12/4 với 4.300 thủy thủ.");
  private static final List<String> HE = List.of(
      "לפי נתונים שפורסמו ב-12 במרץ, שירתו בצי יותר מ-4,300 מלחים.",
      "ב-12 במרץ ספרה מועצת הנמל 4,300 מלחים בצי.");

  @Test
  void aFigureBesideADayMonthWithNoYearIsNotAskedWithIt() {
    check(Language.EN, "Quorvex Harbour\n\n", EN, "4,300");
    check(Language.VI, "Cảng Quorvex\n\n", VI, "4.300");
    check(Language.HE, "נמל קוורבקס\n\n", HE, "4,300");
  }

  @Test
  void aFigureBesideADayMonthWhoseYearTheTextGivesIsAsked() {
    Result r = Fixtures.extracted(Language.EN, "Quorvex Harbour\n\nThe fleet was founded in 1911. "
        + "On 12 March 1911, the harbour council counted 4,300 sailors in the fleet.\n");
    assertFalse(Fixtures.asking(r, "4,300").isEmpty(), r.report().format(r.bank()));
    Result v = Fixtures.extracted(Language.VI, "Cảng Quorvex\n\nHạm đội được lập năm 1911. Ngày 12 "
        + "tháng 4 năm 1911, hội đồng cảng đếm được 4.300 thủy thủ trong hạm đội.\n");
    assertFalse(Fixtures.asking(v, "4.300").isEmpty(), v.report().format(v.bank()));
  }

  private static void check(Language lang, String title, List<String> sentences, String figure) {
    for (String s : sentences) {
      Result r = Fixtures.extracted(lang, title + s + "\n");
      for (Question q : r.bank().questions()) {
        String shown = q.prompt().replace("_____", q.answer().text() == null ? ""
            : q.answer().text());
        assertNull(AuditDayMonth.find(lang, shown), s + "\n" + r.report().format(r.bank()));
      }
      assertTrue(r.bank().questions().stream().noneMatch(q -> q.prompt().contains(figure)
          && AuditDayMonth.find(lang, q.prompt()) != null), s);
    }
  }
}
