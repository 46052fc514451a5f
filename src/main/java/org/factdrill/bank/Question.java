package org.factdrill.bank;

import java.util.List;

/**
 * One question of a bank: a shared {@link Header} and the fields of its type. Code that does
 * something different per type calls {@link #accept} with a {@link Visitor}, so adding a type is
 * a compile error everywhere it has to be handled (Java 17: no pattern-matching switch).
 */
public sealed interface Question permits Question.Cloze, Question.Choice, Question.TrueFalse,
    Question.Timeline, Question.WhichFirst, Question.YearsBetween, Question.Duration {

  /** The fields every question has. */
  Header header();

  /** The right answer; null only in a bank that has not passed validation. */
  Answer answer();

  /** The type's name, for filters, counts and messages (not for dispatch: use a visitor). */
  QuestionType type();

  /** The same question with another header. */
  Question withHeader(Header h);

  /** Calls the visitor's method for this question's type. */
  <R, X extends Exception> R accept(Visitor<R, X> v) throws X;

  /** One method per question type; the compiler checks that every visitor handles each. */
  interface Visitor<R, X extends Exception> {
    R cloze(Cloze q) throws X;

    R choice(Choice q) throws X;

    R trueFalse(TrueFalse q) throws X;

    R timeline(Timeline q) throws X;

    R whichFirst(WhichFirst q) throws X;

    R yearsBetween(YearsBetween q) throws X;

    R duration(Duration q) throws X;
  }

  /**
   * The fields shared by every question type.
   *
   * @param id stable id: same source file, sentence, span and type give the same id
   * @param card the unit of memory this question exercises (the fact's id), shared by all question
   *     forms of one fact, so progress is per fact (see docs/scheduling.md); null in hand-written
   *     questions
   * @param sibling shared by every question from one sentence (all forms of its facts), so a
   *     session can space them apart and an exported test holds at most one of them; null in
   *     hand-written questions and older banks
   * @param lang the prompt's language code
   * @param context what the question is about (the text's title, nearest heading), shown above
   *     the prompt so it stands on its own; null when the text has none
   * @param prompt what the student reads
   * @param facts where the question comes from
   * @param disabled set by an instructor to keep a bad question out of study and exports
   * @param edited set when an instructor changed the question by hand; regeneration keeps it
   */
  record Header(String id, String card, String sibling, String lang, String context,
      String prompt, List<FactRef> facts, boolean disabled, boolean edited) {
    public Header {
      facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** A header for a new, generated question. */
    public static Header of(String id, String card, String lang, String prompt,
        List<FactRef> facts) {
      return new Header(id, card, null, lang, null, prompt, facts, false, false);
    }

    /** A header for a new, generated question with its context line and sibling key. */
    public static Header of(String id, String card, String lang, String prompt,
        List<FactRef> facts, String context, String sibling) {
      return new Header(id, card, sibling, lang, context, prompt, facts, false, false);
    }

    public Header withPrompt(String p) {
      return new Header(id, card, sibling, lang, context, p, facts, disabled, edited);
    }

    public Header withContext(String c) {
      return new Header(id, card, sibling, lang, c, prompt, facts, disabled, edited);
    }

    public Header withFacts(List<FactRef> f) {
      return new Header(id, card, sibling, lang, context, prompt, f, disabled, edited);
    }

    public Header withDisabled(boolean off) {
      return new Header(id, card, sibling, lang, context, prompt, facts, off, edited);
    }

    public Header withEdited(boolean e) {
      return new Header(id, card, sibling, lang, context, prompt, facts, disabled, e);
    }
  }

  default String id() {
    return header().id();
  }

  default String card() {
    return header().card();
  }

  default String lang() {
    return header().lang();
  }

  /** The topic line shown above the prompt; null when the bank has none. */
  default String context() {
    return header().context();
  }

  default String sibling() {
    return header().sibling();
  }

  /** The key that groups questions of one sentence; the card for questions without one. */
  default String siblingKey() {
    return sibling() != null ? sibling() : cardId();
  }

  default String prompt() {
    return header().prompt();
  }

  default List<FactRef> facts() {
    return header().facts();
  }

  default boolean isDisabled() {
    return header().disabled();
  }

  default boolean isEdited() {
    return header().edited();
  }

  /** The card id, falling back to the question id for hand-written questions without one. */
  default String cardId() {
    return card() != null ? card() : id();
  }

  /** The choice options (empty for other types). */
  default List<String> options() {
    return List.of();
  }

  /** The events shown to order or compare (empty for types without events). */
  default List<Event> events() {
    return List.of();
  }

  /**
   * The numbered items a student reads below the prompt: a choice's options, the events to order
   * or compare (without their dates), a period's name; empty for cloze and true/false.
   */
  default List<String> items() {
    return events().stream().map(Event::text).toList();
  }

  /** The answer as an editor shows it: the answer's text ("true"/"false" for true/false). */
  default String answerText() {
    return answer() == null ? "" : answer().text();
  }

  /** True when the student picks among given answers rather than recalling one. */
  default boolean isRecognition() {
    return false;
  }

  /** The prompt replaced by hand: marks the question edited. */
  default Question withPrompt(String newPrompt) {
    return withHeader(header().withPrompt(newPrompt).withEdited(true));
  }

  /**
   * The answer replaced by hand (cloze and choice only; other types return themselves): marks
   * the question edited. A changed answer text drops the normalized value, which described the
   * old text; the checker then reads the typed figure from the text itself.
   */
  default Question withAnswer(String text, List<String> also) {
    Answer old = answer();
    AnswerValue v = old != null && old.text().equals(text) ? old.value() : AnswerValue.Text.NULL;
    Answer a = new Answer(v, text, also);
    Header h = header().withEdited(true);
    if (this instanceof Cloze) {
      return new Cloze(h, a);
    }
    if (this instanceof Choice c) {
      return new Choice(h, a, c.options());
    }
    return this;
  }

  default Question withDisabled(boolean off) {
    return withHeader(header().withDisabled(off));
  }

  /**
   * The right answer: its normalized value (JSON null when a bank has
   * none) and how it is shown.
   */
  record Answer(AnswerValue value, String text, List<String> also) {
    public Answer {
      value = value == null ? AnswerValue.Text.NULL : value;
      also = also == null ? List.of() : List.copyOf(also);
    }

    /** An answer without accepted alternatives. */
    public Answer(AnswerValue value, String text) {
      this(value, text, List.of());
    }
  }

  /** One event: its clause without its date, and the date's ISO value. */
  record Event(String text, String date) {}

  /** A period: what lasted, and its two ends as ISO dates. */
  record Period(String text, String start, String end) {}

  /**
   * Provenance of a fact a question was built from: the source file, the span (UTF-16 offsets),
   * its text, kind and value, and the original sentence around it.
   */
  record FactRef(String source, int start, int end, String text, String kind,
      AnswerValue value, String unit, Boolean approx, String sentence, Integer sentenceStart,
      Resolved resolved) {

    /** Provenance without a resolved time. */
    public FactRef(String source, int start, int end, String text, String kind,
        AnswerValue value, String unit, Boolean approx, String sentence, Integer sentenceStart) {
      this(source, start, end, text, kind, value, unit, approx, sentence, sentenceStart, null);
    }

    public boolean isApprox() {
      return Boolean.TRUE.equals(approx);
    }
  }

  /**
   * A time the text left relative, made absolute: the date value with its year, and the evidence
   * (which year, from where in the text: "document date '5 October 2020' at 45", "'1991' at 120").
   *
   * @param value the resolved value ("2020-10-09") of a yearless fact, or null when the fact
   *     itself had its year and only words around it were resolved
   * @param times each relative expression of the prompt with the year it means
   */
  record Resolved(AnswerValue value, String from, List<Time> times) {
    public Resolved {
      times = times == null ? null : List.copyOf(times);
    }
  }

  /** One relative expression ("the following year") and the year it means, with its evidence. */
  record Time(String text, int year, String from) {}

  /** Fill in the blank ({@code _____}) of the prompt. */
  record Cloze(Header header, Answer answer) implements Question {
    @Override
    public QuestionType type() {
      return QuestionType.CLOZE;
    }

    @Override
    public Cloze withHeader(Header h) {
      return new Cloze(h, answer);
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X {
      return v.cloze(this);
    }
  }

  /** Pick the answer among options; {@code answer.text} is one of them. */
  record Choice(Header header, Answer answer, List<String> options) implements Question {
    public Choice {
      options = options == null ? List.of() : List.copyOf(options);
    }

    @Override
    public QuestionType type() {
      return QuestionType.CHOICE;
    }

    @Override
    public Choice withHeader(Header h) {
      return new Choice(h, answer, options);
    }

    @Override
    public List<String> items() {
      return options;
    }

    @Override
    public boolean isRecognition() {
      return true;
    }

    /** The same question with its options in another order (exports that shuffle). */
    public Choice withOptions(List<String> o) {
      return new Choice(header, answer, o);
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X {
      return v.choice(this);
    }
  }

  /** Judge the prompt's statement; {@code answer} holds the fact's true value. */
  record TrueFalse(Header header, Answer answer, boolean truth) implements Question {
    @Override
    public QuestionType type() {
      return QuestionType.TRUEFALSE;
    }

    @Override
    public boolean isRecognition() {
      return true;
    }

    @Override
    public String answerText() {
      return String.valueOf(truth);
    }

    @Override
    public TrueFalse withHeader(Header h) {
      return new TrueFalse(h, answer, truth);
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X {
      return v.trueFalse(this);
    }
  }

  /** Put events in order; the answer's value is an {@link AnswerValue.Order}. */
  record Timeline(Header header, Answer answer, List<Event> events) implements Question {
    public Timeline {
      events = events == null ? List.of() : List.copyOf(events);
    }

    @Override
    public QuestionType type() {
      return QuestionType.TIMELINE;
    }

    @Override
    public Timeline withHeader(Header h) {
      return new Timeline(h, answer, events);
    }

    /** The same question with its events shown in another order and the answer to match. */
    public Timeline withEvents(List<Event> e, Answer a) {
      return new Timeline(header, a, e);
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X {
      return v.timeline(this);
    }
  }

  /**
   * Which of two events happened first; the answer's value is their {@link AnswerValue.Order}
   * and its text the earlier event's text.
   */
  record WhichFirst(Header header, Answer answer, List<Event> events) implements Question {
    public WhichFirst {
      events = events == null ? List.of() : List.copyOf(events);
    }

    @Override
    public QuestionType type() {
      return QuestionType.WHICHFIRST;
    }

    @Override
    public WhichFirst withHeader(Header h) {
      return new WhichFirst(h, answer, events);
    }

    @Override
    public boolean isRecognition() {
      return true;
    }

    /** Index (0 or 1) of the event that happened first. */
    public int first() {
      List<Integer> o = answer == null ? List.of() : answer.value().order();
      return o.isEmpty() ? 0 : o.get(0);
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X {
      return v.whichFirst(this);
    }
  }

  /**
   * How many years passed between two events; the answer's value is a {@link AnswerValue.Number}
   * of years, checked with {@link Chronology#tolerance}.
   */
  record YearsBetween(Header header, Answer answer, List<Event> events) implements Question {
    public YearsBetween {
      events = events == null ? List.of() : List.copyOf(events);
    }

    @Override
    public QuestionType type() {
      return QuestionType.YEARSBETWEEN;
    }

    /** None: the prompt names both events ("How many years passed between X and Y?"). */
    @Override
    public List<String> items() {
      return List.of();
    }

    @Override
    public YearsBetween withHeader(Header h) {
      return new YearsBetween(h, answer, events);
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X {
      return v.yearsBetween(this);
    }
  }

  /**
   * How long a period lasted, from its two ends; the answer's value is a
   * {@link AnswerValue.Number} of years, checked with {@link Chronology#tolerance}.
   */
  record Duration(Header header, Answer answer, Period period) implements Question {
    @Override
    public QuestionType type() {
      return QuestionType.DURATION;
    }

    /** None: the prompt names what lasted ("How long did X last?"). */
    @Override
    public List<String> items() {
      return List.of();
    }

    @Override
    public Duration withHeader(Header h) {
      return new Duration(h, answer, period);
    }

    @Override
    public <R, X extends Exception> R accept(Visitor<R, X> v) throws X {
      return v.duration(this);
    }
  }
}
