package org.factdrill.generate;

/**
 * A document left out of a run because a fault (a bug in a rule, not a problem of the text's
 * file) stopped its extraction or its questions; the other documents of the run are unaffected.
 */
public record DocumentFailure(String source, Throwable error) {

  /** What went wrong: the fault's type and message ("IllegalStateException: no year"). */
  public String what() {
    String m = error.getMessage();
    return error.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip());
  }

  /**
   * Where: the innermost frame in factdrill's own code (the rule that failed, rather than the
   * library method it called), else the innermost frame; empty without a trace.
   */
  public String where() {
    StackTraceElement[] trace = error.getStackTrace();
    for (StackTraceElement e : trace) {
      if (e.getClassName().startsWith("org.factdrill.")) {
        return e.toString();
      }
    }
    return trace.length > 0 ? trace[0].toString() : "";
  }
}
