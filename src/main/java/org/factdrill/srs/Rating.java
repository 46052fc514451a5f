package org.factdrill.srs;

/** How well the learner recalled: 1 Again, 2 Hard, 3 Good, 4 Easy. */
public enum Rating {
  AGAIN(1), HARD(2), GOOD(3), EASY(4);

  private final int value;

  Rating(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }

  public static Rating of(int value) {
    if (value < 1 || value > 4) {
      throw new IllegalArgumentException("rating must be 1..4, got " + value);
    }
    return values()[value - 1];
  }

  /** "Again", "Hard", "Good", "Easy". */
  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
