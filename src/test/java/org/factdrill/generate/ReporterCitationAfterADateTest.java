package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 65 of the twenty-second review (what the auditor sees, the generator first cleans): a
 * statute reporter's citation in brackets right after a date ("by resolution of June 3, 1911 (37
 * Stat. 412), …") is where the act was printed; the prompt drops it and the date is asked, where
 * the auditor used to drop the question for its citation word. Sentences made up.
 */
class ReporterCitationAfterADateTest {
  @Test
  void aDateFollowedByItsReporterCitationIsAskedWithoutIt() {
    String[][] cases = {
        {"June 3, 1911", "(37 Stat. 412)"},
        {"October 14, 1936", "(50 Stat. 88)"},
        {"March 9, 1902", "(32 Stat. 7)"}};
    for (String[] c : cases) {
      String text = "Harbour Week\n\nWHEREAS the Assembly of Lindmoor, by resolution of " + c[0] + " "
          + c[1] + ", has asked the Governor to set apart one week of every summer as Harbour Week"
          + " for the pilots and merchants of the northern quay.\n";
      List<Question> qs = Fixtures.asking(Fixtures.extracted(Language.EN, text), c[0]);
      assertFalse(qs.isEmpty(), text);
      for (Question q : qs) {
        assertFalse(q.prompt().contains("Stat."), q.prompt());
        assertTrue(q.prompt().contains("has asked the Governor"), q.prompt());
      }
    }
  }

  @Test
  void identifiersAfterACountAndProseBracketsAfterADateStay() {
    for (String s : List.of("The count was 12 (H.R. 7260) short.",
        "The town burned in 1911 (about 300 houses) and was rebuilt.",
        "The war ended in 1918 (1914–1918) at last.", "The Act of 1911 (Vol. 3) was read.")) {
      assertEquals(s, IdentifierAsides.strip(s));
    }
    assertEquals("The Act of June 3, 1911, was signed.",
        IdentifierAsides.strip("The Act of June 3, 1911 (37 Stat. 412), was signed."));
    assertEquals("The Act of \uE000 was signed.",
        IdentifierAsides.strip("The Act of \uE000 (37 Stat. 412) was signed."));
    assertEquals("The Act of \uE000 was signed.",
        IdentifierAsides.strip("The Act of \uE000 (50 Stat. 88; 12 U.S.C. 1983) was signed."));
  }
}
