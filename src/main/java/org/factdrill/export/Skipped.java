package org.factdrill.export;

/** A question a format cannot express, and why it was left out. */
public record Skipped(String questionId, String reason) {

  /** "QUESTION-ID: reason", the form printed to stderr. */
  public String format() {
    return questionId + ": " + reason;
  }
}
