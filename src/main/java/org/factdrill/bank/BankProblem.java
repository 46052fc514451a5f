package org.factdrill.bank;

import org.factdrill.lang.InterfaceWords;
import org.factdrill.lang.Phrase;

/**
 * Something wrong with a bank file, recorded as data: where (line and column when known, and the
 * question id for semantic problems) and what.
 *
 * @param blocking false for a question that can still be studied and exported but should be
 *     fixed (a cloze prompt an instructor left without its blank): {@code bank validate} and the
 *     TUI editor refuse it, while loading a bank for study or export does not
 * @param message the problem in English
 * @param what the problem as a phrase of the packs' {@code bank.*} keys (null: only English, a
 *     library's own words)
 */
public record BankProblem(String file, int line, int column, String questionId, String message,
    boolean blocking, Phrase what) {

  public BankProblem(String file, int line, int column, String questionId, String message) {
    this(file, line, column, questionId, message, true);
  }

  public BankProblem(String file, int line, int column, String questionId, String message,
      boolean blocking) {
    this(file, line, column, questionId, message, blocking, null);
  }

  /** A problem worded by the packs. */
  public BankProblem(String file, int line, int column, String questionId, Phrase what) {
    this(file, line, column, questionId, what, true);
  }

  /** A problem worded by the packs, blocking or not. */
  public BankProblem(String file, int line, int column, String questionId, Phrase what,
      boolean blocking) {
    this(file, line, column, questionId, what.english(), blocking, what);
  }

  /** The problem as a phrase: its own, or its English message as it is. */
  public Phrase phrase() {
    return what != null ? what : Phrase.of("bank.text", message);
  }

  /** "file:line:col: message" or "file: question ID: message". */
  public String format() {
    return format(null);
  }

  /** {@link #format()} in the interface language of {@code words} (null: English). */
  public String format(InterfaceWords words) {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line).append(':').append(column);
    }
    b.append(": ");
    if (questionId != null) {
      b.append(Phrase.of("bank.question", questionId).in(words)).append(": ");
    }
    return b.append(words == null ? message : phrase().in(words)).toString();
  }

  /**
   * {@link #format()} followed, when the line is known, by that line of {@code text} and a caret
   * under the column (as compilers and google-java-format show errors).
   */
  public String formatWithContext(String text) {
    return formatWithContext(text, null);
  }

  /** {@link #formatWithContext(String)} in the interface language of {@code words}. */
  public String formatWithContext(String text, InterfaceWords words) {
    String head = format(words);
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
