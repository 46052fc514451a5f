package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A number heading a row of a chronology ("692 – A bishop was elected …") is the row's year. */
class RowHeadYearsTest {
  private static final String[] CLAUSES = {"A bishop was elected to the old see.",
      "Raiders burned the river town and its church.", "The king was crowned in the abbey.",
      "Merchants founded a market on the island.", "The council moved to the northern city.",
      "A flood destroyed the lower harbour."};

  private static String row(Random r, String marker, int year) {
    return marker + year + " – " + CLAUSES[r.nextInt(CLAUSES.length)] + "\n";
  }

  @Test
  void everyHeadOfAnAscendingRunOfClauseRowsIsAYear() {
    Random r = new Random(16);
    for (int n = 0; n < 300; n++) {
      String marker = r.nextBoolean() ? "- " : "";
      int a = 1 + r.nextInt(900);
      int b = a + 2 + r.nextInt(400);
      int c = b + 1 + r.nextInt(900);
      String text = "On this day\n\n" + row(r, marker, a) + (r.nextBoolean() ? "\n" : "")
          + row(r, marker, b) + row(r, marker, c);
      List<Fact> facts = Facts.of(Language.EN, text);
      for (int y : new int[] {a, b, c}) {
        String iso = String.format("%04d", y);
        assertTrue(facts.stream().anyMatch(f -> f.kind() == FactKind.DATE
            && f.text().equals(String.valueOf(y)) && f.value().json().equals("\"" + iso + "\"")),
            text + " -> " + Facts.describe(Language.EN, text));
      }
    }
  }

  @Test
  void aNumberedListIsNoChronology() {
    String text = "Steps\n\n1 – The clerk opened the ledger.\n2 – The clerk wrote the names.\n"
        + "3 – The clerk closed the ledger.\n";
    assertTrue(Facts.of(Language.EN, text).stream().noneMatch(f -> f.kind() == FactKind.DATE),
        Facts.describe(Language.EN, text));
  }

  @Test
  void aRunThatGoesDownOrHasNoClauseKeepsItsNumbers() {
    String down = "Scores\n\n- 640 – The first team won the match.\n- 310 – The second team lost.\n";
    assertTrue(Facts.of(Language.EN, down).stream().noneMatch(f -> f.kind() == FactKind.DATE));
    String names = "Rooms\n\n- 210 – Library\n- 340 – Archive\n- 512 – Gallery\n";
    assertTrue(Facts.of(Language.EN, names).stream().noneMatch(f -> f.kind() == FactKind.DATE));
  }

  @Test
  void aLoneRowOrAMidLineNumberIsNotRead() {
    assertEquals("number:640=640", Facts.describe(Language.EN,
        "The ship carried 640 – more than any before – sailors to the colony."));
  }
}
