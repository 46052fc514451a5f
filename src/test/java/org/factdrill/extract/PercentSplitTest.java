package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** Two figures sharing one percent sign ("60-40%") are both shares, in either order. */
class PercentSplitTest {
  // sentences made up for this test

  @Test
  void aSplitOfSharesIsOnePercentFactWhicheverComesFirst() {
    Random r = new Random(2008);
    String[][] frames = {{"en", "He won the vote ", " against his rival."},
        {"vi", "Ông thắng cử với tỉ lệ ", " trước đối thủ."},
        {"he", "הוא ניצח בבחירות ברוב של ", " מול יריבו."}};
    String[] dashes = {"-", "\u2013"};
    for (int k = 0; k < 600; k++) {
      String[] f = frames[r.nextInt(frames.length)];
      Language lang = Language.fromCode(f[0]).orElseThrow();
      // two-digit shares: "737–8" is a model and its variant (NonFacts), also before a sign
      int a = 10 + r.nextInt(81);
      int b = r.nextBoolean() ? 100 - a : 10 + r.nextInt(81);
      if (a == b) {
        continue;
      }
      String pair = a + dashes[r.nextInt(2)] + b + "%";
      String text = f[1] + pair + f[2];
      assertEquals("percent:" + pair + "=[" + Math.min(a, b) + "," + Math.max(a, b) + "]",
          Facts.describe(lang, text), text);
    }
  }

  @Test
  void aScoreWithoutAPercentSignIsStillNoRange() {
    assertEquals("number:10=10 | number:5=5", Facts.describe(Language.EN,
        "The home side won 10-5 in the final."));
  }
}
