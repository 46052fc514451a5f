package org.factdrill.extract;

import java.util.List;

/**
 * A dated letter's or diary's heading line may write its year without the thousands ("Odessa,
 * 13 January 905.", as Hebrew letters of the early 1900s do): the line holds only a place, a comma
 * and the date, and the three digits end it. The year is read only when the document's other
 * dates make the century certain (all its four-digit years share one thousand, and one of them
 * falls in the century the three digits name); else the line is left unread, since a day-month
 * whose year is written but unknown would be a wrong date, and the three digits are no count.
 */
final class ShortLetterYears {
  /** The most tokens before the date on its line: a place and its comma. */
  private static final int PLACE_TOKENS = 4;

  private ShortLetterYears() {}

  /** Replaces, in {@code found}, each heading's day-month and short year by the full date. */
  static void apply(Toks t, List<Match> found) {
    int[] thousands = null; // {thousand, or -1 when several; a bit per century 0..9 seen}
    for (int k = 0; k + 1 < found.size(); k++) {
      Match m = found.get(k);
      Match n = found.get(k + 1);
      if (!shortYearAfter(t, m, n) || !headingLine(t, m.from())) {
        continue;
      }
      if (thousands == null) {
        thousands = thousands(found);
      }
      int y = thousands[0] * 1000 + ((Value.Num) n.value()).value().intValue();
      found.remove(k + 1);
      if (thousands[0] > 0 && (thousands[1] & 1 << y % 1000 / 100) != 0) {
        Match f = FactExtractor.fillYear(m, y);
        found.set(k, new Match(f.from(), n.to(), f.kind(), f.value(), f.unit(), f.approx(),
            false, y));
      } else {
        found.remove(k--); // the century unsure: neither a date nor a count
      }
    }
  }

  /** A yearless day-month {@code m}, then {@code n}, three digits that end the line. */
  private static boolean shortYearAfter(Toks t, Match m, Match n) {
    if (m.kind() != FactKind.DATE || !(m.value() instanceof Value.Date d) || n.kind() != FactKind.NUMBER
        || n.from() != m.to() && !(n.from() == m.to() + 1 && t.isPunct(m.to(), ','))
        || n.to() != n.from() + 1 || !t.isDigits(n.from()) || t.length(n.from()) != 3
        || !(n.value() instanceof Value.Num v) || v.value().intValue() < 100) {
      return false;
    }
    int e = t.isPunct(n.to(), '.') ? n.to() + 1 : n.to();
    return d.iso().startsWith("--") && d.iso().length() == 7 && (e >= t.size() || t.lineBreakBefore(e));
  }

  /** The date at {@code from} opens its line, or follows a place and its comma. */
  private static boolean headingLine(Toks t, int from) {
    int k = from;
    while (k > 0 && !t.lineBreakBefore(k)) {
      if (from - k >= PLACE_TOKENS) {
        return false;
      }
      k--;
    }
    return k == from || t.isPunct(from - 1, ',');
  }

  /** {the one thousand of the text's four-digit years, or 0; a bit for each century seen}. */
  private static int[] thousands(List<Match> found) {
    int thousand = 0;
    int centuries = 0;
    for (Match m : found) {
      if (m.kind() != FactKind.DATE || m.year() == Match.NO_YEAR || m.year() < 1000
          || m.year() > 9999) {
        continue;
      }
      if (thousand != 0 && thousand != m.year() / 1000) {
        return new int[] {0, 0};
      }
      thousand = m.year() / 1000;
      centuries |= 1 << m.year() % 1000 / 100;
    }
    return new int[] {thousand, centuries};
  }
}
