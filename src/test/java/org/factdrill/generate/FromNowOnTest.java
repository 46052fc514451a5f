package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A decree's "from now on" ("từ nay", "kể từ nay về sau") is a relative time: the time the
 * decree spoke (stated before it in its own sentence, else the one year of the sentence before,
 * else the document's date) is on screen or shown beside it; when nothing states it, a figure of
 * that clause is not asked (the prompt would point outside itself). Texts made up.
 */
class FromNowOnTest {
  private static final List<String> LEADS = List.of("Từ nay", "Kể từ nay", "Từ nay về sau",
      "Từ nay trở đi");

  @Test
  void aFigureUnderFromNowOnThatNothingDatesIsNotAsked() {
    Random rnd = new Random(1604);
    for (String lead : LEADS) {
      // A dated page whose sentence before names no year: the dateline dates the decree.
      int year = 1800 + rnd.nextInt(200);
      String undated = "Nhà vua ban chiếu cho các làng ven biển. " + lead + ", mỗi làng phải nộp"
          + " 30 lạng bạc cho quan trấn thủ Quorvex.\n";
      Result r = Fixtures.extracted(Language.VI, undated);
      assertTrue(Fixtures.asking(r, "30").isEmpty(), r.report().format(r.bank()));
      String dated = "Chiếu về thuế các làng ven biển\n\nNgày 12 tháng 3 năm " + year + "\n\n"
          + "Nhà vua ban chiếu cho các làng ven biển. " + lead + ", mỗi làng phải nộp 30 lạng"
          + " bạc cho quan trấn thủ Quorvex.\n";
      r = Fixtures.extracted(Language.VI, dated);
      List<Question> q = Fixtures.asking(r, "30");
      assertFalse(q.isEmpty(), r.report().format(r.bank()));
      for (Question x : q) {
        assertTrue(x.prompt().contains(lead + " (" + year + ")"), x.prompt());
      }
    }
  }

  @Test
  void theTimeTheDecreeSpokeIsShownBesideIt() {
    Random rnd = new Random(1603);
    for (int n = 0; n < 12; n++) {
      int year = 1700 + rnd.nextInt(250);
      String text = "Năm " + year + ", nhà vua ban chiếu cho các làng ven biển. "
          + LEADS.get(n % LEADS.size()) + ", mỗi làng phải nộp 30 lạng bạc cho quan trấn thủ"
          + " Quorvex.\n";
      Result r = Fixtures.extracted(Language.VI, text);
      List<Question> q = Fixtures.asking(r, "30");
      assertFalse(q.isEmpty(), r.report().format(r.bank()));
      for (Question x : q) {
        assertTrue(x.prompt().contains("(" + year + ")") || x.prompt().contains("Năm " + year),
            x.prompt());
      }
    }
  }

  @Test
  void aDateWithItsYearBeforeFromNowOnDatesTheClause() {
    String text = "Ngày 7 tháng 4 năm 1832, nhà vua tuyên chiếu rằng từ nay mỗi làng phải nộp"
        + " 30 lạng bạc cho quan trấn thủ Quorvex.\n";
    Result r = Fixtures.extracted(Language.VI, text);
    assertFalse(Fixtures.asking(r, "Ngày 7 tháng 4 năm 1832").isEmpty(),
        r.report().format(r.bank()));
    assertFalse(Fixtures.asking(r, "30").isEmpty(), r.report().format(r.bank()));
  }
}
