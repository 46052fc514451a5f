package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A weekday beside a date labels the date only: it goes with the date from a timeline item and
 * from beside a blank. A sentence that shows an ellipsis of its source is not whole: its facts
 * are not asked (reason elided). Made-up sentences.
 */
class DayLabelsAndElisionTest {
  private static final char H = PromptBuilder.HOLE;

  @Test
  void aWeekdayBesideTheHoleGoesInEveryLanguagesForm() {
    assertEquals(H + " (1942) The fleet sails.", DayLabels.besideHole(H + " (1942) Mon. The fleet sails."));
    assertEquals(H + " The fleet sails.", DayLabels.besideHole(H + " (Tue) The fleet sails."));
    assertEquals("On " + H + ", the talks began.", DayLabels.besideHole("On Monday, " + H + ", the talks began."));
    assertEquals(H + " флот вышел.", DayLabels.besideHole(H + " пн. флот вышел."));
    // A lower-case word that spells a weekday abbreviation is a word of the sentence.
    assertEquals(H + " sat the council.", DayLabels.besideHole(H + " sat the council."));
    // Not beside the hole: left alone.
    assertEquals("In " + H + " the fleet sailed on Sunday.",
        DayLabels.besideHole("In " + H + " the fleet sailed on Sunday."));
  }

  @Test
  void aTimelineItemKeepsNoWeekdayOfItsRemovedDate() {
    assertEquals("The fleet sails from the port.",
        Timeline.withoutDate(H + " Mon. The fleet sails from the port."));
    assertEquals("The fleet sails from the port.",
        Timeline.withoutDate("Sunday, " + H + ": The fleet sails from the port."));
  }

  @Test
  void aSentenceShowingASourceEllipsisIsNotAsked() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, """
        The Zarnov campaign

        The envoys of Zarnov named the ports of Arlo, Venn … and Tarsk in {{1921|date|1921}} as free.

        The council of Zarnov closed the ports of Arlo and Venn in {{1924|date|1924}} after the strike.
        """));
    assertTrue(r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.ELIDED
        && s.text().equals("1921")), r.report().format(r.bank()));
    assertTrue(r.bank().questions().stream().anyMatch(q -> q.answer().text().equals("1924")));
    assertFalse(r.bank().questions().stream().anyMatch(q -> q.prompt().contains("…")));
  }
}
