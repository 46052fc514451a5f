package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.TestQuestions;
import org.factdrill.bank.QuestionType;
import org.factdrill.srs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCheckerTest {
  private final AnswerChecker checker = new AnswerChecker();

  private static JsonNode json(String s) {
    try {
      return new ObjectMapper().readTree(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Question cloze(String kind, String value, String text, boolean approx) {
    Question.FactRef f = new Question.FactRef("s.txt", 0, text.length(), text, kind, TestQuestions.value(json(value)),
        null, approx ? Boolean.TRUE : null, "s", 0);
    return TestQuestions.of("cloze-1", "f-1", QuestionType.CLOZE, "en", "p _____",
        TestQuestions.answer(kind, json(value), text), null, null, null, List.of(f), null, null);
  }

  private Verdict.Kind kind(Question q, String typed) {
    return checker.check(q, typed).kind();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"23000", "23,000", "23 000", "23.000", "23k", "23 thousand",
      "23 ngàn", "hai mươi ba nghìn", "23 אלף"})
  void numbersInAnyFormAreCorrect(String typed) {
    Verdict v = checker.check(cloze("number", "23000", "23,000", false), typed);
    assertEquals(Verdict.Kind.CORRECT, v.kind(), typed);
    assertEquals(Rating.GOOD, v.suggested());
  }

  @Test
  void aNumberWithinAFewPercentIsClose() {
    Question q = cloze("number", "23000", "23,000", false);
    Verdict v = checker.check(q, "23500");
    assertEquals(Verdict.Kind.CLOSE, v.kind());
    assertEquals(Rating.HARD, v.suggested());
    assertEquals(Verdict.Kind.WRONG, kind(q, "25000"));
    assertEquals(Verdict.Kind.WRONG, kind(q, "troops"));
    assertEquals(Verdict.Kind.WRONG, checker.check(q, "").kind());
  }

  @Test
  void aCenturyIsCheckedAsACenturyNotAYear() {
    // "the early 1800s" is stored as the century 18; typing a year used to throw.
    Question q = cloze("date", "\"18\"", "1800s", false);
    assertEquals(Verdict.Kind.CORRECT, kind(q, "1800s"));
    assertEquals(Verdict.Kind.CLOSE, kind(q, "1840"));
    assertEquals(Verdict.Kind.CLOSE, kind(q, "1810s"));
    assertEquals(Verdict.Kind.WRONG, kind(q, "1940"));
    assertEquals(Verdict.Kind.WRONG, kind(q, "1900s"));
    assertEquals(Verdict.Kind.WRONG, kind(q, "no idea"));
  }

  @Test
  void approximateFactsAcceptAMargin() {
    Question q = cloze("number", "30000", "about 30,000", true);
    assertEquals(Verdict.Kind.CORRECT, kind(q, "31000"));
    assertEquals(Verdict.Kind.CLOSE, kind(q, "34000"));
    assertEquals(Verdict.Kind.WRONG, kind(q, "40000"));
  }

  @Test
  void theRightFigureWithoutItsScaleIsClose() {
    Question q = cloze("money", "{\"amount\": 100000000, \"currency\": \"USD\"}", "$100 million",
        false);
    assertEquals(Verdict.Kind.CORRECT, kind(q, "100 million"));
    assertEquals(Verdict.Kind.CORRECT, kind(q, "$100m"));
    assertEquals(Verdict.Kind.CLOSE, kind(q, "100"));
  }

  @Test
  void rangesNeedBothEnds() {
    Question q = cloze("number", "[20000, 30000]", "20,000–30,000", false);
    assertEquals(Verdict.Kind.CORRECT, kind(q, "20000-30000"));
    assertEquals(Verdict.Kind.CORRECT, kind(q, "20 to 30 thousand"));
    assertEquals(Verdict.Kind.CLOSE, kind(q, "20000"));
    assertEquals(Verdict.Kind.WRONG, kind(q, "10000-15000"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"26/12/1991", "Dec 26, 1991", "1991-12-26",
      "26 tháng 12 năm 1991", "26 בדצמבר 1991"})
  void fullDatesInAnyFormAreCorrect(String typed) {
    assertEquals(Verdict.Kind.CORRECT, kind(cloze("date", "\"1991-12-26\"", "26 December 1991",
        false), typed), typed);
  }

  @Test
  void theRightYearOfAFullDateIsClose() {
    Question q = cloze("date", "\"1991-12-26\"", "26 December 1991", false);
    assertEquals(Verdict.Kind.CLOSE, kind(q, "1991"));
    assertEquals(Verdict.Kind.CLOSE, kind(q, "25/12/1991"));
    assertEquals(Verdict.Kind.WRONG, kind(q, "26/12/1992"));
  }

  @Test
  void theYearAloneIsEnoughForAYear() {
    Question q = cloze("date", "\"1993\"", "1993", false);
    assertEquals(Verdict.Kind.CORRECT, kind(q, "1993"));
    assertEquals(Verdict.Kind.CORRECT, kind(q, "năm 1993"));
    assertEquals(Verdict.Kind.WRONG, kind(q, "1992"));
  }

  @Test
  void datesWithoutYearDecadesAndPeriods() {
    assertEquals(Verdict.Kind.CORRECT, kind(cloze("date", "\"--09-27\"", "September 27", false),
        "27/9"));
    assertEquals(Verdict.Kind.CLOSE, kind(cloze("date", "\"--09-27\"", "September 27", false),
        "September 28"));
    assertEquals(Verdict.Kind.CORRECT, kind(cloze("date", "\"--09\"", "בספטמבר", false),
        "ספטמבר"));
    assertEquals(Verdict.Kind.CORRECT, kind(cloze("date", "\"199\"", "the 1990s", false), "1990s"));
    assertEquals(Verdict.Kind.CLOSE, kind(cloze("date", "\"199\"", "the 1990s", false), "1994"));
    Question period = cloze("date", "\"1992/1994\"", "1992–1994", false);
    assertEquals(Verdict.Kind.CORRECT, kind(period, "1992 to 1994"));
    assertEquals(Verdict.Kind.CLOSE, kind(period, "1992"));
  }

  private static Question choice() {
    return TestQuestions.of("choice-1", "f-1", QuestionType.CHOICE, "en", "p _____",
        TestQuestions.answer(json("23000"), "23,000"), List.of("12,000", "17,000", "23,000",
            "35,000"), null, null, List.of(new Question.FactRef("s.txt", 0, 6, "23,000", "number",
            TestQuestions.value(json("23000")), null, null, "s", 0)), null, null);
  }

  @Test
  void choiceTakesADigitOrTheOptionText() {
    assertEquals(Verdict.Kind.CORRECT, kind(choice(), "3"));
    assertEquals(Verdict.Kind.WRONG, kind(choice(), "1"));
    assertEquals(Verdict.Kind.CORRECT, kind(choice(), "23,000"));
    assertEquals(Verdict.Kind.CORRECT, kind(choice(), "23000"));
    assertEquals(Verdict.Kind.WRONG, kind(choice(), "23500"), "no 'close' when options were shown");
    assertEquals(Verdict.Kind.WRONG, kind(choice(), "17,000"));
  }

  @ParameterizedTest
  @CsvSource({"t,true", "true,true", "đúng,true", "נכון,true", "f,false", "sai,false",
      "לא נכון,false", "False,false"})
  void trueFalseInThreeLanguages(String typed, boolean said) {
    Question q = TestQuestions.of("truefalse-1", "f-1", QuestionType.TRUEFALSE, "en", "s",
        TestQuestions.answer(json("1993"), "1993"), null, true, null, List.of(), null, null);
    assertEquals(said ? Verdict.Kind.CORRECT : Verdict.Kind.WRONG, kind(q, typed), typed);
  }

  @Test
  void timelineOrderTypedWithOrWithoutSpaces() {
    Question q = TestQuestions.of("timeline-1", "t-1", QuestionType.TIMELINE, "en", "Order",
        TestQuestions.answer(json("[1, 2, 0]"), "2 3 1"), null, null,
        List.of(new Question.Event("a", "1993"), new Question.Event("b", "1988"),
            new Question.Event("c", "1991")), List.of(), null, null);
    assertEquals(Verdict.Kind.CORRECT, kind(q, "2 3 1"));
    assertEquals(Verdict.Kind.CORRECT, kind(q, "231"));
    assertEquals(Verdict.Kind.CORRECT, kind(q, "2,3,1"));
    assertEquals(Verdict.Kind.CLOSE, kind(q, "3 2 1"));
    assertEquals(Verdict.Kind.WRONG, kind(q, "1 2 3"));
    assertEquals(Verdict.Kind.WRONG, kind(q, "first"));
  }

  @Test
  void aYearInAHandWrittenQuestionWithoutFactsIsADateNotACount() {
    Question q = TestQuestions.of("cloze-x", "f-x", QuestionType.CLOZE, "en", "It ended in _____.",
        TestQuestions.answer(com.fasterxml.jackson.databind.node.TextNode.valueOf("1993"), "1993"),
        null, null, null, List.of(), null, null);
    assertEquals(Verdict.Kind.CORRECT, new AnswerChecker().check(q, "1993").kind());
    assertEquals(Verdict.Kind.WRONG, new AnswerChecker().check(q, "1990").kind());
  }
}
