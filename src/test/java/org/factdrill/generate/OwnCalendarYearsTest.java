package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A number of years, or a Gregorian period, that years of the Hebrew calendar shown in the prompt
 * give away is not asked; one they do not give is. Made-up sentences; the letter years are
 * written by {@link CalendarGlossTest#letters}.
 */
class OwnCalendarYearsTest {
  private static String hebrewYear(int gregorian) {
    return CalendarGlossTest.letters(gregorian + 3760 - 5000, true);
  }

  private static String why(String marked) {
    DocFacts d = Fixtures.doc("y.txt", Language.HE, marked);
    var f = d.facts().get(0);
    String text = d.source().doc().text();
    String t = new PromptBuilder().template(text, f.sentence().start(), f.sentence().end(),
        f.start(), f.end());
    return OwnCalendarYears.derivable(Language.HE, text, f, t, null);
  }

  @Test
  void aCountOfYearsBetweenTwoHebrewYearsIsGivenAway() {
    for (int from = 1860; from < 1990; from += 7) {
      for (int len : new int[] {3, 12, 32}) {
        String s = "במשך {{" + len + "|number|" + len + "}} שנה (" + hebrewYear(from) + "–"
            + hebrewYear(from + len) + ") גדל הכפר מעשרה בתים למאה בתים.";
        assertNotNull(why(s), s);
      }
    }
  }

  @Test
  void aCountTheHebrewYearsDoNotSpanIsAsked() {
    String s = "במשך {{20|number|20}} שנה (" + hebrewYear(1882) + "–" + hebrewYear(1885)
        + ") גדל הכפר מעשרה בתים למאה בתים.";
    assertNull(why(s), s);
    assertNull(why("במשך {{20|number|20}} שנה גדל הכפר מעשרה בתים למאה בתים."));
  }

  @Test
  void aGregorianPeriodWithAnEndInHebrewLettersIsGivenAway() {
    String s = "הכפר היה תחת חסות הנדיב {{1883–1900|date|1883/1900}} (" + hebrewYear(1883) + "–"
        + hebrewYear(1900) + ") ובשנים אלה נבנה בו היקב.";
    assertNotNull(why(s), s);
  }
}
