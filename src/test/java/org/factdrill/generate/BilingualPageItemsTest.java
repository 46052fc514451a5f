package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A bilingual page (each paragraph in English, then the same in Vietnamese) is read as one
 * language; a which-first, years-between or timeline never pairs a sentence of one paragraph with
 * a sentence of the other: its items are told in the language of its frame. Every text is made
 * up; the page is read both ways round.
 */
class BilingualPageItemsTest {
  private static final String EN = """
      In 1785, the fleet of Marnov was destroyed at the mouth of the Zelbin river.
      The new capital of Marnov was founded at Kovla in 1802 by the first king.
      The royal library of Kovla was opened to the public in 1821 after a long delay.
      """;
  private static final String VI = """
      Năm 1785, hạm đội của Marnov bị tiêu diệt ở cửa sông Zelbin.
      Kinh đô mới của Marnov được nhà vua đầu tiên thành lập tại Kovla vào năm 1802.
      Thư viện hoàng gia Kovla được mở cửa cho công chúng vào năm 1821 sau nhiều năm trì hoãn.
      """;

  private static boolean vietnamese(String s) {
    return s.matches("(?s).*\\b(của|được|năm|vào|cho)\\b.*");
  }

  @Test
  void noChronologyItemPairsTheTwoLanguages() {
    for (String text : List.of("The kingdom of Marnov\n\n" + EN + "\n" + VI,
        "The kingdom of Marnov\n\n" + VI + "\n" + EN)) {
      Result r = Fixtures.extracted(Language.EN, text);
      int items = 0;
      for (Question q : r.bank().questions()) {
        if (q.type() == QuestionType.WHICHFIRST || q.type() == QuestionType.YEARSBETWEEN
            || q.type() == QuestionType.TIMELINE) {
          List<String> texts = q.events().stream().map(Question.Event::text).toList();
          long vi = texts.stream().filter(BilingualPageItemsTest::vietnamese).count();
          assertFalse(vi > 0 && vi < texts.size(), texts.toString());
          items++;
        }
      }
      assertTrue(items > 0, "the English paragraph's events are still ordered: "
          + r.report().format(r.bank()));
    }
  }
}
