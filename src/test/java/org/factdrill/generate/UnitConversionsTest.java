package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A measure followed by its conversion in parentheses ("N ft (M m)", "N sq mi (M km2)", "N mph
 * (M km/h)") is asked with the conversion left out of the prompt; the conversion's own figure,
 * a decimal too ("3.7"), is a conversion, never a day and month (class 18 of the seventeenth
 * review). Invented sentences.
 */
class UnitConversionsTest {
  /** A measure's unit, its conversion's unit, and a sentence around "{0}" the measure. */
  private static final List<String[]> SHAPES = List.of(
      new String[] {"ft", "m", "In 1871 a tidal wave of {0} washed over the low harbour town."},
      new String[] {"sq mi", "km2", "In 1790 the settlers drained {0} of marsh beside the estuary."},
      new String[] {"mph", "km/h", "In March 1903 the gale blew at up to {0} across the northern cape."},
      new String[] {"miles", "km", "By 1888 the new railway ran for {0} through the hill country."},
      new String[] {"feet", "m", "The old keep was raised by {0} after the flood of 1702."});

  private static Result gen(String sentence) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
        "Notes on the Varn estuary\n\n" + sentence + "\n"));
  }

  @Test
  void aMeasureIsAskedWithoutItsConversion() {
    SplittableRandom rnd = new SplittableRandom(18);
    for (int i = 0; i < 20; i++) {
      String[] s = SHAPES.get(i % SHAPES.size());
      int n = 8 + rnd.nextInt(300);
      String conv = (n * 3 / 10) + "." + (1 + rnd.nextInt(9));
      String measure = "{{" + n + "|number|" + n + "}} " + s[0] + " (" + conv + " " + s[1] + ")";
      Result r = gen(s[2].replace("{0}", measure));
      String why = r.report().format(r.bank());
      List<Question> qs = r.bank().questions();
      assertFalse(qs.isEmpty(), why);
      for (Question q : qs) {
        assertEquals(String.valueOf(n), q.answer().text(), why);
        assertFalse(q.prompt().contains(conv), q.prompt());
        assertFalse(q.prompt().contains("("), q.prompt());
        assertTrue(q.prompt().matches(".*(_____|\\d+) " + s[0] + " \\p{L}.*"), q.prompt());
      }
    }
  }

  @Test
  void theConversionsDecimalIsAConversionNotADayAndMonth() {
    for (String[] s : SHAPES) {
      for (String dec : new String[] {"3.7", "6.1", "11.3", "9.12"}) {
        Result r = gen(s[2].replace("{0}", "15 " + s[0] + " ({{" + dec + "|number|" + dec + "}} "
            + s[1] + ")"));
        Set<SkipReason> why = r.report().skipped().stream().map(Report.Skipped::reason)
            .collect(Collectors.toSet());
        assertEquals(Set.of(SkipReason.CONVERSION), why, r.report().format(r.bank()));
        assertTrue(r.bank().questions().isEmpty());
      }
    }
  }

  @Test
  void conversionsAreNoFiguresThatAddUpToTheAnswer() {
    // 7.6 + 13 + 4.4 = 25 and 25 - 7.6 - 4.4 = 13, by chance: a conversion restates its measure.
    String s = "In 1871 a tidal wave of {{25|number|25}} ft (7.6 m) washed over the quay, which"
        + " stood only {{13|number|13}} ft (4.4 m) above the sea, and wrecked {{400|number|400}}"
        + " houses.";
    Result r = gen(s.replace("(7.6 m)", "({{7.6|number|7.6}} m)")
        .replace("(4.4 m)", "({{4.4|number|4.4}} m)"));
    Set<String> asked = r.bank().questions().stream().map(q -> q.answer().text())
        .collect(Collectors.toSet());
    assertTrue(asked.containsAll(Set.of("25", "13", "400")), r.report().format(r.bank()));
  }

  @Test
  void aBracketThatIsNoConversionStays() {
    Result r = gen("In 1840 the town was home to {{1,200|number|1200}} weavers (a third of its"
        + " people) before the mills closed.");
    assertFalse(r.bank().questions().isEmpty(), r.report().format(r.bank()));
    for (Question q : r.bank().questions()) {
      assertTrue(q.prompt().contains("(a third of its people)"), q.prompt());
    }
  }
}
