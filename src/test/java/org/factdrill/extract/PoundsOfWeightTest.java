package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * "pound(s)" in a clause that speaks of weight ("the bell weighed 900 pounds") is the unit of
 * weight, a number; elsewhere, or with "sterling", it is money; and a year with a currency code
 * in brackets after an amount ("$30 million (1900 USD)") is the year the amount is reckoned in,
 * no amount (vi17a, class 9 of the seventeenth review). Made-up sentences, random figures.
 */
class PoundsOfWeightTest {
  private static final Language EN = Language.fromCode("en").orElseThrow();
  private static final String[] WEIGHT = {"The new bell weighed %d pounds when it was hung in 1903.",
      "In 1903 the cart carried a load of %d pounds to Alvira.",
      "The Quorvex cannon, which weighs %d pounds, was cast in 1903."};

  @Test
  void poundsInAClauseOfWeightAreAWeight() {
    Random r = new Random(1719);
    for (int n = 0; n < 30; n++) {
      int v = 20 + r.nextInt(900); // (a bare four-digit figure reads as a year)
      String text = String.format(WEIGHT[n % WEIGHT.length], v);
      List<Fact> facts = Facts.of(EN, text);
      assertTrue(facts.stream().noneMatch(f -> f.kind() == FactKind.MONEY), text + " -> " + facts);
      assertTrue(facts.stream().anyMatch(f -> f.kind() == FactKind.NUMBER), text + " -> " + facts);
    }
  }

  @Test
  void poundsPaidAreMoneyAndACurrencyYearIsNoAmount() {
    List<Fact> paid = Facts.of(EN, "In 1905 the town of Alvira paid 300 pounds for the land.");
    assertTrue(paid.stream().anyMatch(f -> f.kind() == FactKind.MONEY), paid.toString());
    List<Fact> reckoned = Facts.of(EN, "The storm of 1900 caused damage of $30 million (1900 USD).");
    assertTrue(reckoned.stream().filter(f -> f.kind() == FactKind.MONEY).count() == 1, reckoned.toString());
    assertTrue(reckoned.stream().noneMatch(f -> f.kind() == FactKind.MONEY && f.text().contains("USD")),
        reckoned.toString());
  }
}
