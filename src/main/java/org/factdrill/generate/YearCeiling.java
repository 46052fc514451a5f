package org.factdrill.generate;

import java.time.Clock;
import java.time.ZoneOffset;
import org.factdrill.text.Document;
import org.factdrill.text.DocDate;

/**
 * The latest year a wrong option for a past event may take: the year the document was written
 * (its byline, "published" line or dateline), else the current year. A later year is a future
 * the text cannot have told of, so a student rules it out without knowing the answer. A year in
 * the title is no writing date ("The war of 1812" was written later), so it sets no ceiling.
 * An answer after the ceiling (a plan, a forecast) is not bounded.
 */
final class YearCeiling {
  private final int now;

  /** @param clock the clock giving today's year, for texts that state no date of their own */
  YearCeiling(Clock clock) {
    this.now = clock.instant().atZone(ZoneOffset.UTC).getYear();
  }

  /** The ceiling for {@code doc}. */
  int of(Document doc) {
    if (doc.layout() == null) {
      return now;
    }
    return doc.layout().date().filter(d -> !"title".equals(d.how())).map(DocDate::year)
        .filter(y -> y > 0 && y <= now).orElse(now);
  }

  /** Accepts option years not after the ceiling, unless the answer itself is after it. */
  static java.util.function.IntPredicate bound(int answerYear, int ceiling) {
    return y -> y < 0 || answerYear > ceiling || y <= ceiling;
  }
}
