package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * "About twenty years after that", "כ-20 שנה לאחר מכן", "כעבור כ-20 שנה": a hedged time counted
 * from the event of the sentence before (an exact count resolves to a year and stays as it was). The eighteenth review's class 26 remainder (the twentieth's
 * assignment): the count was asked and the sentence's figures too, with "that" pointing to a
 * sentence the prompt did not show. Now the count is never asked (it is the difference of two
 * years), nor a year the count gives away; the sentence's other figures are asked with the
 * sentence before shown, and not at all when there is none (a paragraph's first sentence). Towns,
 * buildings and figures are invented.
 */
class CountedFromEventBeforeTest {
  /** Hebrew openings: a hedged or plain count of years after the event before. */
  private static final String[] HE_AFTER = {"כ-20 שנה לאחר מכן", "כעשרים שנה אחר כך",
      "כעבור כ-20 שנה", "בערך 20 שנה אחרי כן", "כ-20 שנה מאוחר יותר", "כעבור בערך 20 שנה"};

  private static List<Question> asked(Language lang, String text) {
    return Fixtures.extracted(lang, text).bank().questions();
  }

  private static boolean asks(List<Question> qs, String answer) {
    return qs.stream().anyMatch(q -> q.answer().text().equals(answer));
  }

  @Test
  void theCountFromTheEventBeforeIsNeverAskedAndTheRestComesWithThatSentence() {
    for (String after : HE_AFTER) {
      for (String year : new String[] {"", " (1951)"}) {
        String text = "תולדות הנמל\n\nבשנת 1931 נבנה המגדל הגבוה במרכז הנמל הישן. " + after + year
            + " נהרס המגדל ברעידת אדמה שפגעה ב-7 כפרים.\n";
        List<Question> qs = asked(Language.HE, text);
        assertFalse(asks(qs, "20") || asks(qs, "עשרים") || asks(qs, "כעשרים"), text);
        assertFalse(asks(qs, "1951"), text); // the year before plus the count
        for (Question q : qs) {
          if (q.prompt() != null && q.prompt().contains("נהרס")) {
            assertTrue(q.prompt().contains("נבנה המגדל"), text + " -> " + q.prompt());
          }
        }
      }
    }
  }

  @Test
  void aParagraphOpeningWithItAsksNothingOfItsSentence() {
    for (String after : HE_AFTER) {
      String text = "תולדות הנמל\n\nבשנת 1931 נבנה המגדל הגבוה במרכז הנמל הישן, בידי 40 פועלים.\n\n"
          + after + " (1951) נהרס המגדל ברעידת אדמה שפגעה ב-7 כפרים.\n";
      List<Question> qs = asked(Language.HE, text);
      assertFalse(asks(qs, "7") || asks(qs, "ב-7"), text);
      assertTrue(asks(qs, "40"), text); // the sentence before is still asked
    }
  }

  @Test
  void inEnglishToo() {
    String text = "The harbour\n\nIn 1931 the tall tower was built in the middle of the old harbour. "
        + "About twenty years later, in 1951, the tower fell in an earthquake that hit 7 villages.\n";
    List<Question> qs = asked(Language.EN, text);
    assertFalse(asks(qs, "twenty") || asks(qs, "1951"), text);
    for (Question q : qs) {
      if (q.prompt() != null && q.prompt().contains("fell")) {
        assertTrue(q.prompt().contains("was built"), q.prompt());
      }
    }
  }
}
