package org.factdrill.extract;

import java.math.BigDecimal;

/** Helpers for {@link Value}: canonical number forms (JSON reading lives with the tests). */
public final class Values {
  private Values() {}

  /** Strips trailing zeros so 23000.0 prints as 23000 and 0.50 as 0.5. */
  public static BigDecimal canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
