package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The day of an observance, in sentences about the observance, has no year: a page's post date
 * or dateline does not give it one (the day of a holiday the page names), and a day named as
 * the occasion a text marks ("kỷ niệm ngày …", "nhân dịp …", "… là ngày lễ") is not asked as the
 * date of an event. A day that is no observance's still takes the post's year. Texts made up.
 */
class ObservanceDayTest {
  private static final String[] HOLIDAYS = {"Ngày Thống nhất|30|4", "Quốc khánh|2|9",
      "Ngày Quốc tế Lao động|1|5", "Giáng sinh|25|12"};

  @Test
  void aPostsDateGivesNoYearToTheDayOfTheObservanceItNames() {
    Random r = new Random(1601);
    for (String h : HOLIDAYS) {
      String[] p = h.split("\\|");
      int day = Integer.parseInt(p[1]);
      int month = Integer.parseInt(p[2]);
      int year = 1990 + r.nextInt(35);
      String dm = "ngày " + day + " tháng " + month;
      String text = "Bến cảng Quorvex\n\nNgày " + Math.min(28, day) + " tháng " + month + " năm "
          + year + "\n\n" + p[0] + " là một ngày lễ lớn của người dân thành phố cảng. Vào " + dm
          + ", khoảng 3.000 người dân Quorvex tụ họp bên bến cảng để xem diễu hành.\n";
      Result res = Fixtures.extracted(Language.VI, text);
      for (Question q : res.bank().questions()) {
        assertFalse(q.prompt().contains(dm + " (" + year + ")")
            || q.answer().text().equals(dm), q.prompt() + "\n" + text);
      }
    }
  }

  @Test
  void aDayThatIsNoObservancesStillTakesThePostsYear() {
    String text = "Bến cảng Quorvex\n\nNgày 20 tháng 5 năm 2011\n\nNgày Thống nhất là một ngày lễ"
        + " lớn của người dân thành phố cảng. Vào ngày 3 tháng 5, thống đốc khánh thành bến cảng"
        + " mới trước đông đảo công nhân.\n";
    Result res = Fixtures.extracted(Language.VI, text);
    List<Question> q = Fixtures.asking(res, "ngày 3 tháng 5");
    assertFalse(q.isEmpty(), res.report().format(res.bank()));
    assertTrue(q.get(0).prompt().contains("(2011)"), q.get(0).prompt());
  }

  @Test
  void aDayNamedAsTheOccasionATextMarksIsNotAsked() {
    Random r = new Random(1602);
    List<String> frames = List.of(
        "Năm {Y}, người dân thành phố cảng kỷ niệm {D} bằng một cuộc diễu hành lớn.",
        "Năm {Y}, thống đốc tặng quà cho 300 công nhân nhân dịp {D}.",
        "Năm {Y}, thành phố cảng treo cờ chào mừng {D} trên khắp các phố.",
        "Năm {Y}, người dân Quorvex tổ chức kỷ niệm 20 năm {D} bên bến cảng.",
        "Năm {Y}, hội đồng thành phố tuyên bố rằng {D} là ngày lễ của bến cảng.");
    for (int n = 0; n < 40; n++) {
      int year = 1850 + r.nextInt(150);
      String dm = "ngày " + (1 + r.nextInt(28)) + " tháng " + (1 + r.nextInt(12));
      String text = frames.get(n % frames.size()).replace("{Y}", String.valueOf(year))
          .replace("{D}", dm) + "\n";
      Result res = Fixtures.extracted(Language.VI, text);
      assertTrue(Fixtures.asking(res, dm).isEmpty(), res.report().format(res.bank()));
      for (Question q : res.bank().questions()) {
        assertFalse(q.prompt().contains(dm + " (" + year + ")"), q.prompt());
      }
    }
  }
}
