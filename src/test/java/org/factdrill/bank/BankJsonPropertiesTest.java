package org.factdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Bank JSON round trip for every question type: whatever question the model can hold is written
 * and read back equal, and writing is deterministic (the oracle is the model itself).
 */
class BankJsonPropertiesTest {
  private final BankJson json = new BankJson();

  // 100 banks of up to six questions each reach every type and value shape many times over;
  // 300 took 6.6 s of the suite for no type or shape more.
  @Property(tries = 100, seed = "1616")
  void everyQuestionSurvivesWriteAndRead(@ForAll("banks") List<Question> questions,
      @ForAll("deletedIds") List<String> deleted) {
    Bank bank = new Bank(1, new Bank.GeneratorInfo("factdrill", "test"), List.of(), questions,
        deleted);
    String text = json.toJson(bank);
    List<BankProblem> problems = new ArrayList<>();
    Bank back = json.parse("p", text, problems);
    assertEquals(List.of(), problems);
    assertEquals(bank, back);
    assertEquals(text, json.toJson(back));
  }

  /** The record of deleted questions: ids, often none (then the field is not written). */
  @Provide
  Arbitrary<List<String>> deletedIds() {
    return Arbitraries.strings().withChars("abcdef0123456789-").ofMinLength(1).ofMaxLength(12)
        .list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Question>> banks() {
    return question().list().ofMaxSize(6);
  }

  /** Text as banks hold it: Latin, Vietnamese and Hebrew letters, digits, punctuation, quotes. */
  static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("aZ09 .,_-\"\\\u00e0\u1ebf\u05d0\u05ea\u2026\n")
        .ofMaxLength(20);
  }

  static Arbitrary<String> maybe(Arbitrary<String> a) {
    return a.injectNull(0.3);
  }

  static Arbitrary<BigDecimal> number() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000_000L).map(BigDecimal::valueOf),
        Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("100000"))
            .ofScale(3).map(d -> d.stripTrailingZeros().scale() < 0
                ? d.stripTrailingZeros().setScale(0) : d.stripTrailingZeros()));
  }

  static Arbitrary<String> iso() {
    Arbitrary<Integer> y = Arbitraries.integers().between(1000, 2099);
    Arbitrary<Integer> m = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> d = Arbitraries.integers().between(1, 28);
    return Arbitraries.oneOf(
        y.map(String::valueOf),
        Combinators.combine(y, m).as((a, b) -> String.format("%04d-%02d", a, b)),
        Combinators.combine(y, m, d).as((a, b, c) -> String.format("%04d-%02d-%02d", a, b, c)),
        m.map(b -> String.format("--%02d", b)),
        Combinators.combine(m, d).as((b, c) -> String.format("--%02d-%02d", b, c)),
        Arbitraries.integers().between(100, 209).map(String::valueOf),
        Combinators.combine(y, y).as((a, b) -> a + "/" + b));
  }

  /** A value and the fact kind the bank records with it. */
  record Valued(String kind, AnswerValue value) {}

  static Arbitrary<Valued> valued() {
    Arbitrary<AnswerValue> numOrRange = Arbitraries.oneOf(number().map(AnswerValue.Number::new),
        Combinators.combine(number(), number()).as(AnswerValue.Range::new));
    return Arbitraries.oneOf(
        iso().map(s -> new Valued("date", new AnswerValue.Date(s))),
        numOrRange.map(v -> new Valued("number", v)),
        number().map(n -> new Valued("percent", new AnswerValue.Percent(n))),
        Combinators.combine(numOrRange, Arbitraries.of("USD", "VND", "ILS", "$", "unknown"))
            .as((a, c) -> new Valued("money", new AnswerValue.Money(a, c))));
  }

  static Arbitrary<Question.FactRef> fact(Valued v) {
    Arbitrary<Question.Resolved> resolved = Combinators.combine(maybe(text()),
        Combinators.combine(text(), Arbitraries.integers().between(1, 2100), maybe(text()))
            .as(Question.Time::new).list().ofMaxSize(2).injectNull(0.5))
        .as((from, times) -> new Question.Resolved(v.value(), from, times)).injectNull(0.7);
    return Combinators.combine(maybe(text()), Arbitraries.integers().between(0, 5000),
        maybe(text()), Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.5),
        maybe(text()), resolved)
        .as((src, start, t, approx, sentence, res) -> new Question.FactRef(src, start,
            start + 4, t, v.kind(), v.value(), null, approx, sentence, start, res));
  }

  static Arbitrary<Question.Header> header(List<Question.FactRef> facts) {
    return Combinators.combine(maybe(text()), maybe(text()), maybe(text()),
        Arbitraries.of("en", "vi", "he"), maybe(text()), text(),
        Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((id, card, sibling, lang, context, prompt, off, edited) -> new Question.Header(id,
            card, sibling, lang, context, prompt, facts, off, edited));
  }

  static Arbitrary<Question.Event> event() {
    return Combinators.combine(text(), iso()).as(Question.Event::new);
  }

  static Arbitrary<AnswerValue.Order> order(int n) {
    List<Integer> base = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      base.add(i);
    }
    return Arbitraries.shuffle(base).map(AnswerValue.Order::new);
  }

  static Arbitrary<Question> question() {
    return valued().flatMap(v -> fact(v).list().ofMinSize(1).ofMaxSize(2).flatMap(facts ->
        header(facts).flatMap(h -> Combinators.combine(text(), typed(h, v)).as((t, f) -> f.apply(
            new Question.Answer(v.value(), t))))));
  }

  /** Every type; the answer's value follows the facts' kind (as the bank reader decides). */
  static Arbitrary<java.util.function.Function<Question.Answer, Question>> typed(
      Question.Header h, Valued v) {
    Question.Header dated = h.withFacts(h.facts().stream().map(f -> new Question.FactRef(
        f.source(), f.start(), f.end(), f.text(), "date", new AnswerValue.Date("1990"), null,
        null, null, null)).toList());
    return Arbitraries.oneOf(
        Arbitraries.just(a -> new Question.Cloze(h, a)),
        text().list().ofMinSize(2).ofMaxSize(5).map(o -> a -> new Question.Choice(h, a, o)),
        Arbitraries.of(true, false).map(b -> a -> new Question.TrueFalse(h, a, b)),
        event().list().ofMinSize(2).ofMaxSize(6).flatMap(ev -> order(ev.size()).map(o ->
            a -> new Question.Timeline(dated, new Question.Answer(o, a.text()), ev))),
        event().list().ofSize(2).flatMap(ev -> order(2).map(o ->
            a -> new Question.WhichFirst(dated, new Question.Answer(o, a.text()), ev))),
        Combinators.combine(event().list().ofSize(2), Arbitraries.integers().between(0, 3000))
            .as((ev, n) -> a -> new Question.YearsBetween(dated,
                new Question.Answer(AnswerValue.Number.of(n), a.text()), ev)),
        Combinators.combine(text(), iso(), iso(), Arbitraries.integers().between(0, 3000))
            .as((t, s, e, n) -> a -> new Question.Duration(dated,
                new Question.Answer(AnswerValue.Number.of(n), a.text()),
                new Question.Period(t, s, e))));
  }
}
