package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day-month that a sentence says is celebrated, honoured or kept every year, that it likens to a
 * kind of holiday, or that a holiday's name names, is a day of every year: on a page with a date
 * line it is not asked with the page's year written in (class 2 of the eighteenth and nineteenth
 * reviews: the extractor's verdict was lost on the way to the generator). The structure, not one
 * wording: the day as subject of a concessive clause with a passive verb, as object, in a clause
 * after a yearly word, likened with a link word, after a holiday's name, in a list row. A day of
 * an event on the same page still takes the page's year. Texts made up.
 */
class ObservedDayNotDatedTest {
  private static final String VI_PAGE = "Ngày hội làng Quorvex\n\n14/11/2021\n\n";
  private static final String EN_PAGE = "The Lantern Fair of Quorvex\n\nNovember 14, 2021\n\n";
  private static final List<String> EN_MONTHS = Fixtures.EN_MONTHS;

  private static List<String> vietnamese(String dm) {
    return List.of(
        "Mặc dù " + dm + " đã được kỷ niệm từ lâu, ngày này vẫn chưa là ngày nghỉ của huyện.",
        "Tuy " + dm + " được tôn vinh từ nhiều thế hệ, nhưng nhiều người trẻ không biết nguồn gốc của nó.",
        "Hằng năm, vào " + dm + ", dân làng lại mở hội rước kiệu quanh đình.",
        "Ngày " + dm.substring(5) + " được người dân trong vùng long trọng tổ chức như một ngày Tết thứ hai.",
        "Từ lâu, dân làng đã coi " + dm + " là ngày hội lớn nhất của làng.",
        "Vào ngày Nhà giáo Quorvex " + dm.substring(5) + ", các học trò về thăm thầy cũ.",
        dm.substring(5) + " – Ngày Hoa Đào của thị trấn");
  }

  private static List<String> english(String md) {
    return List.of(
        "Although " + md + " has long been celebrated in the valley, the day is not a public holiday.",
        "Every year, on " + md + ", the villagers carry lanterns to the river.",
        "The town honors " + md + " as its birthday.",
        "On Harvest Day, " + md + ", the market stays closed.");
  }

  @Test
  void aDayOfEveryYearIsNotAskedWithThePagesYear() {
    Random r = new Random(1911);
    for (int n = 0; n < 3; n++) {
      int d = 1 + r.nextInt(28);
      int m = 1 + r.nextInt(10);
      String dm = (r.nextBoolean() ? "ngày " + d + " tháng " + m : "ngày " + d + "/" + m);
      for (String s : vietnamese(dm)) {
        noYearOn(Language.VI, VI_PAGE + s + "\n", String.valueOf(d));
      }
      String md = EN_MONTHS.get(m - 1) + " " + d;
      for (String s : english(md)) {
        noYearOn(Language.EN, EN_PAGE + s + "\n", md);
      }
    }
  }

  private static void noYearOn(Language lang, String text, String day) {
    Result res = Fixtures.extracted(lang, text);
    for (Question q : res.bank().questions()) {
      assertFalse(q.prompt().contains("(2021)") || q.answer().text().contains(day),
          q.prompt() + "\n" + text);
    }
  }

  @Test
  void anEventsDayOnTheSamePageStillTakesItsYear() {
    for (String s : List.of("Ngày 5 tháng 11, đoàn khảo sát của tỉnh đã đến thăm làng.",
        "Ngày 8 tháng 11 là ngày đoàn khảo sát trở về tỉnh.",
        "Vào Chủ nhật 7 tháng 11, đoàn khảo sát họp với dân làng.")) {
      Result res = Fixtures.extracted(Language.VI, VI_PAGE + s + "\n");
      List<Question> q = res.bank().questions();
      assertTrue(q.stream().anyMatch(x -> x.prompt().contains("(2021)")), s + "\n"
          + res.report().format(res.bank()));
    }
  }
}
