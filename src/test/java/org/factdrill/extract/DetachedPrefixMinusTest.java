package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A one-letter prefix typed apart from its hyphen and number ("מ -30 מדינות") is no minus sign. */
class DetachedPrefixMinusTest {
  // sentences made up for this test

  @Test
  void aNumberAfterADetachedPrefixLetterIsPositiveAndAloneItKeepsItsSign() {
    Lexicon lex = Lexicon.of(Language.HE);
    String letters = "ובלמהכש";
    int checked = 0;
    Random r = new Random(30);
    for (char p : letters.toCharArray()) {
      assertTrue(lex.isPrefixOnly(String.valueOf(p)), "pack prefix " + p);
      for (int k = 0; k < 5; k++) {
        int n = 11 + r.nextInt(80);
        String text = "הצבא גייס חיילים " + p + " -" + n + " מדינות שונות.";
        String got = Facts.describe(Language.HE, text);
        assertTrue(got.contains("=" + n) && !got.contains("=-" + n), text + " -> " + got);
        checked++;
      }
    }
    assertEquals(35, checked);
    String alone = "בלילה הקר ביותר נמדדה טמפרטורה של -17 מעלות.";
    assertTrue(Facts.describe(Language.HE, alone).contains("=-17"), alone);
  }
}
