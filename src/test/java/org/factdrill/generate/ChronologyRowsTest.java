package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (rows of a list asked as prose): in a chronology set one entry a line, the entries
 * that are whole clauses are asked and those that are only names, places or a noun phrase are
 * not (report: layout, list), in every language, whether they end with a full stop or not.
 * Invented towns and events.
 */
class ChronologyRowsTest {
  private static void check(Language lang, String intro, List<String> clauses,
      List<String> rows) {
    StringBuilder text = new StringBuilder(intro).append("\n\n");
    for (int k = 0; k < Math.max(clauses.size(), rows.size()); k++) {
      if (k < clauses.size()) {
        text.append(clauses.get(k)).append('\n');
      }
      if (k < rows.size()) {
        text.append(rows.get(k)).append('\n');
      }
    }
    Result r = Fixtures.extracted(lang, text.toString());
    for (String c : clauses) {
      String year = c.substring(0, 4);
      assertFalse(Fixtures.clozes(r, year).isEmpty(), c + "\n" + text);
    }
    for (String row : rows) {
      String year = row.substring(0, 4);
      assertTrue(Fixtures.asking(r, year).isEmpty(), row + "\n" + text);
      assertTrue(r.report().skipped().stream().anyMatch(s -> s.text().equals(year)
          && s.reason() == SkipReason.LAYOUT && "list".equals(s.detail())), row);
    }
  }

  @Test
  void wholeClausesOfAChronologyAreAskedAndItsNameRowsAreNot() {
    check(Language.EN, "Zelbin grew from a fishing village into a busy port over four centuries.",
        List.of("1492 – Merchants from the south reach the harbour of Zelbin.",
            "1602 – The town of Zelbin receives a royal charter.",
            "1790 – The first bridge across the Orvel opens at Zelbin."),
        List.of("1688 – Plague.", "1744 – Siege of Zelbin by the armies of Marnov and Kovla in the long winter.", "1851 – Marnov, Kovla, Tarnov."));
    check(Language.HE, "העיר זלבין נוסדה על גדת הנהר, ותולדותיה רשומות בספרי הקהילה.",
        List.of("1820 – נבנה בית הכנסת הגדול של זלבין בלב השוק הישן.",
            "1861 – נפתח בית הספר הראשון בזלבין.",
            "1874 – הוקמה תחנת הרכבת בדרום זלבין."),
        List.of("1835 – שרפה גדולה בשוק הצורפים של זלבין ובבתי המלאכה שלידו.", "1908 – מרנוב, קובלה, טרנוב, אורוול, ברנדל",
            "1912 – ייסוד בית החולים של זלבין"));
    check(Language.VI, "Thị trấn Bến Vân nằm bên bờ sông, là nơi buôn bán sầm uất của cả vùng.",
        List.of("1802 – Bến Vân được nâng thành huyện lỵ.",
            "1858 – Quân Pháp tấn công cửa biển Bến Vân.",
            "1907 – Trường học đầu tiên được mở ở chợ Bến Vân."),
        List.of("1885 – Khởi nghĩa Vân Hà.", "1836 – Phú Lộc, Phú Mỹ, Tân An",
            "1945 – Cuộc cách mạng ở Bến Vân và các làng Phú Lộc, Phú Mỹ, Tân An."));
  }
}
