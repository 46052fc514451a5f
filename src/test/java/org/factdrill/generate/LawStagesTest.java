package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Open class of the twenty-first review (which-first told by the events' kinds): a stage of a
 * law's enactment and what is done under that law (its pensions paid, its board appointed) are
 * ordered by their wording. Invented acts and clauses.
 */
class LawStagesTest {
  @Test
  void aLawsStageAndItsProductOrOfficeTellTheirOrder() {
    String[][] pairs = {
        {"The Harbour Bill passed the Senate", "Ten thousand harbour pensions were being paid"},
        {"Governor Lint signed the Orvin Canal Act", "the first Orvin Canal Board was appointed"},
        {"the Widows' Relief Law came into force", "some 3,000 relief payments reached widows"},
        {"the assembly voted the Mill Workers Bill", "mill benefits were in force for 40,000"}};
    for (String[] p : pairs) {
      assertTrue(LawStages.tellsOrder(Language.EN, p[0], p[1]), p[0]);
      assertTrue(LawStages.tellsOrder(Language.EN, p[1], p[0]), p[1]);
    }
  }

  @Test
  void aLawAndAnotherLawsProductOrAnEventAreNotOrderedByWording() {
    assertFalse(LawStages.tellsOrder(Language.EN, "The Harbour Bill passed the Senate",
        "Ten thousand mining pensions were being paid"));
    assertFalse(LawStages.tellsOrder(Language.EN, "The Harbour Bill passed the Senate",
        "a storm wrecked the harbour"));
    assertFalse(LawStages.tellsOrder(Language.EN, "the harbour bill passed",
        "harbour pensions were paid"));
  }

  @Test
  void anItemThatRepeatsAWordIsReadLikeAnyOther() {
    // A product item whose words repeat ("the … the") once broke the reading of the pair.
    assertTrue(LawStages.tellsOrder(Language.EN, "The Harbour Bill passed the Senate",
        "the harbour pensions of the town were being paid"));
    assertFalse(LawStages.tellsOrder(Language.EN, "The Harbour Bill passed the Senate",
        "the mining pensions of the town were paid to the widows"));
  }
}
