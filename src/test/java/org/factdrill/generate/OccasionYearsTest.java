package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 51 (b) of the twenty-first review: "the <year> <occasion noun>" names no occasion (the
 * year says which one of a recurring kind whose kind is not named): shown with the sentence before
 * when that names it, or not asked. Invented sentences, every name made up.
 */
class OccasionYearsTest {
  private static final String PAGE = "Notes from the Orvin archive\n\n";

  @Test
  void aYearBeforeAnOccasionNounAloneIsNotAskedWithoutItsKind() {
    for (String s : new String[] {
        "Farmers petitioned the mayor ahead of the {{1932|date|1932}} fair, expecting a speech.",
        "Before the {{1932|date|1932}} election the weavers of Lin wrote to every councillor.",
        "The guild sent {{40|number|40}} delegates to the {{1932|date|1932}} congress with great hopes.",
        "Varn's coach was dismissed after the {{1932|date|1932}} season; his deputy took over."}) {
      Result r = Fixtures.generate(Language.EN, PAGE + "The river rose early that spring.\n\n" + s);
      assertTrue(Fixtures.asking(r, "1932").isEmpty(), s);
      assertTrue(Fixtures.skipped(r, SkipReason.BACK_REFERENCE, "1932"), s);
    }
  }

  @Test
  void theSentenceBeforeThatNamesTheOccasionIsShownWithIt() {
    Result r = Fixtures.generate(Language.EN, PAGE + "The Orvin Harvest Fair drew crowds from"
        + " every valley town. Farmers petitioned the mayor ahead of the {{1932|date|1932}} fair,"
        + " expecting a speech.");
    List<org.factdrill.bank.Question> qs = Fixtures.clozes(r, "1932");
    assertFalse(qs.isEmpty(), r.report().format(r.bank()));
    assertTrue(qs.get(0).prompt().startsWith("The Orvin Harvest Fair drew crowds"),
        qs.get(0).prompt());
  }

  @Test
  void aNamedOccasionOrAnOfPhraseIsAskedAlone() {
    for (String s : new String[] {
        "Farmers petitioned the mayor ahead of the {{1932|date|1932}} County Fair.",
        "The weavers of Lin wrote to the {{1932|date|1932}} session of the Varn Diet.",
        "Farmers petitioned the mayor in {{1932|date|1932}} before the fair opened."}) {
      Result r = Fixtures.generate(Language.EN, PAGE + "The river rose early that spring.\n\n" + s);
      assertFalse(Fixtures.skipped(r, SkipReason.BACK_REFERENCE, "1932"), s);
      assertEquals(1, Fixtures.clozes(r, "1932").size(), r.report().format(r.bank()));
    }
  }
}
