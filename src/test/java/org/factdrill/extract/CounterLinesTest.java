package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A line that holds a site's counter and nothing else (after a bullet) says how the page is used:
 * its label may follow the number ("• 52 views"), precede it without a colon ("Followers 3"),
 * stand on the line above a number alone ("View" / "318"), and be in another pack's language
 * than the page's; a page count line ("• 212 Trang") too. The same words inside a sentence leave
 * its figures alone. Texts made up.
 */
class CounterLinesTest {

  private static List<String> facts(String text, Language lang) {
    return SharedExtractor.get().extract(new Document("t.txt", text, lang)).stream()
        .map(Fact::text).toList();
  }

  @Test
  void aCounterLineInAnyPacksWordsGivesNoFact() {
    String text = "Sign in to follow this\nFollowers 3\n\nLịch sử cầu sắt\n\nBy Nam, 07/05/2016\n"
        + "  • 52 views\n  • 1 comment\n\nCầu sắt được khánh thành năm 1911 với 12 nhịp.\n\n"
        + "  • View\n    318\n\n  • Download\n    4\n\n• 212 Trang\n";
    assertEquals(List.of("07/05/2016", "năm 1911", "12"), facts(text, Language.VI));
  }

  @Test
  void counterWordsInsideASentenceLeaveItsFiguresAlone() {
    String text = "The bridge opened in 1911.\n\nThe treaty ran to 212 pages and drew 52 comments"
        + " from the council.\n";
    List<String> fs = facts(text, Language.EN);
    assertEquals(List.of("1911", "212", "52"), fs);
  }
}
