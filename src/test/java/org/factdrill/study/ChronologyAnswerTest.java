package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.junit.jupiter.api.Test;

/** Answer checking of the chronology questions. */
class ChronologyAnswerTest {
  private final AnswerChecker checker = new AnswerChecker();

  private static List<Question> bank() throws Exception {
    return new BankJson().load(Path.of("src/test/resources/bank/chronology.json")).questions();
  }

  private Verdict.Kind kind(Question q, String typed) {
    return checker.check(q, typed).kind();
  }

  @Test
  void whichFirstTakesTheNumberOrTheEventText() throws Exception {
    Question w = bank().get(0); // event 2 came first
    assertEquals(Verdict.Kind.CORRECT, kind(w, "2"));
    assertEquals(Verdict.Kind.WRONG, kind(w, "1"));
    assertEquals(Verdict.Kind.CORRECT, kind(w, "A referendum was held in Karabakh"));
    assertEquals(Verdict.Kind.WRONG, kind(w, "x"));
  }

  @Test
  void yearsBetweenAcceptsOneYearEitherSide() throws Exception {
    Question y = bank().get(1); // 2 years
    assertEquals(Verdict.Kind.CORRECT, kind(y, "2"));
    assertEquals(Verdict.Kind.CORRECT, kind(y, "3 years"));
    assertEquals(Verdict.Kind.CORRECT, kind(y, "one"));
    assertEquals(Verdict.Kind.CLOSE, kind(y, "4"));
    assertEquals(Verdict.Kind.WRONG, kind(y, "10"));
    assertEquals(Verdict.Kind.WRONG, kind(y, "soon"));
  }

  @Test
  void durationAcceptsTenPercentOfALongSpan() throws Exception {
    Question d = bank().get(2); // 6 years, Vietnamese
    assertEquals(Verdict.Kind.CORRECT, kind(d, "6 năm"));
    assertEquals(Verdict.Kind.CORRECT, kind(d, "7"));
    assertEquals(Verdict.Kind.CLOSE, kind(d, "8"));
    Question longer = d.withHeader(d.header()); // same tolerance rule, larger answer below
    Question.Duration forty = new Question.Duration(longer.header(),
        new Question.Answer(org.factdrill.bank.AnswerValue.Number.of(40), "40"),
        new Question.Period("x", "1900", "1940"));
    assertEquals(Verdict.Kind.CORRECT, kind(forty, "44"));
    assertEquals(Verdict.Kind.CLOSE, kind(forty, "47"));
    assertEquals(Verdict.Kind.WRONG, kind(forty, "50"));
  }
}
