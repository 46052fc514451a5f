package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;

/**
 * The periods a document states with both ends ("from 1950 to 1953", "1914–1918", a war or reign
 * with its two dates), and its single years. When the answer is one end of such a period, a wrong
 * year inside the period is ambiguous for a student who knows the period ("the war began in
 * 1951": it was being fought then): wrong years are taken outside it. An answer strictly inside a
 * period keeps its neighbours, which are the plausible mistakes there.
 */
final class EventSpans {
  /**
   * The longest period treated as one event's: a war or a reign. A lifetime ("Rhee (1875–1965)")
   * is no event a student dates by its inside, and leaving out ninety years would leave only
   * years on one side of the answer.
   */
  static final int MAX_SPAN = 25;

  private final List<int[]> spans; // first year, last year, and the period's span in the text
  private final List<Integer> years;

  private EventSpans(List<int[]> spans, List<Integer> years) {
    this.spans = spans;
    this.years = years;
  }

  /** The periods and single years among a document's extracted facts. */
  static EventSpans of(List<Fact> facts) {
    List<int[]> spans = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    for (Fact f : facts) {
      if (!(f.value() instanceof Value.Date d)) {
        continue;
      }
      if (d.year() > 0 && !d.isRange()) {
        years.add(d.year());
      }
      int[] span = span(f);
      if (span != null) {
        spans.add(new int[] {span[0], span[1], f.start(), f.end()});
      }
    }
    return new EventSpans(spans, years);
  }

  /** The first and last year of a period fact (a date range, or a period with two ends). */
  static int[] span(Fact f) {
    int[] p = ends(f);
    return p != null && p[1] - p[0] <= MAX_SPAN ? p : null;
  }

  /** The first and last year of a period fact of any length (an era, a dynasty); else null. */
  static int[] ends(Fact f) {
    int lo = -1;
    int hi = -1;
    if (f.value() instanceof Value.Date d && d.isRange()) {
      String[] parts = d.iso().split("/");
      if (parts.length == 2) {
        lo = year(parts[0]);
        hi = year(parts[1]);
      }
    }
    if ((lo <= 0 || hi <= 0) && f.ends().size() == 2
        && f.ends().get(0).value() instanceof Value.Date a
        && f.ends().get(1).value() instanceof Value.Date b) {
      lo = a.year();
      hi = b.year();
    }
    return lo > 0 && hi > lo ? new int[] {lo, hi} : null;
  }

  private static int year(String isoPart) {
    return isoPart.matches("\\d{4}.*") ? Integer.parseInt(isoPart.substring(0, 4)) : -1;
  }

  /** The document's single years, in text order. */
  List<Integer> years() {
    return years;
  }

  /**
   * Accepts a wrong year unless it lies inside a stated period of which {@code answerYear} is an
   * end; accepts every year when the answer is no year.
   */
  IntPredicate outside(int answerYear) {
    return outside(answerYear, -1);
  }

  /**
   * As above, except for the period written at text position {@code at} and its repetitions
   * (the answer is one of its ends, asked in its frame): the other end is shown, and a year
   * inside it narrows it.
   */
  IntPredicate outside(int answerYear, int at) {
    if (answerYear <= 0) {
      return y -> true;
    }
    int[] asked = null;
    for (int[] s : spans) {
      asked = s[2] <= at && at < s[3] ? s : asked;
    }
    List<int[]> own = new ArrayList<>();
    for (int[] s : spans) {
      // The asked period, also where the text states it again, is no other event's span.
      if ((s[0] == answerYear || s[1] == answerYear)
          && !(asked != null && s[0] == asked[0] && s[1] == asked[1])) {
        own.add(s);
      }
    }
    return y -> {
      for (int[] s : own) {
        if (y >= s[0] && y <= s[1]) {
          return false;
        }
      }
      return true;
    };
  }
}
