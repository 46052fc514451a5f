package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.Locale;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A numeral followed by an ordinal word, joined by a hyphen or a space ("forty-first", "the two
 * hundred second mayor"), is
 * the head of a rank, not a count, with or without a determiner before it. ICU spells the
 * ordinals; the year beside them is the sentence's one fact.
 */
class OrdinalHeadsTest {
  // sentences made up for this test
  private static final String[] BEFORE = {"the", "its", "their", "finished", "came"};

  @Test
  void aNumeralHeadingAHyphenatedOrdinalIsNoCount() {
    RuleBasedNumberFormat spell = new RuleBasedNumberFormat(Locale.ENGLISH,
        RuleBasedNumberFormat.SPELLOUT);
    Random r = new Random(1901);
    int hyphenated = 0;
    for (int k = 0; k < 1500; k++) {
      int n = 21 + r.nextInt(979);
      String ordinal = spell.format(n, "%spellout-ordinal");
      String text = "In 1870 the town chose " + BEFORE[r.nextInt(BEFORE.length)] + " " + ordinal
          + " mayor of the valley.";
      hyphenated += ordinal.contains("-") ? 1 : 0;
      assertEquals("date:1870=\"1870\"", Facts.describe(Language.EN, text), text);
    }
    assertEquals(true, hyphenated > 1000, "most generated ordinals are hyphenated");
  }

  @Test
  void aCardinalJoinedByAHyphenToAWordThatIsNoOrdinalStillCounts() {
    assertEquals("number:twenty-one thousand=21000",
        Facts.describe(Language.EN, "An army of twenty-one thousand men crossed the river."));
  }
}
