package org.factdrill.export;

/** Thrown inside an exporter when a question cannot be expressed; becomes a {@link Skipped}. */
public final class Unsupported extends Exception {
  private static final long serialVersionUID = 1L;

  public Unsupported(String reason) {
    super(reason, null, false, false);
  }
}
