package org.factdrill.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a typed answer to a cloze question must be: a number (with the tolerance a grader should
 * allow) or one of a few texts. Formats with numeric grading use {@link Numeric}.
 */
public sealed interface Expected {

  /** The answer as the bank shows it. */
  String shown();

  /**
   * A number, graded with a tolerance: 0 for exact facts and years, a round share of the number's
   * magnitude for approximate ones.
   *
   * @param year true when the number is a calendar year
   */
  record Numeric(BigDecimal value, BigDecimal tolerance, boolean year, String shown,
      List<BigDecimal> also) implements Expected {
    public Numeric {
      also = List.copyOf(also);
    }

    /** A number without accepted alternatives. */
    public Numeric(BigDecimal value, BigDecimal tolerance, boolean year, String shown) {
      this(value, tolerance, year, shown, List.of());
    }

    /** The accepted alternatives (the bank's answer.also, all numbers), as plain numbers. */
    public List<String> plainAlso() {
      return also.stream().map(Items::plain).toList();
    }

    /** The value without exponent or trailing zeros ("23000", "0.5"). */
    public String plain() {
      return Items.plain(value);
    }

    public String plainTolerance() {
      return Items.plain(tolerance);
    }

    public BigDecimal low() {
      return value.subtract(tolerance);
    }

    public BigDecimal high() {
      return value.add(tolerance);
    }
  }

  /**
   * Text answers (full dates, ranges, words, and the bank's accepted alternatives); the first is
   * the main one.
   */
  record Text(List<String> accepted, String shown) implements Expected {
    public Text {
      accepted = List.copyOf(accepted);
    }
  }
}
