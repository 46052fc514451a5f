package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The true/false items of one sentence never repeat each other word for word: stated truly,
 * every fact of a sentence gives the same statement, so at most one of them is true.
 */
class SiblingStatementsTest {
  @Test
  void noTwoTrueFalseItemsOfABankReadTheSame() {
    SplittableRandom rnd = new SplittableRandom(77);
    for (long seed = 1; seed <= 40; seed++) {
      int a = 1700 + rnd.nextInt(250);
      int men = 2000 + rnd.nextInt(40000);
      int guns = 20 + rnd.nextInt(300);
      int days = 3 + rnd.nextInt(40);
      Result r = Fixtures.generate(seed, Fixtures.doc("s.txt", Language.EN,
          "In {{" + a + "|date|" + a + "}} the duke led {{" + men + "|number|" + men
              + "}} soldiers and {{" + guns + "|number|" + guns + "}} guns across the pass in {{"
              + days + "|number|" + days + "}} days of marching.\n"));
      List<Question> tf = r.bank().questions().stream()
          .filter(q -> q.type() == QuestionType.TRUEFALSE).toList();
      Set<String> prompts = new HashSet<>();
      int trues = 0;
      for (Question q : tf) {
        assertTrue(prompts.add(q.header().prompt()), "repeated: " + q.header().prompt());
        trues += ((Question.TrueFalse) q).truth() ? 1 : 0;
      }
      assertTrue(trues <= 1, "seed " + seed + ": " + trues + " true statements of one sentence");
      assertEquals(tf.size(), prompts.size());
    }
  }
}
