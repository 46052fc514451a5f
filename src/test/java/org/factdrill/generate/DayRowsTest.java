package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 54 (twenty-first session): a numbered list row "<the day of> <event> (<full date>)" is
 * no sentence but states the event's date: it is asked as "<event>: _____" whatever the length of
 * its name (4, 7, 10 syllables), one day per question; a row of two days joined by "and" never
 * shows one day's date beside the other's blank. Every text here is made up.
 */
class DayRowsTest {

  private static List<Question> clozes(Result r) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE).toList();
  }

  private static Question cloze(Result r, String answer) {
    return clozes(r).stream().filter(q -> q.answer().text().equals(answer)).findFirst()
        .orElse(null);
  }

  private static void askedAs(Result r, String answer, String prompt) {
    Question q = cloze(r, answer);
    assertTrue(q != null, answer + " not asked\n" + r.report().format(r.bank()));
    assertEquals(prompt, q.prompt());
  }

  @Test
  void vietnameseDayRowsOfAnyLengthAreAskedAsTheirEvent(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Những ngày lễ lớn của tỉnh Lam Sơn\n\n"
        + "Chương III. Các ngày kỷ niệm\n\n"
        + "1. Ngày Khởi nghĩa Lam Sơn (14-2-1927).\n"
        + "2. Ngày thành lập Hội Phụ nữ tỉnh Lam Sơn (8-10-1931).\n"
        + "3. Ngày giải phóng hoàn toàn thị trấn Kỳ Anh khỏi quân đội chiếm đóng (22-7-1955).\n");
    askedAs(r, "14-2-1927", "Ngày Khởi nghĩa Lam Sơn: _____.");
    askedAs(r, "8-10-1931", "Ngày thành lập Hội Phụ nữ tỉnh Lam Sơn: _____.");
    askedAs(r, "22-7-1955",
        "Ngày giải phóng hoàn toàn thị trấn Kỳ Anh khỏi quân đội chiếm đóng: _____.");
  }

  @Test
  void twoDaysInOneRowAreTwoQuestionsNeitherShowingTheOther(@TempDir Path dir) throws Exception {
    Result r = RealText.generate(dir, "t.txt", "Những ngày lễ lớn của tỉnh Lam Sơn\n\n"
        + "1. Ngày Chiến thắng Đồi Thông (3-5-1949) và Ngày thành lập tỉnh đội Lam Sơn (19-9-1949).\n");
    askedAs(r, "3-5-1949", "Ngày Chiến thắng Đồi Thông: _____.");
    askedAs(r, "19-9-1949", "Ngày thành lập tỉnh đội Lam Sơn: _____.");
    Result e = RealText.generate(dir, "e.txt", "Public holidays of Varnia\n\n"
        + "1. The Day of the Varnian Republic (4 June 1921) and Liberation Day (12 March 1946).\n");
    askedAs(e, "4 June 1921", "The Day of the Varnian Republic: _____.");
    askedAs(e, "12 March 1946", "Liberation Day: _____.");
    for (Question q : r.bank().questions()) {
      assertFalse(q.prompt().contains("1949)"), q.prompt());
    }
  }

  @Test
  void englishAndHebrewDayRowsAreAskedAsTheirEvent(@TempDir Path dir) throws Exception {
    Result e = RealText.generate(dir, "e.txt", "Public holidays of Varnia\n\n"
        + "1. Varnian Independence Day (4 June 1921).\n"
        + "2. The day of the landing of the northern fleet at the port of Kelm (12 March 1946).\n");
    askedAs(e, "4 June 1921", "Varnian Independence Day: _____.");
    askedAs(e, "12 March 1946",
        "The day of the landing of the northern fleet at the port of Kelm: _____.");
    Result h = RealText.generate(dir, "h.txt", "חגי מדינת ורניה\n\n"
        + "1. יום העצמאות של ורניה (4 ביוני 1921).\n"
        + "2. יום השחרור של קלם מכיבוש זר ארוך ומר (12 במרץ 1946).\n");
    Question q = cloze(h, "12 במרץ 1946");
    assertTrue(q != null && q.prompt().equals("יום השחרור של קלם מכיבוש זר ארוך ומר: _____."),
        (q == null ? "not asked" : q.prompt()) + "\n" + h.report().format(h.bank()));
  }

  @Test
  void theShapeIsAStatementAboutTheRow() {
    assertTrue(DayRows.is(Language.VI, "Ngày Quốc tế Thiếu nhi (1-6-1950)."));
    assertTrue(DayRows.is(Language.VI, "Ngày A B (1-6-1950), Ngày C D (2-7-1951)."));
    assertTrue(VerblessRow.is(Language.VI, "Lê Văn Hưu (1230) và Trần Quang Khải (1241)."));
    assertTrue(VerblessRow.is(Language.EN, "Harold Godwin (1066) and Edmund Ironside (1016)."));
    // A clause after the bracket, or no day word: prose, not a day row.
    assertFalse(DayRows.is(Language.VI, "Ngày Khởi nghĩa (14-2-1927) được tổ chức long trọng."));
    assertFalse(DayRows.is(Language.VI, "Quân ta tiến vào thị trấn Kỳ Anh (22-7-1955)."));
    assertFalse(DayRows.is(Language.EN, "He was born on a sunny day (4 June 1921)."));
  }
}
