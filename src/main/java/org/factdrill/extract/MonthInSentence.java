package org.factdrill.extract;

/**
 * A month named alone ("in December") later in the same sentence than a month of a stated year,
 * and later in the calendar, is of that year: "Savannah in July, 1782, Charleston in December"
 * lists the events of one year in order. A bare month elsewhere keeps no year, as it often names
 * a recurring month.
 */
final class MonthInSentence {
  private MonthInSentence() {}

  /** The month (1–12) of a date that states its year and month (a period's later end), else 0. */
  static int datedMonth(Value v) {
    if (!(v instanceof Value.Date d)) {
      return 0;
    }
    String iso = d.iso();
    int slash = iso.lastIndexOf('/');
    String last = slash < 0 ? iso : iso.substring(slash + 1);
    if (last.length() < 7 || last.startsWith("-") || last.charAt(4) != '-') {
      return 0;
    }
    return Integer.parseInt(last.substring(5, 7));
  }

  /** The month of a bare month ("--12"), else 0. */
  static int bareMonth(Value v) {
    return v instanceof Value.Date d && d.iso().length() == 4 && d.iso().startsWith("--")
        ? Integer.parseInt(d.iso().substring(2)) : 0;
  }

  /** No sentence end nor line break between tokens {@code from} and {@code to}. */
  static boolean sameSentence(Toks t, int from, int to) {
    for (int k = from; k <= to && k < t.size(); k++) {
      Token c = t.get(k);
      if (k > from && c.newlinesBefore() > 0 || c.isPunct('.') || c.isPunct('!')
          || c.isPunct('?') || c.isPunct(';')) {
        return false;
      }
    }
    return true;
  }
}
