package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A bracket of a document's identifiers after a name is dropped from the prompt whole, so a long
 * row naming a law with its numbers is still asked by its date (class 9 of the sixteenth review).
 * Generated invented rows; brackets of prose, dates and eras stay.
 */
class IdentifierAsidesTest {
  private static final List<String> BRACKETS = List.of("(H.R. 7260; Pub. L. 74-271; 49 Stat. 620)",
      "(S. 1130; Public Law 88-352)", "(HR 3162)", "(SB 1070)", "(Pub. L. 89-97, 79 Stat. 286)",
      "(H.J. Res. 1145; Pub. L. 88-408)", "(Ch. 531, 49 Stat. 620)",
      "(H.R. 4412; Pub. L. 84-377; 70 Stat. 912; 84th Congress, 2nd session)");

  @Test
  void aLongRowNamingALawWithItsIdentifiersIsAskedByItsDateWithoutThem() {
    int year = 1831;
    for (String bracket : BRACKETS) {
      for (int day = 3; day <= 27; day += 8) {
        String date = Fixtures.EN_MONTHS.get((day + year) % 12) + " " + day + ", " + year;
        String text = "Harbour laws\n\n" + date + " – The Harbour Improvement Act " + bracket
            + " was signed by Governor Edda Varn at three o'clock in the afternoon in the long"
            + " council hall of the old customs house beside the northern quay of Lindmoor, before"
            + " the merchants of the lower town.\n";
        List<Question> qs = Fixtures.asking(Fixtures.extracted(Language.EN, text), date);
        assertFalse(qs.isEmpty(), text);
        for (Question q : qs) {
          assertFalse(q.prompt().contains(bracket), q.prompt());
          assertTrue(q.prompt().contains("Act was signed"), q.prompt());
        }
        year += 3;
      }
    }
  }

  @Test
  void bracketsOfProseDatesAndErasStay() {
    for (String s : List.of("The Act (Jan. 5, 1935) was signed.", "The town (A.D. 79) burned.",
        "The town (AD 79) burned.", "The Guard (about 300 men) sailed.",
        "The war (1914–1918) ended.", "The fort (RG 46, Records of the Senate) stood.",
        "The count was 12 (H.R. 7260) short.")) {
      assertEquals(s, IdentifierAsides.strip(s));
    }
    assertEquals("The Act was signed.", IdentifierAsides.strip("The Act (H.R. 7260) was signed."));
    assertEquals("The Act, signed in May, ended.",
        IdentifierAsides.strip("The Act (SB 12), signed in May, ended."));
  }

  @Test
  void aPeriodInsideABracketOfIdentifiersEndsNoSentence() {
    for (String bracket : BRACKETS) {
      String text = "The Harbour Act " + bracket + " was signed in May. Lindmoor grew.";
      assertEquals(2, org.factdrill.text.Sentences.split(text, Language.EN).size(), text);
    }
    String prose = "The fleet sailed (it was May. Storms came later) and returned. Lindmoor grew.";
    assertTrue(org.factdrill.text.Sentences.split(prose, Language.EN).size() >= 2, prose);
  }
}
