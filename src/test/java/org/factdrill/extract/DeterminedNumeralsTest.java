package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.Locale;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A determiner before a numeral in words ("the three countries") points back to a set only for
 * a small number (up to ten); a larger one counts ("the twenty-two senators"). ICU spells the
 * numbers.
 */
class DeterminedNumeralsTest {
  // sentences made up for this test
  private static final String[] DETERMINERS = {"the", "these", "their", "its"};

  @Test
  void aDeterminerMakesOnlyASmallNumeralAReference() {
    RuleBasedNumberFormat spell = new RuleBasedNumberFormat(Locale.ENGLISH,
        RuleBasedNumberFormat.SPELLOUT);
    Random r = new Random(1789);
    for (int k = 0; k < 1500; k++) {
      int n = 3 + r.nextInt(r.nextBoolean() ? 8 : 990);
      String det = DETERMINERS[r.nextInt(DETERMINERS.length)];
      String words = spell.format(n, "%spellout-cardinal");
      String text = "Out of " + det + " " + words + " eligible senators, few came.";
      String want = n <= 10 ? "" : "number:" + words + "=" + n;
      assertEquals(want, Facts.describe(Language.EN, text), text);
      if (n > 10) { // "eligible" is an adjective by its ending: the noun is counted
        assertEquals("senators", Facts.of(Language.EN, text).get(0).unit(), text);
      }
    }
  }
}
