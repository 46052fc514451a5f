package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * In Vietnamese a number right after the day's word ("ngày 29", "ngày mồng 3") before a clause
 * mark, a line break or the text's end is a day whose month the text left out (named in the
 * sentence before, or cut off by an excerpt's end): no count. A count writes its number first
 * ("30 ngày"), a number before a word stays a number ("mỗi ngày 3 bữa"), and a language whose
 * dates do not lead with the day's word keeps "day 29" a number. Sentences made up.
 */
class MonthlessDaysTest {
  private static final Language VI = Language.fromCode("vi").orElseThrow();
  private static final Language EN = Language.fromCode("en").orElseThrow();

  private static List<String> numbers(Language lang, String text) {
    return Facts.of(lang, text).stream().filter(f -> f.kind() == FactKind.NUMBER)
        .map(Fact::text).toList();
  }

  @Test
  void aDayAfterTheDaysWordWithoutItsMonthIsNoCount() {
    Random r = new Random(1605);
    for (int n = 0; n < 60; n++) {
      int d = 1 + r.nextInt(31);
      String day = (n % 3 == 0 ? "ngày mồng " : "ngày ") + d;
      String mid = "Tháng 4 năm 1850, quân Quorvex tiến về Alvira. Đến " + day
          + ", quân Quorvex chiếm được thành với 300 chiến thuyền.";
      assertEquals(List.of("300"), numbers(VI, mid), mid);
      String cut = "Tháng 4 năm 1850, quân Quorvex tiến về Alvira với 300 chiến thuyền vào " + day;
      assertEquals(List.of("300"), numbers(VI, cut), cut);
      String line = "Hội nghị Alvira họp vào " + day + "\n\nCó 300 đại biểu tham dự.";
      assertEquals(List.of("300"), numbers(VI, line), line);
    }
  }

  @Test
  void countsAndDatesAroundTheDaysWordAreKept() {
    assertTrue(numbers(VI, "Mỗi ngày 3 bữa cơm được phát cho quân lính Quorvex.").contains("3"));
    assertTrue(numbers(VI, "Cuộc vây hãm thành Alvira kéo dài 30 ngày.").contains("30"));
    List<Fact> date = Facts.of(VI, "Đến ngày 29 tháng 4 năm 1850, quân Quorvex chiếm thành.");
    assertEquals("1850-04-29", ((Value.Date) date.get(0).value()).iso());
    assertTrue(numbers(EN, "On day 29, the siege of Alvira ended.").contains("29"));
  }
}
