package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 4: a prompt is a whole clause. A piece from the middle of a long sentence
 * (cut at both ends), a "sentence" that opens inside a clause (lower case, after a bracket) or
 * one holding half a bracket is not asked. Made-up sentences of random length.
 */
class WholeClausesTest {

  private static final String[] WORDS_VI = {"quân", "đội", "tiến", "về", "phía", "bắc", "của",
      "tỉnh", "Plimsoll", "trong", "mùa", "mưa", "dài", "và", "lính", "nhận", "lệnh", "giữ",
      "cầu", "sông", "lớn"};
  private static final String[] WORDS_EN = {"the", "army", "moved", "north", "of", "Plimsoll",
      "province", "during", "a", "long", "rainy", "season", "and", "the", "troops", "held", "the",
      "old", "bridge", "over", "river"};

  @Test
  void noPromptIsCutAtBothEnds() {
    SplittableRandom rnd = new SplittableRandom(20);
    for (int round = 0; round < 60; round++) {
      boolean vi = round % 2 == 0;
      String[] words = vi ? WORDS_VI : WORDS_EN;
      StringBuilder b = new StringBuilder(vi ? "Năm 1984 " : "In 1984 ");
      int before = 10 + rnd.nextInt(50);
      int after = 10 + rnd.nextInt(50);
      for (int i = 0; i < before; i++) {
        b.append(words[rnd.nextInt(words.length)]).append(i % 9 == 8 ? ", " : " ");
      }
      b.append("{{47|number|47}} ").append(vi ? "xe tăng " : "tanks ");
      for (int i = 0; i < after; i++) {
        b.append(words[rnd.nextInt(words.length)]).append(i % 9 == 8 ? ", " : " ");
      }
      String marked = "Trận Zarnov\n\n" + b.toString().strip().replaceAll(",$", "") + ".\n";
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", vi ? Language.VI : Language.EN,
          marked));
      for (Question q : r.bank().questions()) {
        String p = q.prompt();
        assertFalse(p.startsWith("…") && p.endsWith("…"), p);
      }
    }
  }

  @Test
  void aSentenceOpeningInsideAClauseIsNoPrompt() {
    assertTrue(ClauseEdges.opensMidClause("trong đó 3.000 người chết."));
    assertTrue(ClauseEdges.opensMidClause("), when 3,000 soldiers died."));
    assertTrue(ClauseEdges.opensMidClause("“and 3,000 soldiers died.”"));
    assertFalse(ClauseEdges.opensMidClause("“Ba sư đoàn đã rút.”"));
    assertFalse(ClauseEdges.opensMidClause("1.500 người sống ở đây."));
    assertFalse(ClauseEdges.opensMidClause("iPhone sales reached 3 million in 2008."));
    assertFalse(ClauseEdges.opensMidClause("בשנת 1948 הוכרזה המדינה."));
    assertTrue(ClauseEdges.unbalanced("the town (see the map, where 3,000 soldiers died"));
    assertTrue(ClauseEdges.unbalanced("3,000 soldiers died there) in the spring"));
    assertFalse(ClauseEdges.unbalanced("the town (Plimsoll) where 3,000 soldiers died (1968)"));
  }
}
