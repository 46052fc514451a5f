package org.factdrill.extract;

import java.util.Locale;

/** What a fact is: a date, a count or measure, an amount of money, or a percentage. */
public enum FactKind {
  DATE, NUMBER, MONEY, PERCENT;

  /** The lower-case name used in JSON ("date", "number", ...). */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FactKind fromJson(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
