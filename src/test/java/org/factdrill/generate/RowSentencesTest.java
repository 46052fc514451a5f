package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A later sentence of a multi-sentence chronology row is asked with the row from its start (the
 * row's date and its first sentence, which names what the row is about), or not at all (class 7
 * of the sixteenth review). A later sentence that names the row's subject itself is asked alone;
 * a paragraph that merely opens with its date ("July 4, 1776, was …") is no row. Invented rows.
 */
class RowSentencesTest {
  private static final List<String> BODIES = List.of("Harbour Loans Act", "Dock Labour Act",
      "River Tolls Charter", "Canal Wages Act", "Pilotage Act");

  private static String rows(int year0, String sep) {
    StringBuilder b = new StringBuilder("Chronology of the Varnholm ports\n\n");
    int year = year0;
    for (int i = 0; i < BODIES.size(); i++) {
      b.append(year).append(sep).append("The ").append(BODIES.get(i))
          .append(" gave the harbour board new powers. Loans of up to $").append(2 + i)
          .append(" million were allowed each year. The board also fixed the dues at ")
          .append(10 + 3 * i).append(" percent in ").append(year + 2).append(".\n");
      year += 5 + i;
    }
    return b.toString();
  }

  @Test
  void aLaterSentenceOfARowIsAskedWithTheRowsFirstSentence() {
    for (int year0 = 1811; year0 < 1931; year0 += 12) {
      for (String sep : List.of(" – ", ": ", " ")) {
        String text = rows(year0, sep);
        var r = Fixtures.extracted(Language.EN, text);
        int asked = 0;
        for (Question q : r.bank().questions()) {
          String p = q.prompt();
          if (p != null && (p.contains("Loans of up to") || p.contains("also fixed the dues"))) {
            asked++;
            assertTrue(BODIES.stream().anyMatch(p::contains), "no row subject: " + p);
          }
        }
        assertTrue(asked > 0, text + "\n" + r.report().format(r.bank()));
      }
    }
  }

  @Test
  void aLaterSentenceNamingTheRowsSubjectIsAskedAlone() {
    String text = "Chronology of the Varnholm ports\n\n"
        + "1844 – The Dock Labour Act gave the harbour board new powers. Under the Dock Labour Act,"
        + " the dues were fixed at 12 percent in 1846.\n"
        + "1851 – The Pilotage Act created a pilots' guild. Under the Pilotage Act, the fees were"
        + " fixed at 9 percent in 1853.\n";
    var r = Fixtures.extracted(Language.EN, text);
    List<Question> qs = Fixtures.asking(r, "12 percent");
    assertFalse(qs.isEmpty(), r.report().format(r.bank()));
    for (Question q : qs) {
      assertTrue(q.prompt().startsWith("Under the Dock Labour Act"), q.prompt());
    }
  }

  @Test
  void aParagraphOpeningWithItsDateIsNoRow() {
    String text = "The Varnholm charter\n\n"
        + "March 4, 1844, was the day the merchants of Varnholm, after a long quarrel with the"
        + " lords of the upper valley over the tolls of the river and the dues of the quay, met in"
        + " the old hall of the guild beside the northern gate and signed the river charter of"
        + " the free town. The Varnholm guild had 140 members.\n\n"
        + "June 9, 1850, was the day the charter was burned in the great fire. The town rebuilt"
        + " its quay within 3 years.\n";
    var r = Fixtures.extracted(Language.EN, text);
    List<Question> qs = Fixtures.asking(r, "140");
    assertFalse(qs.isEmpty(), r.report().format(r.bank()));
    for (Question q : qs) {
      assertTrue(q.prompt().startsWith("The Varnholm guild"), q.prompt());
    }
  }
}
