package org.factdrill.bank;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factdrill.text.Language;

/**
 * Factories and rules for the chronology questions ("Which happened first?", "How many years
 * passed between X and Y?", "How long did X last?"), for the generator and for tests.
 */
public final class Chronology {
  private static final BigDecimal TENTH = new BigDecimal("0.1");

  private Chronology() {}

  /**
   * How far a typed number of years may be from the right one and still count: one year or 10 %
   * of the answer, whichever is larger (dates of reduced precision make a year's error honest;
   * for long spans a student is asked for the order of magnitude, not the exact count).
   */
  public static BigDecimal tolerance(BigDecimal years) {
    BigDecimal tenth = years.abs().multiply(TENTH);
    return tenth.compareTo(BigDecimal.ONE) > 0 ? tenth : BigDecimal.ONE;
  }

  /** Whole years from {@code from} to {@code to} (ISO dates with a year), or empty. */
  public static Optional<Integer> yearsBetween(String from, String to) {
    AnswerValue.Date a = new AnswerValue.Date(from);
    AnswerValue.Date b = new AnswerValue.Date(to);
    if (a.year().isEmpty() || b.year().isEmpty()) {
      return Optional.empty();
    }
    if (a.precision() == AnswerValue.Precision.DAY && b.precision() == AnswerValue.Precision.DAY) {
      try {
        LocalDate x = LocalDate.parse(from);
        LocalDate y = LocalDate.parse(to);
        return Optional.of(Math.abs(java.time.Period.between(x, y).getYears()));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.of(Math.abs(b.year().get() - a.year().get()));
  }

  /** "Which happened first?" between two events with dates that differ. */
  public static Question.WhichFirst whichFirst(String id, String card, Language lang,
      Question.Event a, Question.Event b, List<Question.FactRef> facts) {
    boolean aFirst = a.date().compareTo(b.date()) <= 0;
    Question.Event first = aFirst ? a : b;
    return new Question.WhichFirst(
        Question.Header.of(id, card, lang.code(), Instructions.of(QuestionType.WHICHFIRST, lang),
            facts),
        new Question.Answer(new AnswerValue.Order(aFirst ? List.of(0, 1) : List.of(1, 0)),
            first.text()),
        List.of(a, b));
  }

  /** "How many years passed between X and Y?"; empty when a date has no year. */
  public static Optional<Question.YearsBetween> yearsBetween(String id, String card,
      Language lang, Question.Event a, Question.Event b, List<Question.FactRef> facts) {
    return yearsBetween(a.date(), b.date()).map(n -> new Question.YearsBetween(
        Question.Header.of(id, card, lang.code(),
            Instructions.yearsBetween(lang, a.text(), b.text()), facts),
        new Question.Answer(AnswerValue.Number.of(n), String.valueOf(n)), List.of(a, b)));
  }

  /**
   * "How long did X last?" from a period's two ends; {@code prompt} replaces the default question
   * built from the period's text when not null. Empty when an end has no year.
   */
  public static Optional<Question.Duration> duration(String id, String card, Language lang,
      String prompt, Question.Period period, List<Question.FactRef> facts) {
    return yearsBetween(period.start(), period.end()).map(n -> new Question.Duration(
        Question.Header.of(id, card, lang.code(),
            prompt != null ? prompt : Instructions.lasted(lang, period.text()), facts),
        new Question.Answer(AnswerValue.Number.of(n), String.valueOf(n)), period));
  }
}
