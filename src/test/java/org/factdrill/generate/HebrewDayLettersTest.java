package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A Hebrew-calendar day written in letters with a prefix and a geresh ("בה' באייר", on the 5th
 * of Iyar) opens a sentence with a date, not with the pronoun its letters also spell ("בה", in
 * it); when the Hebrew date is the gloss of the Gregorian date in brackets, the prefix joins the
 * blank with a hyphen ("ב-_____"), as it joins digits.
 */
class HebrewDayLettersTest {
  private static final List<String> DAYS = List.of("ה'", "ו'", "ה׳", "ו׳", "ט\"ו", "י\"ד", "ג'");
  private static final List<String> PREFIXES = List.of("ב", "ל", "מ", "וב");
  private static final List<String> MONTHS = List.of("באייר", "בניסן", "בתשרי", "באלול");

  @Test
  void aPrefixedDayInLettersIsNoPronoun() {
    Context c = new Context();
    Random r = new Random(1722);
    for (int k = 0; k < 60; k++) {
      String s = PREFIXES.get(r.nextInt(PREFIXES.size())) + DAYS.get(r.nextInt(DAYS.size())) + " "
          + MONTHS.get(r.nextInt(MONTHS.size())) + " נחתם ההסכם בין שני הצדדים.";
      assertFalse(c.opensWithPronoun(Language.HE, s), s);
    }
    assertTrue(c.opensWithPronoun(Language.HE, "בה נחתם ההסכם בין שני הצדדים."));
    assertTrue(c.opensWithPronoun(Language.HE, "בו נחתם ההסכם בין שני הצדדים."));
    assertTrue(c.opensWithPronoun(Language.EN, "It's the first treaty of the two sides."));
  }

  @Test
  void aPrefixBeforeAHebrewDateGlossJoinsTheBlankWithAHyphen() {
    Random r = new Random(1723);
    for (int k = 0; k < 30; k++) {
      int year = 1948 + r.nextInt(3);
      String hebrewYear = List.of("תש\"ח", "תש\"ט", "תש\"י").get(year - 1948);
      String prefix = PREFIXES.get(r.nextInt(PREFIXES.size()));
      String raw = prefix + "ה' באייר " + hebrewYear + " (" + PromptBuilder.HOLE
          + "), נחתם ההסכם בין שני הצדדים.";
      assertEquals(prefix + "-" + PromptBuilder.HOLE + ", נחתם ההסכם בין שני הצדדים.",
          CalendarGloss.without(Language.HE, raw, year), raw);
    }
  }
}
