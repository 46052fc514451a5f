package org.factdrill.bank;

/**
 * Something wrong with a bank file, recorded as data: where (line and column when known, and the
 * question id for semantic problems) and what.
 *
 * @param blocking false for a question that can still be studied and exported but should be
 *     fixed (a cloze prompt an instructor left without its blank): {@code bank validate} and the
 *     TUI editor refuse it, while loading a bank for study or export does not
 */
public record BankProblem(String file, int line, int column, String questionId, String message,
    boolean blocking) {

  public BankProblem(String file, int line, int column, String questionId, String message) {
    this(file, line, column, questionId, message, true);
  }

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

  /**
   * {@link #format()} followed, when the line is known, by that line of {@code text} and a caret
   * under the column (as compilers and google-java-format show errors).
   */
  public String formatWithContext(String text) {
    String head = format();
    if (line <= 0 || text == null) {
      return head;
    }
    String[] lines = text.split("\n", -1);
    if (line > lines.length) {
      return head;
    }
    String src = lines[line - 1].replace("\r", "").replace('\t', ' ');
    int col = Math.max(1, Math.min(column, src.length() + 1));
    return head + "\n" + src + "\n" + " ".repeat(col - 1) + "^";
  }
}
