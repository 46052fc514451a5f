package org.factdrill.cli;

import org.factdrill.lang.Phrase;

/** A failure the user can fix: printed as one line, with the exit code to return. */
final class UserError extends RuntimeException implements Phrase.Worded {
  private static final long serialVersionUID = 1L;
  private final int exitCode;
  private final transient Phrase phrase;

  /** A failure worded by the packs' interface strings (cli.* keys in ui.tsv). */
  UserError(Phrase phrase, int exitCode) {
    this(phrase, exitCode, null);
  }

  UserError(Phrase phrase, int exitCode, Throwable cause) {
    super(phrase.english(), cause);
    this.exitCode = exitCode;
    this.phrase = phrase;
  }

  /**
   * The failure {@code e} reported as it is: its phrase when it has one (a store error), else
   * its message (a library's own text, in English).
   */
  static UserError of(Exception e, int exitCode) {
    if (e instanceof Phrase.Worded w && w.phrase() != null) {
      return new UserError(w.phrase(), exitCode, e);
    }
    return new UserError(e.getMessage(), exitCode, e);
  }

  @Override
  public Phrase phrase() {
    return phrase;
  }

  UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
    this.phrase = null;
  }

  UserError(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.phrase = null;
  }

  /**
   * Fails before any work is done when {@code --out} could not be written (a folder, a missing or
   * read-only parent); nothing (standard output) always passes.
   */
  static void requireWritable(java.nio.file.Path target) {
    if (target == null) {
      return;
    }
    try {
      org.factdrill.text.AtomicWriter.checkWritable(target);
    } catch (java.io.IOException e) {
      throw UserError.of(e, 1);
    }
  }

  int exitCode() {
    return exitCode;
  }
}
