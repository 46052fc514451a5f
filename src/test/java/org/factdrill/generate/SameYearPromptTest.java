package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A month "of the same year" is a relative time: the prompt writes the year after the phrase
 * ("in _____ of the same year (1885)"), never between the blank and the phrase ("in _____ (1885)
 * of the same year", which says it twice), and the phrase's "השנה" is not "this year".
 */
class SameYearPromptTest {
  private static final List<String> MONTHS = List.of("בינואר", "בפברואר", "באפריל", "במאי",
      "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר");

  @Test
  void theYearIsWrittenAfterTheSameYearWordsNotBetweenThemAndTheBlank() {
    Random r = new Random(1721);
    for (int n = 0; n < 30; n++) {
      int y = 1700 + r.nextInt(300);
      String month = MONTHS.get(r.nextInt(MONTHS.size()));
      String phrase = r.nextBoolean() ? "של אותה שנה" : "של אותה השנה";
      String text = "תולדות הקוורווקס\n\nבשנת " + y + " נוסדה מושבת הקוורווקס בעמק הצפוני. " + month
          + " " + phrase + " בנו המתיישבים את בית הכנסת הראשון שלהם.\n";
      Result res = Fixtures.extracted(Language.HE, text);
      List<org.factdrill.bank.Question> qs = Fixtures.clozes(res, month.substring(1));
      assertFalse(qs.isEmpty(), text + res.report().format(res.bank()));
      for (org.factdrill.bank.Question q : qs) {
        assertEquals("ב_____ " + phrase + " (" + y + ") בנו המתיישבים את בית הכנסת הראשון שלהם.",
            q.prompt(), text);
      }
    }
  }
}
