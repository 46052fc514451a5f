package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;

/**
 * A day and month that a sentence takes as a day of every year ("agreed to honour 9 May as the
 * founders' day", "declared 9 May a holiday", "would celebrate 9 May for years to come") is no
 * event of the sentence's year: it is not asked and not shown with that year. The day of an
 * event in the same paragraph still is.
 */
class DayTakenAsYearlyTest {
  @Property(tries = 12, seed = "1616")
  void aDayHonouredAsAYearlyDayIsNotAsked(
      @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 0, max = 11) int m,
      @ForAll @IntRange(min = 1700, max = 1990) int year) {
    String date = Fixtures.EN_MONTHS.get(m) + " " + day;
    for (String frame : List.of("In {Y}, the harbour council agreed to honor {D} as the town's"
            + " founding day.",
        "In {Y}, the assembly of the northern towns declared {D} a public holiday.",
        "In {Y}, the mayor wrote that the harbour towns would celebrate {D} for years to come.")) {
      String text = "The northern towns\n\n" + frame.replace("{Y}", String.valueOf(year))
          .replace("{D}", date) + "\n";
      Result r = Fixtures.extracted(Language.EN, text);
      assertEquals(List.of(), Fixtures.asking(r, date), text);
      for (Question q : r.bank().questions()) {
        assertFalse(q.prompt().contains(date + " (" + year + ")"), q.prompt());
      }
    }
  }

  @Property(tries = 6, seed = "1616")
  void theDayOfAnEventStillTakesItsYear(
      @ForAll @IntRange(min = 1, max = 28) int day, @ForAll @IntRange(min = 0, max = 11) int m,
      @ForAll @IntRange(min = 1700, max = 1990) int year) {
    String date = Fixtures.EN_MONTHS.get(m) + " " + day;
    String text = "The northern towns\n\nIn " + year + ", the harbour council met in the old hall."
        + " On " + date + ", the council agreed to build a new bridge over the river.\n";
    Result r = Fixtures.extracted(Language.EN, text);
    assertFalse(Fixtures.asking(r, date).isEmpty(), r.report().format(r.bank()));
  }
}
