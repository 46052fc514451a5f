package org.factdrill.bank;

import java.util.Locale;
import java.util.Optional;

/** The kinds of question a bank holds, by their JSON name (for filters, counts and messages). */
public enum QuestionType {
  CLOZE, CHOICE, TRUEFALSE, TIMELINE, WHICHFIRST, YEARSBETWEEN, DURATION;

  /** The name used in bank files and on the command line ("cloze", "whichfirst", ...). */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a JSON name; empty for anything else. */
  public static Optional<QuestionType> parse(String s) {
    for (QuestionType t : values()) {
      if (t.json().equals(s)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** "cloze, choice, ... or duration", for messages. */
  public static String names() {
    StringBuilder b = new StringBuilder();
    QuestionType[] all = values();
    for (int i = 0; i < all.length; i++) {
      b.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].json());
    }
    return b.toString();
  }
}
