package org.factdrill.srs;

/** Where a card is in its life: being learned, in review, or being relearned after a lapse. */
public enum CardState {
  LEARNING, REVIEW, RELEARNING;

  /** "Learning", "Review", "Relearning" as in the reference implementation. */
  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  public static CardState parse(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
