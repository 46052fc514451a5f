package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 49's rest (twenty-second review): on a listing page of teasers, a teaser's sentence that
 * ends in an ellipsis was cut by the page, whatever word stands before the ellipsis (a possessive
 * that is also an object pronoun: "her", "my", "your"): kept only up to a clause end before the
 * cut, or not asked. Off such a page the same ellipsis is the text's own. Invented posts.
 */
class TeaserCutTest {
  private static String page(String end) {
    return "Stories from the archive\n\n"
        + "Marta Olsen sailed from Bergvik in 1902 with 40 crates of books. In 1905 she moved to "
        + "Tallow Creek, where the school had 18 pupils, and she went on to stay with" + end + "\n\n"
        + "Read more\n\n"
        + "The Harlan mill opened in 1911 with 60 looms. By 1914, it employed 230 weavers, most "
        + "of them from the valley, and the owners wrote to" + end + "\n\n"
        + "Read more\n\n"
        + "Jonas Pell kept the Dunmore light from 1888. In 1890 the keepers logged 75 storms, "
        + "some lasting days, and Pell asked his" + end + "\n\n"
        + "Read more\n";
  }

  private static List<Question> asking(String text, String answer) {
    return Fixtures.extracted(Language.EN, text).bank().questions().stream()
        .filter(q -> answer.equals(q.answer().text())).toList();
  }

  @Test
  void aTeasersEllipsisAfterAPossessiveIsThePagesCut() {
    for (String end : List.of(" her …", " my …", " your …", " her...")) {
      String text = page(end);
      for (String answer : List.of("18", "230", "75")) {
        for (Question q : asking(text, answer)) {
          String p = q.prompt() == null ? "" : q.prompt();
          assertFalse(p.matches("(?s).*\\b(?:her|my|your|to|his)\\s*(?:…|\\.\\.\\.)\\s*$"), p);
        }
      }
      assertFalse(asking(text, "18").isEmpty(), "asked up to a clause end: " + text);
    }
  }

  @Test
  void offATeaserPageTheSameEllipsisIsTheTextsOwn() {
    String text = "Marta Olsen\n\nMarta Olsen sailed from Bergvik in 1902 with 40 crates of books. "
        + "In 1905 she moved to Tallow Creek, where the school had 18 pupils, and she went on "
        + "to stay with her …\n";
    assertTrue(asking(text, "18").stream().anyMatch(q -> q.prompt().contains("with her")),
        String.valueOf(asking(text, "18")));
  }
}
