package org.factdrill.study;

import java.util.Optional;
import org.factdrill.bank.AnswerValue;
import org.factdrill.bank.Question;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * What kind of answer a typed question expects, in the question's language: "(a year)", "(a day
 * and month with the year)", "(a number of soldiers)", "(an amount in US dollars)", "(a
 * percentage)", "(a duration)". Read from the answer's value and the fact's unit, worded by the
 * language pack's {@code study.hint.*} strings, so a learner knows whether to type 1993 or
 * 26 December 1991 before typing anything.
 */
public final class AnswerHint {
  private AnswerHint() {}

  /** The hint for {@code q}, empty for questions answered by a key or with no typed value. */
  public static Optional<String> of(Question q) {
    LanguagePack pack = LanguagePacks.find(q.lang()).orElse(LanguagePacks.all().get(0));
    return q.accept(new Question.Visitor<Optional<String>, RuntimeException>() {
      @Override
      public Optional<String> cloze(Question.Cloze c) {
        return forValue(pack, c.answer().value(), c.facts().isEmpty() ? null : c.facts().get(0));
      }

      @Override
      public Optional<String> choice(Question.Choice c) {
        return Optional.empty();
      }

      @Override
      public Optional<String> trueFalse(Question.TrueFalse t) {
        return Optional.empty();
      }

      @Override
      public Optional<String> timeline(Question.Timeline t) {
        return Optional.empty();
      }

      @Override
      public Optional<String> whichFirst(Question.WhichFirst w) {
        return Optional.empty();
      }

      @Override
      public Optional<String> yearsBetween(Question.YearsBetween y) {
        return Optional.empty();
      }

      @Override
      public Optional<String> duration(Question.Duration d) {
        return word(pack, "duration", null);
      }
    });
  }

  /** The hint for an answer value of a fact (its unit, its kind). */
  static Optional<String> forValue(LanguagePack pack, AnswerValue value, Question.FactRef fact) {
    String unit = fact == null || fact.unit() == null || fact.unit().isBlank() ? null
        : fact.unit().strip();
    if (fact != null && "duration".equals(fact.kind())) {
      return word(pack, "duration", null);
    }
    return value.accept(new AnswerValue.Visitor<Optional<String>>() {
      @Override
      public Optional<String> date(AnswerValue.Date d) {
        return switch (d.precision()) {
          case YEAR, DECADE -> word(pack, "year", null);
          case DAY -> word(pack, "date", null);
          case MONTH -> word(pack, "month_year", null);
          default -> Optional.empty();
        };
      }

      @Override
      public Optional<String> number(AnswerValue.Number n) {
        return unit == null ? word(pack, "number", null) : word(pack, "number_of", unit);
      }

      @Override
      public Optional<String> range(AnswerValue.Range r) {
        return unit == null ? word(pack, "number", null) : word(pack, "number_of", unit);
      }

      @Override
      public Optional<String> money(AnswerValue.Money m) {
        return word(pack, "amount", pack.currencyName(m.currency()));
      }

      @Override
      public Optional<String> percent(AnswerValue.Percent p) {
        return word(pack, "percent", null);
      }

      @Override
      public Optional<String> order(AnswerValue.Order o) {
        return Optional.empty();
      }

      @Override
      public Optional<String> text(AnswerValue.Text t) {
        return Optional.empty();
      }
    });
  }

  private static Optional<String> word(LanguagePack pack, String kind, String arg) {
    String w = pack.ui("study.hint." + kind);
    if (w == null) {
      w = LanguagePacks.all().get(0).ui("study.hint." + kind);
    }
    if (w == null) {
      return Optional.empty();
    }
    return Optional.of(arg == null ? w : w.replace("{0}", arg));
  }
}
