package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A time counted in days, weeks or months from the page's date ("tuần tới", "tháng trước", "next
 * week", "last month") is not made absolute by the year in brackets ("vào tuần tới (2021)": which
 * week?): without the page's date shown, the fact is not asked. A year counted from it ("năm
 * ngoái (2020)") is. Names and figures are invented.
 */
class WeekCountedFromPageDateTest {

  private static boolean asked(Language lang, String text, String phrase) {
    return Fixtures.extracted(lang, text).bank().questions().stream()
        .anyMatch(q -> q.prompt().contains(phrase));
  }

  @Test
  void aWeekOrMonthCountedFromThePageDateIsNotAsked() {
    String[][] cases = {
        {"Hội đồng tỉnh Varn với 40 thành viên sẽ họp phiên cuối cùng vào tuần tới tại thị xã Oskel.", "tuần tới"},
        {"Tháng trước, 300 người dân đã biểu tình trước tòa thị chính tỉnh Varn.", "Tháng trước"},
        {"Tuần trước, ông Lâm Văn Tài bổ nhiệm 12 ủy viên mới cho hội đồng tỉnh Varn.", "Tuần trước"},
    };
    for (String[] c : cases) {
      String text = "Hội đồng tỉnh Varn họp phiên cuối\n\nThứ Bảy, 13/11/2021\n\n" + c[0] + "\n";
      assertFalse(asked(Language.VI, text, c[1]), text);
    }
    String en = "Varn council meets\n\nSaturday, 13 November 2021\n\n"
        + "The Varn council of 40 members will hold its last session next week in Oskel.\n";
    assertFalse(asked(Language.EN, en, "next week"), en);
  }

  @Test
  void aYearCountedFromThePageDateIsStillAsked() {
    String text = "Hội đồng tỉnh Varn họp phiên cuối\n\nThứ Bảy, 13/11/2021\n\n"
        + "Năm ngoái, 300 người dân đã biểu tình trước tòa thị chính tỉnh Varn.\n";
    assertTrue(asked(Language.VI, text, "Năm ngoái (2020)"), text);
  }

  @Test
  void anAskedYearBesideAnAsideOfLastWeekIsStillAsked() {
    String en = "Varn council meets\n\nSaturday, 13 November 2021\n\n"
        + "Historian Tam Lorr told the Oskel Herald last week that the council was founded in 1887.\n";
    assertTrue(Fixtures.extracted(Language.EN, en).bank().questions().stream()
        .anyMatch(q -> q.prompt().contains("founded in _____")), en);
  }
}
