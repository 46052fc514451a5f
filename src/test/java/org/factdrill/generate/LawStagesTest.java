package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.factdrill.bank.Question;
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

  // Twenty-second review: on a page that names one law only, a product noun is that law's
  // product even when its item names the product by its kind, not by the law's name words.

  @Test
  void onAPageNamingOneLawItsProductNeedsNoNameWord() {
    String page = "The Harbour Pensions Bill was drafted by the union. The Harbour Pensions Bill"
        + " passed the colonial assembly in 1911. The bill was amended in 1913.";
    Set<String> laws = LawStages.names(Language.EN, page);
    assertTrue(laws.equals(Set.of("harbour pensions")), laws.toString());
    String[][] pairs = {
        {"The Harbour Pensions Bill passed the colonial assembly", "the first cheques reached old dockers"},
        {"the governor signed the Harbour Pensions Bill", "ten thousand dockers' benefits were in force"},
        {"The Harbour Pensions Bill became law", "some 3,000 payments reached retired stevedores"}};
    for (String[] p : pairs) {
      assertFalse(LawStages.tellsOrder(Language.EN, p[0], p[1]), "without the page: " + p[1]);
      assertTrue(LawStages.tellsOrder(Language.EN, p[0], p[1], laws), p[1]);
      assertTrue(LawStages.tellsOrder(Language.EN, p[1], p[0], laws), p[1]);
    }
    Set<String> act = LawStages.names(Language.EN, "In 1923 the Orvin Canal Act was signed.");
    assertTrue(LawStages.tellsOrder(Language.EN, "Governor Lint signed the Orvin Canal Act",
        "the first board was appointed", act));
  }

  @Test
  void onAPageNamingTwoLawsAProductWithoutANameWordStaysUnordered() {
    Set<String> laws = LawStages.names(Language.EN, "The Harbour Pensions Bill passed in 1911. The"
        + " Mine Safety Act was signed by the governor in 1912.");
    assertTrue(laws.size() == 2, laws.toString());
    assertFalse(LawStages.tellsOrder(Language.EN, "The Harbour Pensions Bill passed the assembly",
        "the first cheques reached old dockers", laws));
    assertTrue(LawStages.tellsOrder(Language.EN, "The Harbour Pensions Bill passed the assembly",
        "harbour pensions reached old dockers", laws));
    // A lower-case "the bill" names no law, and an event that is no product stays unordered.
    assertFalse(LawStages.tellsOrder(Language.EN, "The Harbour Pensions Bill passed the assembly",
        "a great storm wrecked the quays", LawStages.names(Language.EN, "The Harbour Pensions"
            + " Bill passed. The bill was amended.")));
  }

  @Test
  void aWhichFirstOfTheOneLawsStageAndItsProductIsNotAsked() {
    for (String product : new String[] {
        "In 1914 the first cheques reached ten thousand old dockers along the coast.",
        "In 1914 ten thousand dockers' benefits were in force along the whole coast."}) {
      String text = "The Harbour Pensions Bill\n\nThe Harbour Pensions Bill passed the colonial"
          + " assembly in March 1911 after a long debate.\n" + product + "\nA great storm wrecked"
          + " the northern quays of the port in 1919.\n";
      Result r = Fixtures.extracted(Language.EN, text);
      for (Question q : r.bank().questions()) {
        if (q instanceof Question.WhichFirst w) {
          assertFalse(w.events().stream().anyMatch(e -> e.text().contains("Bill passed"))
              && w.events().stream().anyMatch(e -> e.text().contains("thousand")), product);
        }
      }
    }
  }
}
