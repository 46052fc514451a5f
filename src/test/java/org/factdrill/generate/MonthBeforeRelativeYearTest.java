package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Vietnamese "tháng 10 năm sau" is October of the next year: the month word before the figure
 * claims it, no count of ten years after. Sentences made up.
 */
class MonthBeforeRelativeYearTest {

  @Test
  void aMonthWordBeforeTheFigureClaimsIt() {
    for (String[] c : List.of(
        new String[] {"tháng 10 năm sau", "tháng 10", "1863-10"},
        new String[] {"tháng 4 năm sau đó", "tháng 4", "1863-04"},
        new String[] {"Tháng 7 năm sau", "Tháng 7", "1863-07"},
        new String[] {"tháng 3 năm trước đó", "tháng 3", "1861-03"})) {
      String s = c[0].startsWith("T") ? c[0] + ", quân Velmora rút khỏi thành." :
          "Quân Velmora chỉ rút khỏi thành vào " + c[0] + ".";
      Result r = Fixtures.extracted(Language.VI,
          "Cuộc vây thành Alvira\n\nNăm 1862, quân Quorvex vây thành Alvira.\n" + s + "\n");
      List<Question> qs = Fixtures.asking(r, c[1]);
      assertFalse(qs.isEmpty(), s + ": " + r.report().format(r.bank()));
      for (Question q : qs) {
        assertTrue(q.answer().value().toString().contains("iso=" + c[2] + "]"), s + " " + q.answer().value());
      }
    }
  }
}
