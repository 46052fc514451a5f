package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * "Today" is when the writer speaks: beside a date that writes its own year it makes nothing
 * relative, so the date is asked (and no year is put after "today"); a yearless day beside it
 * still needs a year the text does not give. Invented sentences.
 */
class PresentAsideYearlessTest {
  @Test
  void aYearBesideTodayIsAsked() {
    String[] years = {"1831", "1766", "1902"};
    for (String y : years) {
      String text = "Harbour Notes\n\nToday, nearly two centuries after the salt guild of Torvel"
          + " was founded in " + y + ", the old quay is hard to picture. The quay was rebuilt in"
          + " stone by the river towns.\n";
      Result res = Fixtures.extracted(Language.EN, text);
      java.util.List<Question> asked = Fixtures.asking(res, y);
      assertFalse(asked.isEmpty(), res.report().format(res.bank()));
      for (Question q : asked) {
        assertFalse(q.prompt().contains("Today ("), q.prompt());
      }
    }
  }

  @Test
  void aYearlessDayBesideTodayIsNotAsked() {
    String text = "Harbour Notes\n\nToday, on 4 March, the salt guild of Torvel opens its old"
        + " quay to the river towns for the spring fair.\n";
    Result res = Fixtures.extracted(Language.EN, text);
    assertTrue(Fixtures.asking(res, "4 March").isEmpty(), res.report().format(res.bank()));
  }
}
