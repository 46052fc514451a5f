package org.factdrill.bank;

/**
 * Something wrong with a bank file, recorded as data: where (line and column when known, and the
 * question id for semantic problems) and what.
 */
public record BankProblem(String file, int line, int column, String questionId, String message) {

  /** "file:line:col: message" or "file: question ID: message". */
  public String format() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line).append(':').append(column);
    }
    b.append(": ");
    if (questionId != null) {
      b.append("question ").append(questionId).append(": ");
    }
    return b.append(message).toString();
  }
}
