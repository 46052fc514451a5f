package org.factdrill.generate;

import java.math.BigDecimal;

/**
 * How far an approximate figure reaches: "about N" ("around", "some", "nearly", each pack's
 * hedges of kind "about") is read as any value within {@link #ABOUT} of N, either side. A wrong
 * option D is honest under the hedge only when "about D" and "about N" cannot both be true: their
 * reaches do not meet, so D lies at most N(1-m)/(1+m) or at least N(1+m)/(1-m).
 */
final class HedgeMargin {
  /** The share of a hedged figure within which "about" holds. */
  static final double ABOUT = 0.1;

  private HedgeMargin() {}

  /** True when "about {@code d}" is false whenever "about {@code answer}" is true. */
  static boolean clearOf(BigDecimal answer, BigDecimal d) {
    double a = answer.doubleValue();
    double x = d.doubleValue();
    if (a <= 0 || x <= 0) {
      return false;
    }
    // Reaches [x(1-m), x(1+m)] and [a(1-m), a(1+m)] are disjoint.
    return x * (1 + ABOUT) < a * (1 - ABOUT) || x * (1 - ABOUT) > a * (1 + ABOUT);
  }
}
