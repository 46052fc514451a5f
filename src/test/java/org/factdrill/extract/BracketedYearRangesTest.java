package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Two rising numbers in round brackets right after a name, nothing else inside, the second no
 * later than the present year, are a period of years (a reign, a dynasty, an era); after a common
 * noun, falling, or past the present year they stay numbers.
 */
class BracketedYearRangesTest {
  // sentences made up for this test; each row: language, a name then (%s), a common noun then (%s)
  private static final List<String[]> FRAMES = List.of(
      new String[] {"en", "The Varkos dynasty (%s) ruled the delta.", "The army (%s) was large."},
      new String[] {"vi", "Thời Varkos thuộc (%s) kéo dài nhiều thế kỷ.", "Quân đội (%s) rất đông."},
      new String[] {"he", "שושלת וארקוס (%s) שלטה בדלתא.", null},
      new String[] {"ru", "Династия Варкос (%s) правила дельтой.", "Армия (%s) была большой."});
  private static final String[] DASHES = {" - ", "-", "–", " – "};

  private static String iso(int y) {
    return String.format("%04d", y);
  }

  @Test
  void aRisingPairOfNumbersInBracketsAfterANameIsAPeriodOfYears() {
    Random r = new Random(544);
    for (String[] f : FRAMES) {
      Language lang = Language.fromCode(f[0]).orElseThrow();
      for (int k = 0; k < 40; k++) {
        int lo = 1 + r.nextInt(998);
        int hi = Math.max(lo + 1 + r.nextInt(1000), 100);
        String range = lo + DASHES[r.nextInt(DASHES.length)] + hi;
        String text = f[1].formatted(range);
        String got = Facts.describe(lang, text);
        assertTrue(got.startsWith("date:" + range + "=\"" + iso(lo) + "/" + iso(hi) + "\""),
            text + " -> " + got);
      }
    }
  }

  @Test
  void afterACommonNounFallingOrPastThePresentTheyStayNumbers() {
    Random r = new Random(140);
    int now = java.time.Year.now().getValue();
    for (String[] f : FRAMES) {
      Language lang = Language.fromCode(f[0]).orElseThrow();
      for (int k = 0; k < 20; k++) {
        int lo = 1 + r.nextInt(900);
        int hi = lo + 1 + r.nextInt(900);
        String dash = DASHES[r.nextInt(DASHES.length)];
        List<String> texts = new java.util.ArrayList<>(List.of(
            f[1].formatted(hi + dash + lo), f[1].formatted(lo + dash + (now + 1 + r.nextInt(5000)))));
        if (f[2] != null) {
          texts.add(f[2].formatted(lo + dash + hi));
        }
        for (String text : texts) {
          String got = Facts.describe(lang, text);
          assertFalse(got.startsWith("date:"), text + " -> " + got);
        }
      }
    }
  }

  @Test
  void withoutCaseAnAgeRangeAfterANounIsNoPeriod() {
    String got = Facts.describe(Language.HE, "צעירים (18-25) התגייסו לצבא.");
    assertFalse(got.contains("date:"), got);
    assertEquals(true, Facts.describe(Language.HE, "שושלת וארקוס (43 - 544) שלטה בדלתא.")
        .startsWith("date:43 - 544=\"0043/0544\""));
  }
}
