package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (fourteenth session, English): a tally written after a colon or a semicolon ("Losses:
 * three sloops, 2 barges and 140 men.") is a table's row, not a clause, so none of its figures
 * is asked, while a clause with the same figures is; one end of a period written as one date with
 * two days ("From May 4-9, 1921") is a day of it and is not asked alone, while the period is; a
 * paragraph whose line breaks were lost is not asked from. Made-up texts, generated lists.
 */
class TalliesAndDaySpansTest {
  private static final List<String> NOUNS = List.of("frigates", "sloops", "gunboats", "barges",
      "transports", "men", "horses", "guns", "wagons", "colliers");
  private static final List<String> WORDS = List.of("two", "three", "four", "five", "six");

  @Test
  void aFigureOfATallyAfterAColonOrASemicolonIsNotAsked() {
    Random rnd = new Random(1402);
    for (int n = 0; n < 40; n++) {
      int items = 2 + rnd.nextInt(3);
      StringBuilder tally = new StringBuilder();
      String asked = String.valueOf(10 + rnd.nextInt(900));
      int at = rnd.nextInt(items);
      for (int k = 0; k < items; k++) {
        tally.append(k == 0 ? "" : k == items - 1 ? " and " : ", ");
        String fig = k == at ? "{{" + asked + "|number|" + asked + "}}"
            : WORDS.get(rnd.nextInt(WORDS.size()));
        tally.append(fig).append(' ').append(NOUNS.get((k + n) % NOUNS.size()));
      }
      String sentence = rnd.nextBoolean()
          ? "Losses of the squadron in the storm off Cape Wren: " + tally + "."
          : "The squadron fought off Cape Wren in the fog; its losses, " + tally + ".";
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
          "The Northern Squadron, 1793\n\n" + sentence));
      assertTrue(Fixtures.asking(r, asked).isEmpty(),
          sentence + "\n" + r.report().format(r.bank()));
      Result clause = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN,
          "The Northern Squadron, 1793\n\nIn the storm off Cape Wren the squadron lost " + tally
              + "."));
      assertFalse(Fixtures.asking(clause, asked).isEmpty(), "the clause: " + tally);
    }
  }

  @Test
  void oneDayOfAPeriodWrittenAsOneDateIsNotAskedAlone() {
    Random rnd = new Random(1403);
    for (int n = 0; n < 30; n++) {
      String month = Fixtures.EN_MONTHS.get(rnd.nextInt(12));
      int m = Fixtures.EN_MONTHS.indexOf(month) + 1;
      int d1 = 1 + rnd.nextInt(20);
      int d2 = d1 + 1 + rnd.nextInt(7);
      int y = 1800 + rnd.nextInt(150);
      String text = "The Siege of Arlow\n\nFrom " + month + " " + d1 + "-" + d2 + ", " + y
          + ", the garrison of Arlow held the bridge against the whole army of the duke.";
      Result r = Fixtures.extracted(Language.EN, text);
      String report = text + "\n" + r.report().format(r.bank());
      assertTrue(Fixtures.asking(r, String.valueOf(d1)).isEmpty()
          && Fixtures.asking(r, String.valueOf(d2)).isEmpty(), report);
      assertFalse(Fixtures.asking(r, month + " " + d1 + "-" + d2 + ", " + y).isEmpty(), report);
    }
  }

  @Test
  void aParagraphThatLostItsLineBreaksIsNotAskedFrom() {
    String text = "Port chronology\n\nOn 4 March 1921 the harbour board opened its new dock,able "
        + "to take ships of 12,000 tons.On 19 April 1921 a gale drove three colliers ashore;the "
        + "tugs saved their crews(all of them).The board reported a record year in 1922.";
    Result r = Fixtures.extracted(Language.EN, text);
    assertTrue(r.bank().questions().isEmpty(), r.report().format(r.bank()));
    assertTrue(Fixtures.skipped(r, SkipReason.LOST_BREAKS, "4 March 1921"),
        r.report().format(r.bank()));
  }
}
