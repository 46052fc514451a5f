package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 1 (thirteenth session): a sentence that opens as a consequence, answer or
 * addition to the one before ("In response, …", "As a result, …", "Therefore, …", "בתגובה …") is
 * asked with the sentence before it when that is short prose, else with the opener taken off; one
 * that adds to a list the sentence before began ("Ngoài ra còn có …") is asked with it or not at
 * all; a plain connective ("However, …") is still only taken off. Invented texts, names made up.
 */
class LinkingOpenersTest {
  private static String prompt(Language lang, String marked, String answer) {
    List<Question> q = Fixtures.clozes(Fixtures.generate(lang, marked), answer);
    return q.isEmpty() ? null : q.get(0).prompt();
  }

  @Test
  void aSentenceOpeningWithAConsequenceIsAskedWithTheSentenceBefore() {
    for (String opener : List.of("In response", "As a result", "Therefore", "In retaliation")) {
      String p = prompt(Language.EN, "The Varn Treaty\n\nThe northern council of Varn closed the"
          + " salt roads to the merchants of Lin. " + opener + ", the merchants of Lin sent"
          + " {{4,000|number|4000}} armed men to the pass of Orvin.\n", "4,000");
      assertTrue(p != null && p.startsWith("The northern council of Varn closed"), opener + ": " + p);
    }
  }

  @Test
  void withNoShortSentenceBeforeItTheOpenerIsTakenOff() {
    String alone = prompt(Language.EN, "The Varn Treaty\n\nIn response, the merchants of Lin sent"
        + " {{4,000|number|4000}} armed men to the pass of Orvin.\n", "4,000");
    assertEquals("The merchants of Lin sent _____ armed men to the pass of Orvin.", alone);
    String longBefore = prompt(Language.EN, "The Varn Treaty\n\nThe northern council of Varn,"
        + " which the salt merchants of the coast had paid for over many long years of debate about"
        + " the roads, the bridges and the harbours of the delta, closed the salt roads to the"
        + " merchants of Lin and to the river towns beyond the hills of Orvin and the marshes of"
        + " Tal. As a result, the merchants of Lin sent {{4,000|number|4000}} armed men to the pass"
        + " of Orvin.\n", "4,000");
    assertEquals("The merchants of Lin sent _____ armed men to the pass of Orvin.", longBefore);
  }

  @Test
  void aPlainConnectiveIsStillTakenOff() {
    String p = prompt(Language.EN, "The Varn Treaty\n\nHowever, the merchants of Lin sent"
        + " {{4,000|number|4000}} armed men to the pass of Orvin.\n", "4,000");
    assertEquals("The merchants of Lin sent _____ armed men to the pass of Orvin.", p);
  }

  @Test
  void anEmphasisOpeningIsTakenOffAsAConnectiveIs() {
    for (String opener : List.of("In fact", "Indeed", "in fact")) {
      String p = prompt(Language.EN, "The Varn Treaty\n\n" + opener + ", the merchants of Lin sent"
          + " {{4,000|number|4000}} armed men to the pass of Orvin.\n", "4,000");
      assertEquals("The merchants of Lin sent _____ armed men to the pass of Orvin.", p, opener);
    }
  }

  @Test
  void anAdditionAfterAConnectiveTakesTheSentenceBefore() {
    String p = prompt(Language.VI, "Chiến dịch Varn\n\nQuân Lin tiến đánh thành Orvin từ phía"
        + " bắc. Ngoài ra còn có {{3000|number|3000}} quân bộ tiến sang vùng châu thổ Mer.\n",
        "3000");
    assertTrue(p != null && p.startsWith("Quân Lin tiến đánh"), String.valueOf(p));
  }

  @Test
  void aHebrewResponseTakesTheSentenceBefore() {
    String p = prompt(Language.HE, "מלחמת ורן\n\nמועצת ורן סגרה את דרכי המלח לסוחרי לין."
        + " בתגובה שלחו סוחרי לין {{4000|number|4000}} חיילים למעבר אורבין.\n", "4000");
    assertTrue(p != null && p.startsWith("מועצת ורן סגרה"), String.valueOf(p));
  }
}
