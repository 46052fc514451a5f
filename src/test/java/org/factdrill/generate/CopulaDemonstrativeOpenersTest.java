package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A Hebrew clause whose subject is a demonstrative pronoun with a copula ("היו אלו …", "זו
 * הייתה …": these were, this was) says what the thing named before was: it is asked with the
 * sentence before it, or not at all. Sentences made up for this test, each opener in turn.
 */
class CopulaDemonstrativeOpenersTest {
  private static final List<String> OPENERS = List.of("היו אלו", "היו אלה", "אלו היו", "אלה היו",
      "היה זה", "זה היה", "הייתה זו", "זו הייתה", "הייתה זאת", "זאת הייתה");

  @Test
  void aCopulaWithADemonstrativeOpensAClauseThatPointsBack() {
    Context c = new Context();
    for (String o : OPENERS) {
      assertTrue(c.opensWithPronoun(Language.HE, o + " הסערה הקשה ביותר שפקדה את העמק."), o);
    }
    assertFalse(c.opensWithPronoun(Language.HE, "היו שנים קשות בעמק בתקופה ההיא."));
    assertFalse(c.opensWithPronoun(Language.HE, "זהב רב נמצא בעמק בשנים ההן."));
  }

  @Test
  void theClauseIsAskedWithTheSentenceBefore() {
    for (String o : OPENERS) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.HE,
          "סערה גדולה פקדה את עמק ורדינה בחורף והרסה את רוב הבתים בכפרים. " + o
              + " הסערה הקשה ביותר בתולדות העמק, ונהרגו בה {{12|number|12}} איכרים מן הכפרים.\n"));
      List<Question> q = r.bank().questions().stream()
          .filter(x -> x.type() == QuestionType.CLOZE).toList();
      assertEquals(1, q.size(), o + ": " + r.report().format(r.bank()));
      assertTrue(q.get(0).prompt().startsWith("סערה גדולה פקדה"), q.get(0).prompt());
    }
  }
}
