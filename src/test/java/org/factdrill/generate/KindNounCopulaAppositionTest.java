package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A name that a sentence says is a thing of some kind ("Orla was a steamer …", "Orla, a steamer
 * of the Varn line, …") names an instance of that kind just as "the steamer Orla" does: a later
 * "The ship …" is that one, and its question needs the name; so does one whose name stands two
 * sentences back (class 4 of the seventeenth review, what ctx17 left). Invented texts.
 */
class KindNounCopulaAppositionTest {
  /** A sentence naming an instance {0}=year, the kind noun's clause, and one naming none. */
  private static final List<String[]> NAMED = List.of(
      new String[] {"Orla was a steamer of the Varn line, launched at Lindmoor in {0}",
          "The ship sank off Havana in {1} after a long storm", "Orla"},
      new String[] {"Kestrel was a three-masted schooner built at the Lindmoor yard in {0}",
          "The vessel was wrecked on the Tallow bar in {1} with all hands", "Kestrel"},
      new String[] {"Orla, a steamer of the Varn line, was launched at Lindmoor in {0}",
          "The ship sank off Havana in {1} after a long storm", "Orla"},
      new String[] {"Redmark is a society of weavers that first met at Lindmoor in {0}",
          "The society bought the old corn hall in {1} from the town", "Redmark"},
      new String[] {"Ardley, an army of hired pikemen, crossed the Tallow in {0}",
          "The army took the town of Lindmoor in {1} after a siege", "Ardley"},
      new String[] {"The river pilots founded Greyhollow, a union of the Tallow boatmen, in {0}",
          "The union struck against the mill owners in {1} for higher pay", "Greyhollow"});

  private static List<Question> about(Result r, int y) {
    return r.bank().questions().stream()
        .filter(q -> q.answer().text().contains(String.valueOf(y))).toList();
  }

  private static String fill(String s, int y) {
    return s.replace("{0}", String.valueOf(y)).replace("{1}", String.valueOf(y + 7));
  }

  @Test
  void aNameSaidToBeAThingOfTheKindIsShownWithTheKindNoun() {
    for (int y = 1801; y < 1900; y += 19) {
      for (String[] t : NAMED) {
        String text = "Notes from the Tallow valley\n\n" + fill(t[0], y) + ". " + fill(t[1], y)
            + ".\n";
        var r = Fixtures.extracted(Language.EN, text);
        List<Question> qs = about(r, y + 7);
        assertFalse(qs.isEmpty(), text + "\n" + r.report().format(r.bank()));
        for (Question q : qs) {
          assertTrue(q.prompt().contains(t[2]), text + "\n" + q.prompt());
        }
      }
    }
  }

  @Test
  void theNameTwoSentencesBackIsNeededToo() {
    for (int y = 1801; y < 1900; y += 19) {
      String text = "Notes from the Tallow valley\n\nThe merchants of Lindmoor met in the corn"
          + " hall in " + y + ". They bought the steamer Orla from a yard on the Clyde. Her"
          + " crew came from the Tallow villages. The ship sank off Havana in " + (y + 7)
          + " after a long storm.\n";
      var r = Fixtures.extracted(Language.EN, text);
      for (Question q : about(r, y + 7)) {
        assertTrue(q.prompt().contains("Orla"), q.prompt());
      }
    }
  }

  @Test
  void aKindWordThatNamesNoOneLeavesTheClauseAsItIs() {
    for (int y = 1801; y < 1900; y += 19) {
      String[] plain = {"It was a steamer of the old kind, launched at Lindmoor in {0}",
          "Lindmoor was then a small town, and a new steamer was launched there in {0}"};
      for (String p : plain) {
        String text = "Notes from the Tallow valley\n\n" + fill(p, y) + ". The ship sank off"
            + " Havana in " + (y + 7) + " after a long storm.\n";
        var r = Fixtures.extracted(Language.EN, text);
        assertFalse(about(r, y + 7).isEmpty(), text + "\n" + r.report().format(r.bank()));
      }
    }
  }
}
