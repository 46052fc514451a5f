package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PromptBuilder#clean} answers a text it cleaned lately from its memo: the answer must be
 * what cleaning the text computes, whatever texts came between (invented sentences with markup).
 */
class CleanMemoTest {
  private static final String[] PIECES = {"The bridge", " was opened", " in 1926", "[12]", "[[Arlen|the town]]",
      " ''Dorval''", " '''fort'''", "  ", ",", ".", "<ref>note</ref>", " (3)", "²", " *new*",
      " trên sông", " בשנת", "\n", " ^", "[a]", "{{cite}}", "2.\n5 million", ",East"};

  @Test
  void aTextCleanedAgainGetsWhatCleaningItComputesWhateverCameBetween() {
    SplittableRandom r = new SplittableRandom(23);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + r.nextInt(8); k > 0; k--) {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      texts.add(b.toString());
    }
    for (int i = 0; i < 20_000; i++) { // recent texts again and again, older ones now and then
      int back = r.nextInt(4) == 0 ? r.nextInt(texts.size()) : r.nextInt(8);
      String s = texts.get(Math.max(0, Math.min(texts.size() - 1, i % texts.size() - back)));
      assertEquals(PromptBuilder.cleanOnce(s), PromptBuilder.clean(s), s);
    }
  }
}
