package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 3 (vi17b's dev review): on a page about a person or an event, when a
 * source that tells of them was written, and the years a book tells of, are facts of the source,
 * not of the story: not asked. The same dates said of the story's own acts are asked. Every
 * sentence is made up; each frame is tried with several years.
 */
class CitedSourceDatesTest {
  private static final List<Integer> YEARS = List.of(515, 988, 1224, 1460);

  private static boolean asked(Language lang, String title, String sentence, String answer) {
    Result r = Fixtures.generate(lang, title + "\n\n" + sentence);
    return !Fixtures.clozes(r, answer).isEmpty();
  }

  @Test
  void aSourcesWritingAndItsYearsAreNotAsked() {
    for (int y : YEARS) {
      String date = "{{năm " + y + "|date|" + String.format("%04d", y) + "}}";
      for (String s : List.of(
          "Một tài liệu cổ sử khác của nước Zelbin là bộ Marnov ký do học giả Lê Văn Hùng viết vào "
              + "khoảng " + date + ", cũng chép tên bà là Trưng Vân.",
          "Nguồn sử liệu đầu tiên nhắc đến bà là bộ sách do Lê Văn Hùng viết vào " + date
              + " tại kinh đô Marnov.",
          "Bộ Marnov ký là cuốn sách nói về lịch sử nhà Kovla từ " + date + " trở về sau.")) {
        assertFalse(asked(Language.VI, "Bà Trưng Vân", s, "năm " + y), s);
      }
      String en = "The annals, which cover the history of the kingdom of Osk from {{" + y
          + "|date|" + String.format("%04d", y) + "}} onwards, name her twice.";
      assertFalse(asked(Language.EN, "Queen Mara of Osk", en, String.valueOf(y)), en);
    }
  }

  @Test
  void theStorysOwnDatesAreStillAsked() {
    for (int y : YEARS) {
      String date = "{{năm " + y + "|date|" + String.format("%04d", y) + "}}";
      for (String s : List.of(
          "Học giả Lê Văn Hùng viết bộ Marnov ký tại kinh đô Kovla vào " + date + ".",
          "Nhà Kovla dời đô về thành Marnov vào " + date + " theo lệnh của nhà vua.")) {
        assertTrue(asked(Language.VI, "Nhà Kovla", s, "năm " + y), s);
      }
    }
  }
}
