package org.factdrill.generate;

import java.time.Clock;
import java.time.ZoneOffset;
import org.factdrill.text.Document;
import org.factdrill.text.DocDate;

/**
 * The latest year a wrong option for a past event may take: the year the document was written
 * (its byline, "published" line or dateline, when no year of the text is later), else the
 * current year. A later year is a future
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

  /**
   * The ceiling for {@code doc}, whose single years are {@code docYears}. A date read at the top
   * of an encyclopedia page is often its subject's date, not the writing date: a date earlier
   * than a year the text itself states cannot be when it was written, so it sets no ceiling.
   */
  int of(Document doc, java.util.List<Integer> docYears) {
    if (doc.layout() == null) {
      return now;
    }
    int latest = 0;
    for (int y : docYears) {
      latest = Math.max(latest, y);
    }
    final int stated = latest;
    return doc.layout().date().filter(d -> !"title".equals(d.how())).map(DocDate::year)
        .filter(y -> y > 0 && y <= now && y >= stated).orElse(now);
  }

  /**
   * Accepts option years not after the ceiling for {@code doc}. A document date that is the
   * answer's own year (or earlier) bounds nothing: a page whose top line is its subject's date
   * ("1784" above a battle of 1784) would otherwise make the answer the latest option every
   * time; today's year bounds it then. An answer after today (a plan) is not bounded.
   */
  java.util.function.IntPredicate bound(Document doc, java.util.List<Integer> docYears,
      int answerYear) {
    int c = of(doc, docYears);
    int ceiling = answerYear >= c ? now : c;
    return bound(answerYear, ceiling);
  }

  /** Accepts option years not after the ceiling, unless the answer itself is after it. */
  static java.util.function.IntPredicate bound(int answerYear, int ceiling) {
    return y -> y < 0 || answerYear > ceiling || y <= ceiling;
  }
}
