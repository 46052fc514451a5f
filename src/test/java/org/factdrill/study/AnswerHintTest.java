package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.bank.TestQuestions;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.junit.jupiter.api.Test;

/** A cloze says what kind of answer it expects, from its value and unit, in its language. */
class AnswerHintTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Question cloze(String lang, String kind, String json, String unit)
      throws Exception {
    JsonNode v = JSON.readTree(json);
    Question.FactRef f = new Question.FactRef("a.txt", 0, 1, "x", kind,
        TestQuestions.answer(kind, v, "x").value(), unit, null, "x", 0);
    return TestQuestions.of("q", "c", QuestionType.CLOZE, lang, "In _____ it ended.",
        TestQuestions.answer(kind, v, "x"), null, null, null, List.of(f), null, null);
  }

  private static String hint(String lang, String kind, String json, String unit)
      throws Exception {
    return AnswerHint.of(cloze(lang, kind, json, unit)).orElse("none");
  }

  @Test
  void englishHintsForEachKindOfValue() throws Exception {
    assertEquals("(a year)", hint("en", "date", "\"1993\"", null));
    assertEquals("(a day and month with the year)", hint("en", "date", "\"1991-12-26\"", null));
    assertEquals("(a month and year)", hint("en", "date", "\"1993-11\"", null));
    assertEquals("(a number of soldiers)", hint("en", "number", "23000", "soldiers"));
    assertEquals("(a number)", hint("en", "number", "0.2", null));
    assertEquals("(an amount in US dollars)",
        hint("en", "money", "{\"amount\": 100000000, \"currency\": \"USD\"}", null));
    assertEquals("(a percentage)", hint("en", "percent", "10", null));
    assertEquals("(a duration)", hint("en", "duration", "3", null));
  }

  @Test
  void theHintIsInTheQuestionsLanguageWithItsUnitAndCurrencyName() throws Exception {
    assertEquals("(một năm)", hint("vi", "date", "\"1991\"", null));
    assertEquals("(số sư đoàn)", hint("vi", "number", "3", "sư đoàn"));
    assertEquals("(số tiền bằng đô la Mỹ)",
        hint("vi", "money", "{\"amount\": 5, \"currency\": \"USD\"}", null));
    assertEquals("(שנה)", hint("he", "date", "\"1993\"", null));
    assertEquals("(מספר החיילים)", hint("he", "number", "23000", "חיילים"));
    assertEquals("(сумма: долларов США)",
        hint("ru", "money", "{\"amount\": 5, \"currency\": \"USD\"}", null));
  }

  @Test
  void everyPackWordsEveryHint() throws Exception {
    for (LanguagePack p : LanguagePacks.all()) {
      for (String k : List.of("year", "date", "month_year", "number", "number_of", "amount",
          "percent", "duration")) {
        String w = p.ui("study.hint." + k);
        assertEquals(true, w != null && !w.isBlank(), p.code() + " study.hint." + k);
      }
    }
  }

  @Test
  void recognitionQuestionsNeedNoHint() throws Exception {
    Question choice = TestQuestions.of("q", "c", QuestionType.CHOICE, "en", "When?",
        TestQuestions.answer("date", JSON.readTree("\"1993\""), "1993"),
        List.of("1993", "1994"), null, null, List.of(), null, null);
    assertEquals(Optional.empty(), AnswerHint.of(choice));
  }

  @Test
  void plainModeShowsTheHintUnderAClozePrompt() throws Exception {
    // PlainSession prints the hint line for clozes, as it does for the other answer kinds.
    assertEquals(Optional.of("(a year)"), AnswerHint.of(cloze("en", "date", "\"1993\"", null)));
  }
}
