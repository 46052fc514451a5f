package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 47 of the twentieth review: a day phrase counted from another day ("đêm hôm trước", "hôm
 * sau", "the next morning") restated right after by a date that writes its day and month ("19
 * tháng 3", "21/3") is that date's apposition: the day and month are written, only the year is
 * missing, and the nearest full date before gives it. The date is asked (its year shown), not
 * skipped as a relative time; but not where the prompt also shows the day it counts from (then
 * the blank is a subtraction). (A day alone after the phrase, "hôm sau, ngày 21", is no date the
 * extractor reads: nothing to test there.) Names and figures are invented.
 */
class RestatedRelativeDayTest {

  private static List<Question> asked(Language lang, String text, String answer) {
    return Fixtures.extracted(lang, text).bank().questions().stream()
        .filter(q -> q.answer() != null && answer.equals(q.answer().text())).toList();
  }

  private static void assertAskedWithYear(Language lang, String text, String answer, String year) {
    List<Question> qs = asked(lang, text, answer);
    assertFalse(qs.isEmpty(), text);
    assertTrue(qs.stream().allMatch(q -> q.prompt().contains(year)), text + " " + qs);
  }

  @Test
  void aRestatedDayMonthTakesTheYearOfTheDateBefore() {
    String[][] cases = {
        {"Ngày 20 tháng 3 năm 1931, nghĩa quân chiếm được thị trấn Lamor sau ba giờ giao tranh. "
            + "Đêm hôm trước, 19 tháng 3, hơn 400 người đã tập trung bên bờ sông Varn.", "19 tháng 3"},
        {"Ngày 20 tháng 3 năm 1931, nghĩa quân chiếm được thị trấn Lamor. Tối hôm trước, ngày 19/3, "
            + "hơn 400 người đã tập trung bên bờ sông Varn.", "ngày 19/3"},
        {"Ngày 20 tháng 3 năm 1931, nghĩa quân chiếm được thị trấn Lamor. Nghĩa quân đã tập trung "
            + "bên bờ sông Varn từ đêm hôm trước, 19 tháng 3.", "19 tháng 3"}};
    for (String[] c : cases) {
      String text = "Cuộc khởi nghĩa ở Lamor\n\n" + c[0] + "\n";
      assertAskedWithYear(Language.VI, text, c[1], "1931");
    }
    String en = "The Lamor rising\n\nOn 20 March 1931 the rebels took the town of Lamor. The day "
        + "before, 19 March, more than 400 men had gathered by the Varn.\n";
    assertAskedWithYear(Language.EN, en, "19 March", "1931");
  }

  @Test
  void aStatementThatOpensWithTheAskedDateAfterTheCutStartsWithACapital() {
    for (int seed = 1; seed <= 6; seed++) {
      String text = "Trận đồi Varn\n\nĐầu tháng 4 năm 1950, quân ta đóng trên đồi Varn để chặn đường"
          + " tiếp tế. Sáng hôm sau, ngày 3 tháng 4 quân ta rút khỏi đồi Varn về phía nam sau nhiều"
          + " trận giao tranh.\n";
      for (Question q : Fixtures.extracted(seed, Language.VI, text).bank().questions()) {
        assertFalse(Character.isLowerCase(q.prompt().charAt(0)), q.type() + ": " + q.prompt());
      }
    }
  }

  @Test
  void aRestatedDayShownWithTheDayItCountsFromIsASubtraction() {
    for (String s : List.of(
        "Ngày 20 tháng 3 năm 1931, nghĩa quân chiếm được thị trấn Lamor. Sáng hôm sau, ngày 21 tháng "
            + "3, quân triều đình rút khỏi thị trấn về phía bắc.",
        "Ngày 20 tháng 3 năm 1931, nghĩa quân chiếm được thị trấn Lamor. Hai ngày trước đó, ngày 18 "
            + "tháng 3, nghĩa quân đã tập trung bên bờ sông Varn.")) {
      String text = "Cuộc khởi nghĩa ở Lamor\n\n" + s + "\n";
      assertTrue(asked(Language.VI, text, s.contains("21") ? "ngày 21 tháng 3" : "ngày 18 tháng 3")
          .stream().noneMatch(q -> q.prompt().contains("20 tháng 3")), text);
    }
  }
}
