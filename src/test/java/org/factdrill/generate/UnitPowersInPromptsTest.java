package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A square or cubic unit keeps its superscript in every prompt ("120 km²", "_____ m³"), whether
 * the number before it or another fact of the sentence is asked; a superscript footnote mark after
 * a word is still dropped (vi17a, class 7 of the seventeenth review). Made-up sentences.
 */
class UnitPowersInPromptsTest {
  private static final String[] UNITS = {"km²", "m²", "m³", "ha²", "cm³"};

  @Test
  void aUnitsPowerStaysInTheClozeChoiceAndTrueFalse() {
    Random r = new Random(1718);
    for (int n = 0; n < 10; n++) {
      String unit = UNITS[n % UNITS.length];
      int v = 120 + r.nextInt(800);
      String text = "Thành Alvira\n\nNăm " + (1800 + n) + ", quân Quorvex xây thành Alvira rộng " + v
          + " " + unit + " bên bờ sông Velmora.\n";
      Result res = Fixtures.extracted(Language.VI, text);
      assertFalse(res.bank().questions().isEmpty(), res.report().format(res.bank()));
      for (Question q : res.bank().questions()) {
        assertTrue(q.prompt().contains(" " + unit + " "), q.prompt());
      }
    }
  }

  @Test
  void aFootnoteMarkAfterAWordIsDropped() {
    assertEquals("Quân Quorvex chiếm thành Alvira.",
        FootnoteDigits.strip("Quân Quorvex chiếm thành Alvira.²³"));
    assertEquals("rộng 120 km² bên sông", FootnoteDigits.strip("rộng 120 km² bên sông"));
    assertEquals("thành Alvira bên sông", FootnoteDigits.strip("thành Alvira¹ bên sông"));
  }
}
