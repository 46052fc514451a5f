package org.factdrill.stats;

/** The statistics could not be computed (a database error); the message says what and where. */
public final class StatsException extends Exception {
  private static final long serialVersionUID = 1L;

  public StatsException(String message, Throwable cause) {
    super(message, cause);
  }
}
