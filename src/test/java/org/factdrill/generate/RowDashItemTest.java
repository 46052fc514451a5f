package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A row "year – clause" of an anniversaries list: shown as a chronology item without its year,
 * the dash that parted the year from the row's text goes with it; a dash inside the clause
 * stays. Rows generated from invented clauses.
 */
class RowDashItemTest {
  private static final String[] DASHES = {"–", "—", "-"};
  private static final String[] CLAUSES = {"The salt guild of Torvel built a harbour of stone.",
      "Merchants of the river league signed a charter — a short one — with the coast.",
      "The valley towns elected their first council of twelve.",
      "A great flood struck the lower valley and its mills."};

  @Test
  void aRowsDashGoesWithItsYear() {
    Random r = new Random(1505);
    for (int i = 0; i < 500; i++) {
      String clause = CLAUSES[r.nextInt(CLAUSES.length)];
      String dash = DASHES[r.nextInt(DASHES.length)];
      String spaces = r.nextBoolean() ? " " : "  ";
      String item = Timeline.withoutDate(PromptBuilder.HOLE + spaces + dash + " " + clause);
      assertEquals(clause, item, dash);
    }
  }

  @Test
  void aDashAfterADateInsideTheClauseStays() {
    String item = Timeline.withoutDate("The guild met in " + PromptBuilder.HOLE
        + " – a dry year – and chose a new master.");
    assertTrue(item.contains("– a dry year –"), item);
  }

  @Test
  void aListOfDatedRowsGivesItemsWithoutALeadingDash() {
    String text = "Anniversaries of the valley\n\n"
        + "1204 – The salt guild of Torvel built a harbour of stone in the river mouth.\n"
        + "1311 – Merchants of the river league signed a trade charter with the coast towns.\n"
        + "1487 – The valley towns elected their first council of twelve masters.\n"
        + "1590 – A great flood struck the lower valley and destroyed its mills.\n"
        + "1642 – The old bridge of Kesdun was rebuilt in stone by the guilds.\n";
    int items = 0;
    for (Question q : Fixtures.extracted(Language.EN, text).bank().questions()) {
      java.util.List<Question.Event> events = q instanceof Question.WhichFirst w ? w.events()
          : q instanceof Question.YearsBetween y ? y.events()
          : q instanceof Question.Timeline t ? t.events() : java.util.List.of();
      for (Question.Event e : events) {
        assertFalse(e.text().matches("^[“\"]?[–—-].*"), e.text());
        items++;
      }
    }
    assertTrue(items > 0, "no chronology item");
  }
}
