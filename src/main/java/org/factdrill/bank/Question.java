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
 */
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "card", "type", "lang", "prompt", "answer", "options", "truth", "events",
    "facts", "disabled", "edited"})
public record Question(String id, String card, QuestionType type, String lang, String prompt,
    Answer answer, List<String> options, Boolean truth, List<Event> events, List<FactRef> facts,
    Boolean disabled, Boolean edited) {

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
        disabled, true);
  }

  public Question withDisabled(boolean off) {
    return new Question(id, card, type, lang, prompt, answer, options, truth, events, facts,
        off ? Boolean.TRUE : null, edited);
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
      "sentence", "sentenceStart"})
  public record FactRef(String source, int start, int end, String text, String kind,
      JsonNode value, String unit, Boolean approx, String sentence, Integer sentenceStart) {

    public boolean isApprox() {
      return Boolean.TRUE.equals(approx);
    }
  }
}
