package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * A count of years is a span of time: a wrong value of it is never zero or less, and it does not
 * reach back before the page's earliest date from the year its sentence is set in ("In 1740,
 * after 30 years of war …" on a page whose first date is 1702: 60 years of war would begin
 * before anything the page tells). The bound holds only when the answer itself fits it (a page
 * that starts its story late says nothing of how long the thing before it lasted). The year of
 * the sentence is the latest year it states, else the nearest year stated before it in its
 * paragraph; the year words are the pack's {@code year-units}.
 */
final class YearLengths {
  private YearLengths() {}

  /** Which wrong values of count {@code f} (in sentence {@code s}) its page's dates allow. */
  static Predicate<Value> keeps(Language lang, Fact f, Span s, List<Fact> facts,
      TimeAnchors anchors) {
    if (!(f.value() instanceof Value.Num n) || f.unit() == null
        || !lang.pack().words("year-units").contains(f.unit().toLowerCase(Locale.ROOT))) {
      return v -> true;
    }
    int event = -1;
    int earliest = Integer.MAX_VALUE;
    for (Fact g : facts) {
      if (!(g.value() instanceof Value.Date d)) {
        continue;
      }
      int[] p = EventSpans.ends(g);
      int first = p != null ? p[0] : d.year();
      if (first > 0) {
        earliest = Math.min(earliest, first);
      }
      if (s != null && s.equals(g.sentence())) {
        event = Math.max(event, p != null ? p[1] : d.year());
      }
    }
    if (event <= 0 && anchors != null) {
      TimeAnchors.Anchor a = anchors.statedBefore(f.start());
      event = a == null ? -1 : a.year();
    }
    BigDecimal limit = event > 0 && earliest < event ? BigDecimal.valueOf(event - earliest)
        : null;
    boolean bounded = limit != null && n.value().compareTo(limit) <= 0;
    return v -> !(v instanceof Value.Num o)
        || o.value().signum() > 0 && (!bounded || o.value().compareTo(limit) <= 0);
  }
}
