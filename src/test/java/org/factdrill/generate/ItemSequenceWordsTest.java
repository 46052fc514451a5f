package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A which-first or timeline item is shown without the sentence before it: a sequence or contrast
 * adverb inside it ("was then opened", ", however,") points to that sentence and tells the order
 * asked, so it is taken out as an additive "also" is (the carried "then/however" class). After a
 * bound word ("until then", "since then") the word is a time and stays. A cloze shown without the
 * sentence before does not say "then" either (class 19, en, of the seventeenth review). Invented
 * items.
 */
class ItemSequenceWordsTest {
  private static final List<String> WORDS = List.of("then", "thereafter", "subsequently",
      "afterwards", "however", "nevertheless", "meanwhile");

  @Test
  void aSequenceOrContrastAdverbInsideAnItemIsTakenOut() {
    for (String w : WORDS) {
      assertEquals("The canal was opened to barges.",
          ItemLeans.withoutAdditive(Language.EN, "The canal was " + w + " opened to barges."));
      assertEquals("The dock company kept its wharf.",
          ItemLeans.withoutAdditive(Language.EN, "The dock company, " + w + ", kept its wharf."));
    }
    assertEquals("The mills were used until then by the town.", ItemLeans.withoutAdditive(
        Language.EN, "The mills were used until then by the town."));
    assertEquals("The Civil War, also known as the War of the States, ended.",
        ItemLeans.withoutAdditive(Language.EN,
            "The Civil War, also known as the War of the States, ended."));
  }

  @Test
  void aClozeThatDoesNotShowTheSentenceBeforeDoesNotSayThen() {
    for (String w : List.of("then", "thereafter", "subsequently", "afterwards")) {
      for (int y = 1790; y < 1890; y += 17) {
        String text = "The Varnholm canal\n\nThe merchants of Varnholm wanted a cheap way to carry"
            + " coal to the river.\nThe Varnholm canal was " + w + " opened to barges in " + y
            + " after a long delay.\n";
        var r = Fixtures.extracted(Language.EN, text);
        List<Question> qs = Fixtures.asking(r, String.valueOf(y));
        assertFalse(qs.isEmpty(), r.report().format(r.bank()));
        for (Question q : qs) {
          assertFalse(q.prompt().contains(" " + w + " "), q.prompt());
        }
      }
    }
  }

  @Test
  void noWhichFirstItemSaysThenOrHowever() {
    for (int y = 1790; y < 1890; y += 13) {
      String text = "The Varnholm canal\n\nThe merchants of Varnholm wanted a cheap way to carry"
          + " coal to the river.\nThe canal company ran out of money in " + y
          + " and the work on the locks stopped for six years.\nThe canal was then opened to"
          + " barges in " + (y + 11) + " after a long delay.\nThe Varnholm dock company, however,"
          + " built its own wharf on the river in " + (y + 19) + ".\n";
      for (Question q : Fixtures.extracted(Language.EN, text).bank().questions()) {
        if (q.type() == QuestionType.WHICHFIRST || q.type() == QuestionType.TIMELINE) {
          for (var e : q.events()) {
            assertFalse(e.text().matches("(?i).*\\b(then|however)\\b.*"), e.text());
          }
        }
      }
    }
  }
}
