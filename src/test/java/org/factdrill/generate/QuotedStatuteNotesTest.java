package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A code's notes (class 24 and 28 of the eighteenth review): an amendment note, a line of a year
 * and the amending law's citation, is a reference entry, so no question comes from it; findings
 * quoted over several paragraphs, each opening with a quotation mark and a label "(1)", are asked
 * without the label and without a quotation shown as cut short. Invented notes, generated.
 */
class QuotedStatuteNotesTest {
  private static final String[] VERBS = {"substituted \"five\" for \"three\"",
      "struck out par. (3)", "inserted \"and the canal\" after \"harbor\"", "added subsec. (d)"};

  private static String notes(int seed) {
    int year = 1950 + seed % 60;
    int congress = 80 + seed % 40;
    return "Title 9—Rivers and Ports\n\nAmendments\n\n"
        + year + "—Subsec. (b). Pub. L. " + congress + "–" + (100 + seed) + ", § " + (2 + seed % 9)
        + ", " + Fixtures.EN_MONTHS.get(seed % 12).substring(0, 3) + ". " + (1 + seed % 27) + ", "
        + year + ", " + (60 + seed % 70) + " Stat. " + (400 + seed * 7) + ", "
        + VERBS[seed % VERBS.length] + ".\n\n"
        + (year - 6) + "—Pub. L. " + (congress - 3) + "–" + (20 + seed) + " " + VERBS[(seed + 1)
        % VERBS.length] + ". See " + (58 + seed % 70) + " Stat. " + (900 + seed) + ", "
        + (950 + seed) + ".\n\n"
        + "Findings\n\nCongress finds the following:\n\n"
        + "\"(1) The river board was founded in " + (1801 + seed) + " and employed "
        + (120 + seed * 3) + " pilots by " + (1850 + seed) + ".\n\n"
        + "\"(2) During the flood of " + (1870 + seed) + ", more than " + (2000 + seed * 10)
        + " families left the lower town for " + (30 + seed) + " days.\"\n";
  }

  @Test
  void anAmendmentNoteIsNotAskedAndItsCitationHoldsNoFigure() {
    for (int seed = 1; seed <= 12; seed++) {
      String text = notes(seed);
      Result r = Fixtures.extracted(Language.EN, text);
      assertFalse(r.bank().questions().isEmpty(), text);
      for (Question q : r.bank().questions()) {
        assertFalse(q.prompt().contains("Pub. L.") || q.prompt().contains("Stat."), q.prompt());
      }
    }
  }

  @Test
  void aQuotedFindingIsAskedWithoutItsLabelAndNotAsCutShort() {
    for (int seed = 1; seed <= 12; seed++) {
      String text = notes(seed);
      Result r = Fixtures.extracted(Language.EN, text);
      List<Question> founded = Fixtures.asking(r, String.valueOf(1801 + seed));
      assertFalse(founded.isEmpty(), r.report().format(r.bank()));
      for (Question q : r.bank().questions()) {
        String p = q.prompt();
        assertFalse(p.matches("^[\"“]?\\(\\d+\\).*"), p);
        assertFalse(p.contains("…"), p); // both sentences are whole
        assertTrue(p.startsWith("The river board") || p.startsWith("\"During the flood")
            || p.startsWith("During the flood"), p);
      }
    }
  }

  @Test
  void aDurationOfAQuotedFindingNamesWhatLastedWithoutTheLabel() {
    for (int seed = 1; seed <= 8; seed++) {
      int from = 1880 + seed * 5;
      // What lasted is named (class 27: a fronted period with no named thing is not asked).
      String text = "Rivers and Ports\n\nFindings\n\n\"(" + seed + ") The Barge Embargo lasted"
          + " from " + from + " to " + (from + 3 + seed) + ", and the river pilots served in"
          + " the navy.\n\n\"(" + (seed + 1) + ") The lower town flooded in " + (from + 20)
          + ".\"\n";
      Result r = Fixtures.extracted(Language.EN, text);
      List<Question> durations = r.bank().questions().stream()
          .filter(q -> q.type() == org.factdrill.bank.QuestionType.DURATION).toList();
      assertFalse(durations.isEmpty(), r.report().format(r.bank()));
      for (Question q : durations) {
        assertTrue(q.prompt().startsWith("The Barge Embargo lasted"), q.prompt());
      }
    }
  }
}
