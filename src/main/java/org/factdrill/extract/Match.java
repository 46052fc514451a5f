package org.factdrill.extract;

/**
 * What a recognizer found over tokens [from, to): kind, value and the optional unit and hedge.
 *
 * @param yearless a day and month with no year ("October 9"), which a year from context may fill
 * @param year the explicit year this match states (the last one of a range), or Integer.MIN_VALUE
 */
record Match(int from, int to, FactKind kind, Value value, String unit, boolean approx,
    boolean yearless, int year) {

  static final int NO_YEAR = Integer.MIN_VALUE;

  static Match of(int from, int to, FactKind kind, Value value) {
    return new Match(from, to, kind, value, null, false, false, NO_YEAR);
  }

  Match withApprox(boolean a) {
    // Runs on every match found; most keep their hedge as it is.
    return a == approx ? this : new Match(from, to, kind, value, unit, a, yearless, year);
  }

  Match withUnit(String u) {
    return new Match(from, to, kind, value, u, approx, yearless, year);
  }

  int length() {
    return to - from;
  }
}
