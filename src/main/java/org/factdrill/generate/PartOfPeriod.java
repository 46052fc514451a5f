package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * A count of years shorter than the longest period the page states with both ends (a state's or
 * a dynasty's existence, "1010–1225") is a part of the page's story: a wrong count longer than
 * that whole period is absurd to a student who read the page ("an office kept for 250 years" in
 * a state that lasted 215), so it is not offered. A count as long as the period or longer is the
 * whole, or another story's, and keeps its options; so does any other figure. The year words are
 * the pack's {@code year-units}.
 */
final class PartOfPeriod {
  private PartOfPeriod() {}

  /** Which wrong values of {@code f} the page's longest stated period allows. */
  static Predicate<Value> keeps(Language lang, Fact f, List<Fact> facts) {
    if (!(f.value() instanceof Value.Num n) || f.unit() == null
        || !lang.pack().words("year-units").contains(f.unit().toLowerCase(Locale.ROOT))) {
      return v -> true;
    }
    int whole = 0;
    for (Fact g : facts) {
      int[] p = EventSpans.ends(g);
      if (p != null) {
        whole = Math.max(whole, p[1] - p[0]);
      }
    }
    BigDecimal limit = BigDecimal.valueOf(whole);
    if (whole == 0 || n.value().compareTo(limit) >= 0) {
      return v -> true;
    }
    return v -> !(v instanceof Value.Num o) || o.value().compareTo(limit) <= 0;
  }
}
