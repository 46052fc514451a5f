package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The numbers of a legal citation outside a bracket are references, not figures: the volume and
 * pages around a reporter ("118 Stat. 1811"), the number after a law's or an order's label
 * ("Pub. L. 108-375"), and a statute part's label after its abbreviated designator ("par. (3)",
 * "subsec. (a)(2)"). Invented amendment notes, generated; figures of prose beside them stay.
 */
class LegalCitationsTest {
  private static final String[] CITES = {"%d Stat. %d", "%d U.S.C. %d", "%d C.F.R. %d",
      "%d Fed. Reg. %d", "%d S. Ct. %d", "%d F.2d %d", "%d F. Supp. %d"};
  private static final String[] LABELS = {"Pub. L. %d-%d", "Pub. L. %d–%d", "P.L. %d-%d",
      "Public Law %d-%d", "Priv. L. %d-%d", "Executive Order %d%d", "H.R. %d%d"};

  @Test
  void aReportersVolumeAndPagesAreNoFigures() {
    Random r = new Random(1805);
    for (int n = 0; n < 300; n++) {
      int year = 1900 + r.nextInt(120);
      String cite = String.format(CITES[n % CITES.length], 1 + r.nextInt(130),
          100 + r.nextInt(3000));
      String s = year + ", the board amended its rules. See " + cite + ", " + (r.nextInt(900) + 1)
          + ".";
      assertEquals("date:" + year + "=\"" + year + "\"", Facts.describe(Language.EN, s), s);
    }
  }

  @Test
  void theNumberAfterALawsLabelIsNoFigure() {
    Random r = new Random(1806);
    for (int n = 0; n < 300; n++) {
      int year = 1900 + r.nextInt(120);
      String label = String.format(LABELS[n % LABELS.length], 60 + r.nextInt(60),
          1 + r.nextInt(400));
      String s = "In " + year + " the harbor board was created by " + label + ".";
      assertEquals("date:" + year + "=\"" + year + "\"", Facts.describe(Language.EN, s), s);
    }
  }

  @Test
  void aStatutePartsLabelAfterItsAbbreviationIsNoFigure() {
    for (String part : new String[] {"par. (3)", "Par. (12)", "subsec. (a)(2)", "Subsec. (b)(4)",
        "subpar. (C)(ii)(5)", "cl. (7)", "subsection (c)(9)"}) {
      String s = "The act of 1961 struck out " + part + " of the harbor law.";
      assertEquals("date:1961=\"1961\"", Facts.describe(Language.EN, s), s);
    }
  }

  @Test
  void figuresBesideACitationAndLookAlikesStay() {
    assertTrue(Facts.describe(Language.EN, "All 50 U.S. states sent troops in 1917.")
        .contains("=50"));
    assertTrue(Facts.describe(Language.EN,
        "Under Executive Order 9102 of 1942, about 110,000 people were moved.")
        .contains("110,000"));
    assertTrue(Facts.describe(Language.EN,
        "The statute (see 61 Stat. 495) put 3,000 officers under the new board in 1947.")
        .contains("3,000"));
    String s = "The court heard 12 cases in 1954; Stats. for 1955 were lower.";
    assertTrue(Facts.describe(Language.EN, s).contains("=12"), s);
    assertFalse(Facts.describe(Language.EN, "The 118 statutes of 1911 were kept.").isEmpty());
  }
}
