package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A dash is a minus sign when glued to its digits, or set apart on a line of its own; a dash
 * bulleting a run of list lines ("- Xu" / "- 159") is a bullet, and the number is positive.
 */
class BulletDashesTest {
  // lines made up for this test ("Xu" above a number alone is now a site counter, CounterLinesTest)

  @Test
  void aBulletedListLineHoldsAPositiveNumber() {
    Random r = new Random(3);
    for (Language lang : Language.values()) {
      for (int n = 0; n < 200; n++) {
        int v = 1 + r.nextInt(999); // four digits may be a year
        String dash = r.nextBoolean() ? "-" : "\u2212";
        String text = dash + " Plimsoll\n" + dash + " " + v + "\nxyz";
        String above = dash + " " + v + "\n" + dash + " Plimsoll\nxyz";
        assertEquals("number:" + v + "=" + v, Facts.describe(lang, text), text);
        assertEquals("number:" + v + "=" + v, Facts.describe(lang, above), above);
      }
    }
  }

  @Test
  void aDashGluedToItsDigitsOrOnALoneLineIsASign() {
    assertEquals("number:-159=-159", Facts.describe(Language.VI, "- Plimsoll\n-159\nabc"));
    assertEquals("number:- 1.200.000=-1200000", Facts.describe(Language.VI, "- 1.200.000"));
  }
}
