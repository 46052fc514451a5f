package org.factdrill.generate;

import org.factdrill.extract.Value;

/**
 * Gives a day-and-month date written without a year its year: one date ("--05-27"), or a period
 * whose two ends both lack it ("--05-27/--06-03", "from May 27 to June 3"), whose second end
 * falls in the next year when its month comes before the first end's ("December 28 to January
 * 4").
 */
final class YearlessRange {
  private YearlessRange() {}

  /** The date with {@code year} for its (first) end. */
  static Value.Date withYear(Value.Date d, int year) {
    String iso = d.iso();
    int slash = iso.indexOf('/');
    if (slash < 0) {
      return new Value.Date(String.format("%04d", year) + iso.substring(1));
    }
    String lo = iso.substring(0, slash);
    String hi = iso.substring(slash + 1);
    String first = String.format("%04d", year) + lo.substring(1);
    if (!hi.startsWith("--")) {
      return new Value.Date(first + "/" + hi);
    }
    int m1 = Integer.parseInt(lo.substring(2, 4));
    int m2 = Integer.parseInt(hi.substring(2, 4));
    int y2 = m2 < m1 ? year + 1 : year;
    return new Value.Date(first + "/" + String.format("%04d", y2) + hi.substring(1));
  }

  /**
   * True for a period of days ("May 27 to June 3") whose text writes no year: its year came from
   * the context and is shown beside it, so a year elsewhere in the prompt does not answer it.
   */
  static boolean yearFromContext(Value value, String answerText) {
    if (!(value instanceof Value.Date d) || !d.isRange()) {
      return false;
    }
    for (String end : d.iso().split("/")) {
      if (end.length() < 10 || answerText.contains(end.substring(0, 4))) {
        return false;
      }
    }
    return true;
  }
}
