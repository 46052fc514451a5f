package org.factdrill.study;

import org.factdrill.srs.Rating;

/** The outcome of checking an answer, with the grade we suggest for it. */
public record Verdict(Kind kind, Rating suggested, String explanation) {
  /** Right, nearly right (a close number, the right year of a full date), or wrong. */
  public enum Kind { CORRECT, CLOSE, WRONG }

  public boolean correct() {
    return kind == Kind.CORRECT;
  }

  public static Verdict correct(String why) {
    return new Verdict(Kind.CORRECT, Rating.GOOD, why);
  }

  public static Verdict close(String why) {
    return new Verdict(Kind.CLOSE, Rating.HARD, why);
  }

  public static Verdict wrong(String why) {
    return new Verdict(Kind.WRONG, Rating.AGAIN, why);
  }

  /** "correct", "close" or "wrong". */
  public String label() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
