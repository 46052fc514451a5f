package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * An event named after the month it happened in ("cách mạng tháng 8", "Khởi nghĩa tháng Ba"),
 * written in a later document, holds its month as part of its name: no date, so the document's
 * year is never given to it (vi17a, class 1 of the seventeenth review). A month with its year
 * after the same noun is a date; a bare month elsewhere is read as before. Made-up sentences.
 */
class MonthNamedEventsTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final String[] EVENTS = {"Cách mạng", "cách mạng", "Khởi nghĩa", "cuộc khởi nghĩa",
      "Phong trào", "Binh biến"};
  private static final String[] MONTH_WORDS = {"Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy",
      "Tám", "Chín", "Mười", "Mười Một", "Chạp"};

  private static List<Fact> dates(String text) {
    return Facts.of(VI, text).stream().filter(f -> f.kind() == FactKind.DATE).toList();
  }

  @Test
  void aMonthAfterAnEventNounIsPartOfItsName() {
    Random r = new Random(1715);
    for (int n = 0; n < 80; n++) {
      int m = 1 + r.nextInt(12);
      String month = r.nextBoolean() ? "tháng " + m : "tháng " + MONTH_WORDS[m - 1];
      String text = "Ngày 2 tháng 9 năm 2015\n\nBảy mươi năm sau " + EVENTS[r.nextInt(EVENTS.length)]
          + " " + month + ", thành Alvira đã đổi khác nhiều.";
      List<Fact> d = dates(text);
      assertEquals(1, d.size(), text + " -> " + Facts.describe(VI, text));
      assertEquals("\"2015-09-02\"", d.get(0).value().json(), text);
    }
  }

  @Test
  void aMonthWithItsYearAfterTheNounAndABareMonthElsewhereStayDates() {
    String dated = "Cuộc khởi nghĩa tháng 3 năm 1885 lan khắp thành Alvira.";
    assertTrue(dates(dated).stream().anyMatch(f -> f.value().json().equals("\"1885-03\"")),
        Facts.describe(VI, dated));
    String bare = "Năm 1885, quân Quorvex rút khỏi Alvira; tháng 5, họ trở lại.";
    assertTrue(dates(bare).stream().anyMatch(f -> f.text().equals("tháng 5")), Facts.describe(VI, bare));
  }

  @Test
  void aMonthAfterACampaignOrACoupIsPartOfItsName() {
    String[] events = {"chiến dịch", "Chiến dịch", "cuộc Tổng tiến công", "tổng tấn công",
        "cuộc nổi dậy", "cuộc đảo chính", "cuộc bạo động"};
    Random r = new Random(1818);
    for (int n = 0; n < 80; n++) {
      int m = 1 + r.nextInt(12);
      String month = r.nextBoolean() ? "tháng " + m : "tháng " + MONTH_WORDS[m - 1];
      String text = "Ngày 4 tháng 6 năm 2011\n\nNhững người tham gia " + events[r.nextInt(events.length)]
          + " " + month + " được thả khỏi nhà tù Quorvex.";
      List<Fact> d = dates(text);
      assertEquals(1, d.size(), text + " -> " + Facts.describe(VI, text));
    }
    // The verb without its classifier "cuộc" tells when people rose: a month of a year.
    String verb = "Năm 1885, quân Quorvex chiếm Alvira; nông dân nổi dậy tháng 5 và đuổi họ đi.";
    assertTrue(dates(verb).stream().anyMatch(f -> f.text().equals("tháng 5")), Facts.describe(VI, verb));
  }
}
