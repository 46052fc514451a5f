package org.factdrill.cli;

/** A failure the user can fix: printed as one line, with the exit code to return. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  UserError(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
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
      throw new UserError(e.getMessage(), 1, e);
    }
  }

  int exitCode() {
    return exitCode;
  }
}
