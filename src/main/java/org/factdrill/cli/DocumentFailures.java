package org.factdrill.cli;

import java.io.PrintWriter;
import java.util.List;
import org.factdrill.generate.DocumentFailure;

/**
 * The line for each document a fault left out of a command: which text, what failed and where,
 * and how to report it; the stack trace only with {@code --verbose}.
 */
final class DocumentFailures {
  private DocumentFailures() {}

  static void print(PrintWriter err, Speech speech, List<DocumentFailure> failures,
      boolean verbose) {
    for (DocumentFailure f : failures) {
      if (verbose) {
        f.error().printStackTrace(err);
      }
      err.println("factdrill: " + speech.say("cli.document_failed", f.source(), f.what(),
          f.where()));
    }
    err.flush();
  }
}
