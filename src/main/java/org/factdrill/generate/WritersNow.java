package org.factdrill.generate;

import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;

/**
 * The writer's present ("today", "this week": counted from the document's date, no days back)
 * beside a date that writes its own year ("Today, two centuries after the guild was founded in
 * 1831, …"): the word is when the writer speaks, not when the fact happened, so it does not
 * make the absolute year relative: where no document date resolves it, the fact is asked.
 */
final class WritersNow {
  private static final Pattern YEAR = Pattern.compile("\\d{3,4}");

  private WritersNow() {}

  /** True when {@code r}, not on {@code f}, is the writer's now and {@code f} writes its year. */
  static boolean besideOwnYear(RelativeTime.Found r, Fact f, boolean onFact) {
    return !onFact && r.kind() == RelativeTime.Kind.DOC && r.unit() == 'd' && r.offset() == 0
        && f.value() instanceof Value.Date d && !d.iso().startsWith("--")
        && YEAR.matcher(f.text()).find();
  }
}
