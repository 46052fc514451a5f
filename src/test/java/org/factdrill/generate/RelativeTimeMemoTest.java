package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * {@link RelativeTime#find} answers a call it answered lately from its memo: the answer must be
 * what a fresh reader (no memo) finds for the same language, text and range, whatever calls came
 * between (invented sentences).
 */
class RelativeTimeMemoTest {
  private static final String[] PIECES = {"The mill was rebuilt", " two years later", " in 1874",
      ", and the next year", " the guild met again", " three days earlier", ".", " last month",
      " the following decade", " by the river", " since then", " a year after the fire"};

  @Test
  void aCallAnsweredAgainGetsWhatAFreshReaderFindsWhateverCameBetween() {
    SplittableRandom r = new SplittableRandom(23);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 2 + r.nextInt(6); k > 0; k--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      texts.add(b.toString());
    }
    RelativeTime memo = new RelativeTime();
    // what a fresh reader finds, by language, range and text, each read by its own reader
    java.util.Map<String, List<RelativeTime.Found>> fresh = new java.util.HashMap<>();
    int found = 0;
    for (int i = 0; i < 6_000; i++) { // recent texts again and again, older ones now and then
      int back = r.nextInt(4) == 0 ? r.nextInt(texts.size()) : r.nextInt(12);
      String s = texts.get(Math.floorMod(i % texts.size() - back, texts.size()));
      int from = r.nextInt(3) == 0 ? 4 : 0;
      int to = r.nextInt(3) == 0 ? s.length() - 2 : s.length();
      List<RelativeTime.Found> want = fresh.computeIfAbsent(from + "|" + to + "|" + s,
          k -> new RelativeTime().find(Language.EN, s, from, to));
      assertEquals(want, memo.find(Language.EN, s, from, to), s + " [" + from + ", " + to + ")");
      found += want.size();
    }
    assertTrue(found > 1000, "the texts hold relative times: " + found);
  }
}
