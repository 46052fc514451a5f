package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A bracket of a document's identifiers after its name holds no figure ("(H.R. 7260)"). */
class IdentifierBracketsTest {
  private static final String[] IDS = {"H.R. %d", "S. %d", "Pub. L. 74-%d", "P.L. 89-%d",
      "H.J. Res. %d", "HR %d, S. 17", "49 Stat. %d", "Public Law 74-%d; 49 Stat. 620", "SB %d",
      "H.R. %d; Pub. L. 84-377; 70 Stat. 912; 84th Congress, 2nd session",
      "S. %d, 73rd Cong., 1st Sess."};

  @Test
  void everyIdentifierBracketAfterANameIsNoFigure() {
    Random r = new Random(1603);
    for (int n = 0; n < 200; n++) {
      int year = 1850 + r.nextInt(150);
      String id = String.format(IDS[n % IDS.length], 10 + r.nextInt(9000));
      String s = "The Harbour Act (" + id + ") was signed in " + year + " by the governor.";
      assertEquals("date:" + year + "=\"" + year + "\"", Facts.describe(Language.EN, s), s);
    }
  }

  /**
   * One definition at two levels: extraction reads a bracket after a name as holding no figure
   * whenever the prompt side (text/IdentifierBracket, strings) calls its text identifiers.
   */
  @Test
  void tokensAndStringsAgreeOnWhatABracketOfIdentifiersIs() {
    Random r = new Random(1704);
    String[] parts = {"H.R.", "Pub. L.", "Stat.", "Congress,", "session", "84th", "2nd", "No.",
        "about", "men", "Jan.", "A.D.", "ships", "SB", "§", ";", "74-", "of"};
    for (int n = 0; n < 400; n++) {
      StringBuilder inner = new StringBuilder(String.valueOf(10 + r.nextInt(900)));
      for (int k = r.nextInt(5); k >= 0; k--) {
        inner.append(' ').append(parts[r.nextInt(parts.length)]);
        if (r.nextBoolean()) {
          inner.append(' ').append(1 + r.nextInt(99));
        }
      }
      String s = "The Harbour Act (" + inner + ") was signed in 1921 by the governor.";
      boolean ids = org.factdrill.text.IdentifierBracket.identifiers(inner.toString());
      String facts = Facts.describe(Language.EN, s);
      if (ids) { // what the prompt drops whole, extraction reads no figure in
        assertEquals("date:1921=\"1921\"", facts, s);
      }
    }
  }

  @Test
  void bracketsOfProseDatesAndErasKeepTheirFigures() {
    assertTrue(Facts.describe(Language.EN, "The Harbour Act (Jan. 5, 1935) was signed.")
        .contains("date:Jan. 5, 1935"));
    assertTrue(Facts.describe(Language.EN, "The Harbour Fleet (about 300 ships) sailed in 1840.")
        .contains("=300"));
    assertTrue(Facts.describe(Language.EN, "The old town (AD 79) was buried.").contains("date:"));
  }

  @Test
  void aDateWhoseCommaLostItsSpaceIsOneDate() {
    for (int year = 1700; year < 2000; year += 37) {
      assertEquals("date:July 4," + year + "=\"" + year + "-07-04\"",
          Facts.describe(Language.EN, "The treaty was signed on July 4," + year + " in the hall."));
    }
    assertTrue(Facts.describe(Language.EN, "In May 1,500 soldiers marched north.")
        .contains("=1500"));
  }
}
