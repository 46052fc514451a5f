package org.factdrill.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Builds questions for tests from the fields of the old one-record model. */
public final class TestQuestions {
  private TestQuestions() {}

  /** An answer whose value is given as bank JSON (decoded as a bank without facts would be). */
  public static Question.Answer answer(JsonNode value, String text) {
    return new Question.Answer(BankJsonCodec.value(null, value), text);
  }

  /** An answer whose value is bank JSON of a fact of {@code kind} ("date", "number", ...). */
  public static Question.Answer answer(String kind, JsonNode value, String text) {
    return new Question.Answer(BankJsonCodec.value(kind, value), text);
  }

  /** A fact value given as bank JSON, decoded without a kind. */
  public static AnswerValue value(JsonNode value) {
    return BankJsonCodec.value(null, value);
  }

  /** A question of {@code type} with the fields that type uses (the others are ignored). */
  public static Question of(String id, String card, QuestionType type, String lang,
      String prompt, Question.Answer answer, List<String> options, Boolean truth,
      List<Question.Event> events, List<Question.FactRef> facts, Boolean disabled,
      Boolean edited) {
    return of(id, card, type, lang, prompt, answer, options, truth, events, facts, disabled,
        edited, null, null);
  }

  /** The same with a context line and a sibling key. */
  public static Question of(String id, String card, QuestionType type, String lang,
      String prompt, Question.Answer answer, List<String> options, Boolean truth,
      List<Question.Event> events, List<Question.FactRef> facts, Boolean disabled,
      Boolean edited, String context, String sibling) {
    Question.Header h = new Question.Header(id, card, sibling, lang, context, prompt, facts,
        Boolean.TRUE.equals(disabled), Boolean.TRUE.equals(edited));
    if (answer != null && (type == QuestionType.TIMELINE || type == QuestionType.WHICHFIRST)) {
      // Read without the type, [1, 0] is a range and [1, 2, 0] kept text: here it is an order.
      AnswerValue v = answer.value();
      String json = v instanceof AnswerValue.Range r ? "[" + r.lo() + "," + r.hi() + "]"
          : v instanceof AnswerValue.Text t ? t.json() : null;
      if (json != null) {
        try {
          answer = new Question.Answer(BankJsonCodec.order(
              new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)), answer.text());
        } catch (java.io.IOException e) {
          throw new IllegalArgumentException(e);
        }
      }
    }
    switch (type) {
      case CLOZE:
        return new Question.Cloze(h, answer);
      case CHOICE:
        return new Question.Choice(h, answer, options);
      case TRUEFALSE:
        return new Question.TrueFalse(h, answer, Boolean.TRUE.equals(truth));
      case TIMELINE:
        return new Question.Timeline(h, answer, events);
      case WHICHFIRST:
        return new Question.WhichFirst(h, answer, events);
      case YEARSBETWEEN:
        return new Question.YearsBetween(h, answer, events);
      default:
        throw new IllegalArgumentException("use Chronology.duration for " + type);
    }
  }
}
