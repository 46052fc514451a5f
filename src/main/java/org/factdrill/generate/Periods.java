package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;

/**
 * A period "from 1992 to 1994" (or "1992–1994") holds two facts a student can learn, its start and
 * its end: each becomes a fact of its own, with its own span, and the period's length is what a
 * duration question asks.
 */
final class Periods {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

  private Periods() {}

  /** The period's two ends as facts (start first), or an empty list when it is not a period of
   *  years whose two years the text writes. */
  static List<Fact> ends(Fact f) {
    if (!(f.value() instanceof Value.Date d) || !d.isRange()) {
      return List.of();
    }
    String[] parts = d.iso().split("/");
    if (parts.length != 2 || !parts[0].matches("\\d{4}") || !parts[1].matches("\\d{4}")) {
      return List.of();
    }
    List<int[]> found = new ArrayList<>();
    Matcher m = YEAR.matcher(f.text());
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    if (found.size() != 2
        || !f.text().substring(found.get(0)[0], found.get(0)[1]).equals(parts[0])
        || !f.text().substring(found.get(1)[0], found.get(1)[1]).equals(parts[1])) {
      return List.of();
    }
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int s = f.start() + found.get(i)[0];
      int e = f.start() + found.get(i)[1];
      out.add(new Fact(s, e, parts[i], f.kind(), new Value.Date(parts[i]), f.unit(), f.approx(),
          f.sentence()));
    }
    return out;
  }

  /** The facts with every period of years replaced by its two ends. */
  static List<Fact> expand(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      List<Fact> ends = ends(f);
      out.addAll(ends.isEmpty() ? List.of(f) : ends);
    }
    return out;
  }
}
