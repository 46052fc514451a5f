package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The yearless day-month of the nineteenth session's final draw (line 2): a page that gives a
 * day and month no year (no date line, no year in its paragraph) rightly does not ask the date,
 * and must not ask another figure of its sentence with the yearless date shown either. A fronted
 * time adverbial (time words, the date, a comma) is left out of the prompt; a date elsewhere in
 * the prompt keeps the fact from being asked. A date the page gives a year to is shown with it.
 * Names and figures are invented.
 */
class YearlessDayInPromptTest {

  private static List<String> prompts(Language lang, String text) {
    return Fixtures.extracted(lang, text).bank().questions().stream()
        .filter(q -> q.type() == org.factdrill.bank.QuestionType.CLOZE)
        .map(Question::prompt).toList();
  }

  private static String page(String paragraph) {
    return """
        Hội đồng tỉnh Varn

        Tỉnh Varn nằm ở miền núi phía bắc, giáp với hai tỉnh Oskel và Seren.

        %s
        """.formatted(paragraph);
  }

  @Test
  void aFrontedYearlessDayIsLeftOutOfAnotherFiguresPrompt() {
    String[][] cases = {
        {"Hôm 15 tháng 4, ông Lâm Văn Tài bổ nhiệm 12 ủy viên mới cho hội đồng tỉnh.", "15 tháng 4"},
        {"Ngày 3/2, hội đồng tỉnh Varn họp phiên cuối cùng với 45 thành viên có mặt.", "3/2"},
        {"Vào sáng 20/5, hơn 500 người dân tụ tập ở quảng trường tỉnh Varn.", "20/5"},
        {"Chủ nhật, 14/3, có 200 người biểu tình trước tòa thị chính tỉnh Varn.", "14/3"},
        {"Từ 20 đến 25/12, các làng ven sông bị đốt phá, khiến 300 gia đình mất nhà.", "25/12"},
    };
    for (String[] c : cases) {
      List<String> ps = prompts(Language.VI, page(c[0]));
      assertFalse(ps.isEmpty(), c[0]);
      for (String p : ps) {
        assertFalse(p.contains(c[1]), p);
        assertTrue(Character.isUpperCase(p.charAt(0)), p);
      }
    }
  }

  @Test
  void aYearlessDayInsideTheClauseKeepsTheFactFromBeingAsked() {
    String text = page("Hội đồng tỉnh Varn giải tán 12 ủy ban, và đến ngày 21/5 thì bầu lại toàn bộ.");
    assertEquals(List.of(), prompts(Language.VI, text));
    String en = """
        The Varn Council

        The province of Varn lies in the northern hills, between Oskel and Seren.

        The council dissolved 12 committees, and on May 21 it elected a new board.
        """;
    assertEquals(List.of(), prompts(Language.EN, en));
  }

  @Test
  void anEnglishFrontedYearlessDayIsLeftOutToo() {
    String en = """
        The Varn Council

        The province of Varn lies in the northern hills, between Oskel and Seren.

        On May 5, the council met with 45 members present in the town hall.
        """;
    List<String> ps = prompts(Language.EN, en);
    assertFalse(ps.isEmpty(), en);
    for (String p : ps) {
      assertFalse(p.contains("May 5"), p);
    }
  }

  @Test
  void aDayThePageGivesAYearIsKeptWithIt() {
    String text = page("Năm 1931, nông dân tỉnh Varn nổi dậy. Hôm 15 tháng 4, ông Lâm Văn Tài bổ nhiệm 12 ủy viên mới cho hội đồng tỉnh.");
    List<String> ps = prompts(Language.VI, text);
    assertTrue(ps.stream().anyMatch(p -> p.contains("15 tháng 4") && p.contains("1931")
        && p.contains("_____ ủy viên")), ps.toString());
  }
}
