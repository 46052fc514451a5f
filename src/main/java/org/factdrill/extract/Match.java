package org.factdrill.extract;

/**
 * What a recognizer found over tokens [from, to): kind, value and the optional unit and hedge.
 *
 * @param yearless a day and month with no year ("October 9"), which a year from context may fill
 * @param year the explicit year this match states (the last one of a range), or Integer.MIN_VALUE
 */
record Match(int from, int to, FactKind kind, Value value, String unit, boolean approx,
    boolean yearless, int year, int firstTo, int secondFrom, boolean swapped) {

  static final int NO_YEAR = Integer.MIN_VALUE;

  /** A match that is no period with two written ends. */
  Match(int from, int to, FactKind kind, Value value, String unit, boolean approx,
      boolean yearless, int year) {
    this(from, to, kind, value, unit, approx, yearless, year, -1, -1, false);
  }

  /** True for a period whose two ends the text writes apart ("from D1 to D2"). */
  boolean hasEnds() {
    return firstTo > from && secondFrom >= firstTo && secondFrom < to;
  }

  static Match of(int from, int to, FactKind kind, Value value) {
    return new Match(from, to, kind, value, null, false, false, NO_YEAR);
  }

  Match withApprox(boolean a) {
    // Runs on every match found; most keep their hedge as it is.
    return a == approx ? this : new Match(from, to, kind, value, unit, a, yearless, year,
        firstTo, secondFrom, swapped);
  }

  Match withUnit(String u) {
    return new Match(from, to, kind, value, u, approx, yearless, year, firstTo, secondFrom,
        swapped);
  }

  int length() {
    return to - from;
  }
}
