package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A sentence whose subject is "the + common noun" standing for a thing the sentence before named
 * by its proper name ("The USS Varnholm was launched … The ship reached Havana in 1898 …") is
 * asked with that sentence, which names it; when no sentence on screen names which one, it is
 * not asked (class 4 of the seventeenth review; en topic-nouns.txt). Invented texts.
 */
class KindNounSubjectTest {
  /** A name that says its kind, the noun that stands for it, and a clause about it. */
  private static final List<String[]> THINGS = List.of(
      new String[] {"The USS Varnholm was launched at the Lindmoor yard", "The ship",
          "reached Havana"},
      new String[] {"The Harbour Dues Act was passed by Edda Varn", "The act",
          "doubled the dues on Welsh coal"},
      new String[] {"The Tallow River Board was set up by the merchants", "The board",
          "bought the Lindmoor quay"},
      new String[] {"The Varn Canal was dug by Irish navvies", "The canal",
          "reached Lindmoor"},
      new String[] {"The Lindmoor Pilots' Union was founded by the river men", "The union",
          "struck against the Tallow Company"});

  @Test
  void theKindNounIsAskedWithTheSentenceThatNamesIt() {
    for (int y = 1801; y < 1900; y += 19) {
      for (String[] t : THINGS) {
        String text = "Notes from the Tallow valley\n\n" + t[0] + " in " + y + " after a long"
            + " quarrel. " + t[1] + " " + t[2] + " in " + (y + 7) + " after many delays.\n";
        var r = Fixtures.extracted(Language.EN, text);
        List<Question> qs = Fixtures.asking(r, String.valueOf(y + 7));
        assertFalse(qs.isEmpty(), text + "\n" + r.report().format(r.bank()));
        for (Question q : qs) {
          assertTrue(q.prompt().startsWith(t[0]), q.prompt());
        }
      }
    }
  }

  @Test
  void theKindNounIsNotAskedWhenNothingOnScreenNamesWhichOne() {
    for (int y = 1801; y < 1900; y += 19) {
      for (String[] t : THINGS) {
        String text = "Notes from the Tallow valley\n\nEdda Varn came to Lindmoor in " + y
            + " with her brothers. " + t[1] + " " + t[2] + " in " + (y + 7) + " after many"
            + " delays.\n";
        var r = Fixtures.extracted(Language.EN, text);
        assertTrue(Fixtures.asking(r, String.valueOf(y + 7)).isEmpty(),
            text + "\n" + r.bank().questions());
      }
    }
  }
}
