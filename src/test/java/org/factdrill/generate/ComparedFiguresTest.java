package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A figure the sentence itself compares with another of its figures ("more than the N",
 * "a 12% drop from N") gets no true/false statement: changing either side makes the sentence
 * contradict itself or leaves it true. Other figures, and other languages' packs, are untouched.
 */
class ComparedFiguresTest {
  private static final String H = String.valueOf(PromptBuilder.HOLE);

  @Test
  void eitherSideOfAStatedComparisonIsCompared() {
    SplittableRandom rnd = new SplittableRandom(3);
    String[] links = {"more than the", "less than the", "up from", "a decrease from",
        "fewer than the", "compared with"};
    for (int i = 0; i < 200; i++) {
      int a = 100 + rnd.nextInt(9000);
      int b = 100 + rnd.nextInt(9000);
      String link = links[rnd.nextInt(links.length)];
      String left = "The guild had " + H + " members in spring, " + link + " " + b
          + " members it had the year before.";
      String right = "The guild had " + a + " members in spring, " + link + " " + H
          + " members it had the year before.";
      assertTrue(HedgePolicy.compared(Language.EN, left), left);
      assertTrue(HedgePolicy.compared(Language.EN, right), right);
    }
  }

  @Test
  void figuresNotSetAgainstEachOtherAreNot() {
    assertFalse(HedgePolicy.compared(Language.EN,
        "The guild had " + H + " members in 1820 and built a hall for 300 guests."));
    // A hedge on the figure itself is HedgePolicy's side, not a comparison of two figures.
    assertFalse(HedgePolicy.compared(Language.EN,
        "In 1820 the guild had more than " + H + " members in the town."));
    assertFalse(HedgePolicy.compared(Language.HE, "בשנת 1820 היו בגילדה יותר מ-" + H + " חברים."));
  }
}
