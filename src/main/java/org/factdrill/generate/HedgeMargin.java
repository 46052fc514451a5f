package org.factdrill.generate;

import java.math.BigDecimal;

/**
 * How far an approximate figure reaches: "about N" ("around", "some", "nearly", each pack's
 * hedges of kind "about") is read as any value within {@link #ABOUT} of N, either side. A wrong
 * option D is honest under the hedge only when "about D" and "about N" cannot both be true: their
 * reaches do not meet. A reach is never less than one unit of the figure as written (one for a
 * whole count, 0.1 for "2.5"): "about 7" may be 6 or 8, so 8 is no false value of it.
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
    double unit = unit(answer);
    double ra = Math.max(a * ABOUT, unit);
    double rx = Math.max(x * ABOUT, unit);
    // Reaches [x - rx, x + rx] and [a - ra, a + ra] are disjoint.
    return x + rx < a - ra || x - rx > a + ra;
  }

  /** One unit of the figure's last written digit: 1 for a whole number, 0.1 for 2.5. */
  static double unit(BigDecimal answer) {
    return BigDecimal.ONE.movePointLeft(Math.max(0, answer.stripTrailingZeros().scale()))
        .doubleValue();
  }
}
