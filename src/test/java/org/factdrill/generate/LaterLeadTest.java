package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A time counted from a year stated before ("Two years later, …") that opens the sentence points
 * outside the prompt; when the blank's own date writes the year it names, the prompt starts after
 * it (rubric line 1). Generated invented sentences.
 */
class LaterLeadTest {
  private static final List<String> LEADS = List.of("Two years later", "Three years later",
      "The following year", "A year later");
  private static final List<Integer> GAPS = List.of(2, 3, 1, 1);

  @Test
  void aLaterLeadThatTheBlanksYearRestatesIsCut() {
    for (int k = 0; k < LEADS.size(); k++) {
      for (int year = 1801; year < 1900; year += 13) {
        int then = year + GAPS.get(k);
        String text = "Zarnov harbour\n\nIn {{" + year + "|date|" + year + "}}, the council of"
            + " Zarnov signed the harbour charter. " + LEADS.get(k) + ", the fleet of Zarnov sailed"
            + " to the northern islands on {{4 May " + then + "|date|" + then + "-05-04}}.\n";
        Question q = Fixtures.firstCloze(Language.EN, text, "4 May " + then);
        assertTrue(q.prompt().startsWith("the fleet of Zarnov") || q.prompt().startsWith(
            "The fleet of Zarnov"), q.prompt());
      }
    }
  }
}
