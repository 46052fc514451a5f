package org.factdrill.bank;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The four kinds of question a bank holds. */
public enum QuestionType {
  CLOZE, CHOICE, TRUEFALSE, TIMELINE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "cloze", "choice", "truefalse" or "timeline"; empty for anything else. */
  public static Optional<QuestionType> parse(String s) {
    for (QuestionType t : values()) {
      if (t.json().equals(s)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @JsonCreator
  static QuestionType fromJson(String s) {
    return parse(s).orElseThrow(() -> new IllegalArgumentException("unknown question type: " + s));
  }
}
