package org.factdrill.bank;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One question of a bank. Which fields are set depends on {@link #type()}: {@code options} for
 * choice, {@code truth} for truefalse, {@code events} for timeline (the answer's value is then the
 * indices of the events in chronological order).
 *
 * @param id stable id: same source file, sentence, span and type give the same id
 * @param card the unit of memory this question exercises (the fact's id), shared by all question
 *     forms of one fact, so progress is per fact (see docs/scheduling.md)
 * @param disabled set by an instructor to keep a bad question out of study and exports
 * @param edited set when an instructor changed the prompt by hand; regeneration keeps it
 * @param context what the question is about (the text's title, nearest heading), shown above the
 *     prompt so it stands on its own; null when the text has none
 * @param sibling shared by every question from one sentence (all forms of its facts), so a
 *     session can space them apart and an exported test holds at most one of them
 */
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "card", "sibling", "type", "lang", "context", "prompt", "answer", "options", "truth", "events",
    "facts", "disabled", "edited"})
public record Question(String id, String card, QuestionType type, String lang, String prompt,
    Answer answer, List<String> options, Boolean truth, List<Event> events, List<FactRef> facts,
    Boolean disabled, Boolean edited, String context, String sibling) {

  /** A question without context line or sibling key (hand-written, or from older banks). */
  public Question(String id, String card, QuestionType type, String lang, String prompt,
      Answer answer, List<String> options, Boolean truth, List<Event> events, List<FactRef> facts,
      Boolean disabled, Boolean edited) {
    this(id, card, type, lang, prompt, answer, options, truth, events, facts, disabled, edited,
        null, null);
  }

  public Question {
    facts = facts == null ? List.of() : List.copyOf(facts);
    options = options == null ? null : List.copyOf(options);
    events = events == null ? null : List.copyOf(events);
  }

  public boolean isDisabled() {
    return Boolean.TRUE.equals(disabled);
  }

  public boolean isEdited() {
    return Boolean.TRUE.equals(edited);
  }

  /** The card id, falling back to the question id for hand-written questions without one. */
  public String cardId() {
    return card != null ? card : id;
  }

  public Question withPrompt(String newPrompt) {
    return new Question(id, card, type, lang, newPrompt, answer, options, truth, events, facts,
        disabled, true, context, sibling);
  }

  public Question withDisabled(boolean off) {
    return new Question(id, card, type, lang, prompt, answer, options, truth, events, facts,
        off ? Boolean.TRUE : null, edited, context, sibling);
  }

  /** The same question with other options (and answer), keeping everything else. */
  public Question withParts(Answer newAnswer, List<String> newOptions, List<Event> newEvents) {
    return new Question(id, card, type, lang, prompt, newAnswer, newOptions, truth, newEvents,
        facts, disabled, edited, context, sibling);
  }

  /** The key that groups questions of one sentence; the card for questions without one. */
  public String siblingKey() {
    return sibling != null ? sibling : cardId();
  }

  /** The right answer: its normalized value and how it is shown. */
  @JsonPropertyOrder({"value", "text"})
  public record Answer(JsonNode value, String text) {}

  /** One event of a timeline question: the clause without its date, and the date's value. */
  @JsonPropertyOrder({"text", "date"})
  public record Event(String text, String date) {}

  /**
   * Provenance of a fact a question was built from: the source file, the span (UTF-16 offsets),
   * its text, kind and value, and the original sentence around it.
   */
  @JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"source", "start", "end", "text", "kind", "value", "unit", "approx",
      "sentence", "sentenceStart", "resolved"})
  public record FactRef(String source, int start, int end, String text, String kind,
      JsonNode value, String unit, Boolean approx, String sentence, Integer sentenceStart,
      Resolved resolved) {

    /** Provenance without a resolved time. */
    public FactRef(String source, int start, int end, String text, String kind, JsonNode value,
        String unit, Boolean approx, String sentence, Integer sentenceStart) {
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
   * @param years each relative expression of the prompt with the year it means
   */
  @JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"value", "from", "times"})
  public record Resolved(JsonNode value, String from, List<Time> times) {
    public Resolved {
      times = times == null ? null : List.copyOf(times);
    }
  }

  /** One relative expression ("the following year") and the year it means, with its evidence. */
  @JsonPropertyOrder({"text", "year", "from"})
  public record Time(String text, int year, String from) {}
}
