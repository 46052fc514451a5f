package org.factdrill.generate;

import java.util.List;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;

/**
 * A relative time with an absolute year written beside it ("about 20 years later, in 1943", "כ-20
 * שנה לאחר מכן, בשנת 1943"): the sentence places itself, so no computed year is added to the
 * prompt (a count that is rounded or counted from another event would add a false one).
 */
final class YearBeside {
  /** The most a gap may hold between the two: punctuation, spaces and one short word. */
  private static final int MAX_GAP = 12;

  private YearBeside() {}

  /** True when a date of {@code facts} that writes its year stands right before or after r. */
  static boolean written(String text, List<Fact> facts, RelativeTime.Found r) {
    for (Fact f : facts) {
      if (!(f.value() instanceof Value.Date d) || d.year() <= 0 || d.iso().startsWith("--")
          || !f.text().contains(String.valueOf(Math.abs(d.year())))) {
        continue;
      }
      String gap = f.start() >= r.end() ? text.substring(r.end(), f.start())
          : f.end() <= r.start() ? text.substring(f.end(), r.start()) : null;
      // Beside it in the same line: a dateline's year above the paragraph places the document,
      // not the sentence ("5 October 2020⏎⏎Last year …" still counts from it).
      if (gap != null && gap.length() <= MAX_GAP && gap.indexOf('\n') < 0 && oneWordAtMost(gap)) {
        return true;
      }
    }
    return false;
  }

  /** Spaces and punctuation around at most one word of letters (a preposition such as "in"). */
  private static boolean oneWordAtMost(String gap) {
    String[] words = gap.strip().split("[\\s,;:()\\-–—]+");
    int n = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (!w.chars().allMatch(Character::isLetter) || ++n > 1) {
        return false;
      }
    }
    return true;
  }
}
