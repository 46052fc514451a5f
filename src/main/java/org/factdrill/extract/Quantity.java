package org.factdrill.extract;

import java.math.BigDecimal;

/**
 * A number read from tokens [from, to): its value, and how it was written (digits, words, a
 * scale word such as "million"), which later rules need to tell years, counts and names apart.
 *
 * @param scale the scale word's multiplier (1 when there is none)
 * @param plainDigits one run of digits with no separators, sign or scale ("1991", "286")
 * @param approx the number itself carries a hedge (Hebrew כ־ prefix)
 */
record Quantity(BigDecimal value, int from, int to, boolean hasDigits, boolean hasWords,
    BigDecimal scale, boolean plainDigits, boolean approx) {

  Quantity withValue(BigDecimal v) {
    return new Quantity(v, from, to, hasDigits, hasWords, scale, plainDigits, approx);
  }

  Quantity withSpan(int f, int t) {
    if (f == from && t == to) {
      return this; // the usual case: every numeral read passes through here
    }
    return new Quantity(value, f, t, hasDigits, hasWords, scale, plainDigits, approx);
  }

  Quantity withApprox() {
    return new Quantity(value, from, to, hasDigits, hasWords, scale, plainDigits, true);
  }

  boolean scaled() {
    return scale.compareTo(BigDecimal.ONE) != 0;
  }

  /** The number written before its scale word, e.g. 20 for "20 million". */
  BigDecimal base() {
    return scaled() ? value.divide(scale) : value;
  }
}
