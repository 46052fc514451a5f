package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Within one sentence, a pronoun opening a clause after a semicolon stands for that sentence's
 * subject: the figures of later clauses of a long semicolon series are asked, the clause carrying
 * the subject in place of the pronoun (class 11 of the sixteenth review). Invented sentences.
 */
class SeriesSubjectTest {
  private static final List<String> SUBJECTS = List.of("The Varnholm Marine Trust",
      "The river board", "The Lindmoor pilots' guild", "The harbour company");

  @Test
  void figuresOfLaterClausesAfterASemicolonAreAskedWithTheSentencesSubject() {
    int year = 1861;
    for (String subject : SUBJECTS) {
      for (int k = 1; k <= 4; k++) {
        String amount = "$" + (k + 1) + "." + k + " million";
        String text = "The ports of Varnholm\n\nThe ports grew slowly after the war with the"
            + " northern towns. It took the merchants many years to rebuild their fleet. "
            + subject + " raised $" + (k + 4) + " million from the shipowners and the town"
            + " council in " + year + " for the dredging of the lower channel; it spent " + amount
            + " on the dredging of the northern basin in " + (year + 1) + ", when the ice had gone"
            + " from the river; it then closed its books in " + (year + 4) + ", after a long"
            + " dispute with the town council over the cost of the works.\n";
        var r = Fixtures.extracted(Language.EN, text);
        List<Question> qs = Fixtures.asking(r, amount);
        assertFalse(qs.isEmpty(), text + "\n" + r.report().format(r.bank()));
        for (Question q : qs) {
          assertTrue(q.prompt().startsWith(subject + " spent "), q.prompt());
        }
        year += 7;
      }
    }
  }

  @Test
  void theSubjectIsAShortPlainNounPhraseBeforeTheFirstVerb() {
    assertEquals("The river board", SeriesSubject.subject(Language.EN, "The river board raised $4"));
    assertEquals("The Marine Trust", SeriesSubject.subject(Language.EN, "The Marine Trust was set up"));
    assertNull(SeriesSubject.subject(Language.EN, "In 1971, the trust raised $4"));
    assertNull(SeriesSubject.subject(Language.EN, "raised $4 million"));
    Set<String> it = Set.of("it", "they");
    String s = "The board raised $4 million in 1971; it spent $1 million in 1972";
    assertEquals("The board spent _____ in 1972 …",
        SeriesSubject.carried(Language.EN, s, s.indexOf("$1"), "… it spent _____ in 1972 …", it));
    // No semicolon before the clause: the pronoun may point anywhere; nothing is carried.
    String c = "The board raised $4 million in 1971, and it spent $1 million in 1972";
    assertNull(SeriesSubject.carried(Language.EN, c, c.indexOf("$1"), "… it spent _____ …", it));
  }
}
