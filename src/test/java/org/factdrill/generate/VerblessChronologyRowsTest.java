package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A chronology row with no verb after its date ("DATE Opening of the new bridge.") is a label,
 * not a statement: never blanked, and never an item of a which-first or a timeline (class 6 of
 * the sixteenth review). A row whose words hold a finite verb, listed, in -ed, an irregular past
 * or a present in -s, is still asked. Invented rows, many dates and heads.
 */
class VerblessChronologyRowsTest {
  private static final List<String> LABELS = List.of("Opening of the new ferry terminal at Varnholm",
      "Completion of the northern breakwater", "First meeting of the harbour pilots' council",
      "Founding of the Lindmoor rowing club", "Dedication of the customs house on the quay",
      "Signing of the river toll charter", "Launch of the first steam tug of the port",
      "Great flood in the lower town");
  private static final List<String> CLAUSES = List.of(
      "The harbour board opened a school for pilots", "The council sets up a river police",
      "The pilots found a wreck in the channel", "A storm sank two colliers off the quay",
      "The mayor lays the stone of the new lock", "The town overcame a long drought",
      "The ferry company bought two tugs", "Fire destroyed the old warehouse");
  private static final List<String> LISTED = List.of("The harbour board opened a school for pilots",
      "A storm sank two colliers off the quay", "The ferry company bought two tugs",
      "Fire destroyed the old warehouse");

  private static String chronology(List<String> rows, int year0, boolean monthFirst, String sep) {
    StringBuilder b = new StringBuilder("Chronology of the port of Varnholm\n\n");
    int year = year0;
    for (int i = 0; i < rows.size(); i++) {
      int day = 2 + (i * 5) % 26;
      String month = Fixtures.EN_MONTHS.get((i * 7 + year) % 12);
      String date = monthFirst ? month + " " + day + ", " + year : day + " " + month + " " + year;
      b.append(date).append(sep).append(rows.get(i)).append(".\n");
      year += 3 + i % 4;
    }
    return b.toString();
  }

  @Test
  void aRowWithNoVerbIsNeitherAskedNorAnItem() {
    for (int year0 = 1804; year0 < 1904; year0 += 11) {
      for (boolean monthFirst : new boolean[] {true, false}) {
        for (String sep : List.of(" ", " – ")) {
          List<String> rows = new java.util.ArrayList<>();
          for (int i = 0; i < LABELS.size(); i++) {
            rows.add(LABELS.get(i));
            rows.add(CLAUSES.get(i));
          }
          String text = chronology(rows, year0, monthFirst, sep);
          List<Question> qs = Fixtures.extracted(Language.EN, text).bank().questions();
          for (Question q : qs) {
            String shown = q.prompt() + " " + q.events().stream().map(e -> e.text()).toList();
            for (String label : LABELS) {
              assertFalse(shown.contains(label), label + " asked: " + shown);
            }
          }
          // A row set off by a dash is a list's row, asked when its verb is a listed one (text/
          // DatedRows); a row run on after its date is prose, asked when it may hold a verb.
          for (String clause : sep.isBlank() ? CLAUSES : LISTED) {
            assertTrue(qs.stream().anyMatch(q -> q.type() == QuestionType.CLOZE
                && q.prompt().contains(clause)), clause + " not asked in\n" + text);
          }
        }
      }
    }
  }

  @Test
  void theVerbTestKnowsEnglishFormsThatShareTheirShapeWithNouns() {
    for (String verb : List.of("sets", "lays", "finds", "overcame", "lost", "left", "set",
        "found", "rode", "hid", "struck", "opened")) {
      assertFalse(VerblessRow.is(Language.EN, "March 4, 1902 The mayor " + verb + " the gate."),
          verb);
      assertFalse(VerblessRow.is(Language.EN, "1902 – The mayor " + verb + " the gate."), verb);
    }
    for (String label : LABELS) {
      assertTrue(VerblessRow.is(Language.EN, "March 4, 1902 " + label + "."), label);
      assertTrue(VerblessRow.is(Language.EN, "1902 – " + label + "."), label);
      assertTrue(VerblessRow.is(Language.EN, "In 1902 " + label.toLowerCase() + "."), label);
    }
    // A plural after an article or preposition is a noun; a capitalised word is a name.
    assertTrue(VerblessRow.is(Language.EN, "1902 – Opening of the docks at Wells."));
    // Prose that opens with its date and a verb stays a statement.
    assertFalse(VerblessRow.is(Language.EN, "July 4, 1776, was the day the colonies broke away."));
  }
}
