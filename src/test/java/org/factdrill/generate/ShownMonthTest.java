package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 5: the month of a blanked month-and-year named on its own beside the
 * blank gives the cloze's month away, so no cloze asks it; options that differ only in the year
 * stay. A month named inside another full date ("14 March") is another day, not a giveaway.
 * Invented sentences and generated months and years.
 */
class ShownMonthTest {
  @Test
  void aMonthAloneIsNamedAndAMonthInsideAnotherDateIsNot() {
    assertTrue(ShownMonth.alone("The strike began in  , a cold March of rain.", 3));
    assertFalse(ShownMonth.alone("The strike began in  , after 14 March 1899.", 3));
    assertFalse(ShownMonth.alone("The strike began in  , a cold spring.", 3));
    assertTrue(ShownMonth.alone("השביתה החלה ב- , במרץ הקר ההוא.", 3));
  }

  /** Oracle: a cloze of a month-and-year never shows that month by itself in its prompt. */
  @Property(tries = 24, seed = "1616")
  void noClozeOfAMonthAndYearShowsItsMonthBesideTheBlank(
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1820, max = 1990) int year, @ForAll boolean named) {
    String m = Fixtures.EN_MONTHS.get(month - 1);
    String date = m + " " + year;
    String text = "The Dock Strike of Varnholt\n\nThe dock strike of Varnholt began in " + date
        + (named ? ", a cold " + m + " that the porters long remembered."
            : ", a cold season that the porters long remembered.") + "\n";
    var r = Fixtures.extracted(Language.EN, text);
    List<Question> asked = Fixtures.asking(r, date);
    boolean cloze = asked.stream().anyMatch(q -> q.type() == QuestionType.CLOZE);
    assertEquals(!named, cloze, text + r.report().format(r.bank()));
    for (Question q : asked) {
      if (q instanceof Question.Choice c) {
        // Options that vary only the year keep the month: they give nothing away.
        assertTrue(c.options().stream().allMatch(o -> o.startsWith(m + " ")), c.options()
            .toString());
      }
    }
  }
}
