package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A thousands group opened by its separator ("£,972", a damaged scan) lost its leading digits: no figure. */
class DamagedFigureTest {
  // sentences made up for this test: %s is the figure
  private static final Map<String, String> FRAMES = Map.of(
      "en", "The revenue of the port was %s in that year.",
      "vi", "Thu nhập của cảng là %s trong năm đó.",
      "he", "ההכנסה של הנמל הייתה %s באותה שנה.");

  @Test
  void aGroupAfterALeadingGroupSeparatorIsNoFigureAndTheWholeFigureIs() {
    Random r = new Random(972);
    String[] before = {"£", "$", "", "€ "};
    int checked = 0;
    for (Map.Entry<String, String> e : FRAMES.entrySet()) {
      Language lang = Language.fromCode(e.getKey()).orElseThrow();
      char group = Lexicon.of(lang).decimalSeparator() == '.' ? ',' : '.';
      for (int k = 0; k < 20; k++) {
        int g = 100 + r.nextInt(900);
        String lead = before[r.nextInt(before.length)];
        String damaged = e.getValue().formatted(lead + group + g);
        String got = Facts.describe(lang, damaged);
        assertFalse(got.contains(String.valueOf(g)), damaged + " -> " + got);
        String whole = e.getValue().formatted(lead + "4" + group + g);
        assertTrue(Facts.describe(lang, whole).contains("4" + g), whole);
        checked++;
      }
    }
    assertEquals(60, checked);
  }

  @Test
  void aLeadingDecimalSeparatorStillOpensANumber() {
    assertTrue(Facts.describe(Language.EN, "The average rose to .375 that season.").contains("0.375"));
  }
}
