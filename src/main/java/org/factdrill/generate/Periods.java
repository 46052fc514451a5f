package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;

/**
 * A period "from 1992 to 1994" (or "1992–1994") holds two facts a student can learn, its start and
 * its end: each becomes a fact of its own, with its own span, asked in the period's own frame
 * with only that end blanked ("between 1890 and _____"), and the period's length is what a
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

  /**
   * The facts with every period of years replaced by its two ends (as since the ends were first
   * asked: their ids hang on the years' spans), and every other period the extractor gives two
   * ends ("from 1 May 1945 to 3 June 1946") followed by those of its ends whose year the period
   * writes, each narrowed to what it writes itself ({@link PeriodEnds#own}).
   */
  static List<Fact> expand(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      List<Fact> ends = ends(f);
      if (!ends.isEmpty()) {
        out.addAll(ends);
        continue;
      }
      out.add(f);
      for (Fact e : f.ends()) {
        if (e.value() instanceof Value.Date d && d.year() > 0
            && f.text().contains(String.valueOf(d.year()))) {
          out.add(PeriodEnds.own(e, f));
        }
      }
    }
    return out;
  }

  /** The period among the extracted facts that {@code f} is one end of, or null. */
  static Fact periodOf(List<Fact> extracted, Fact f) {
    for (Fact p : extracted) {
      if (p.start() <= f.start() && f.end() <= p.end() && (p.start() != f.start()
          || p.end() != f.end()) && p.value() instanceof Value.Date d && d.isRange()) {
        return p;
      }
    }
    return null;
  }

  /** True when {@code f} is an end of a period that writes the year {@code year}. */
  static boolean periodWritesYear(List<Fact> extracted, Fact f, int year) {
    Fact p = periodOf(extracted, f);
    return p != null && YEAR_OF.apply(year).matcher(p.text()).find();
  }

  private static final java.util.function.IntFunction<Pattern> YEAR_OF =
      y -> Pattern.compile("(?<!\\d)" + y + "(?!\\d)");

  /** The end of {@code period} other than the one at {@code f}, or null. */
  static Fact otherEnd(Fact period, Fact f) {
    List<Fact> ends = ends(period).isEmpty() ? period.ends() : ends(period);
    for (Fact e : ends) {
      if (e.end() <= f.start() || e.start() >= f.end()) {
        return e;
      }
    }
    return null;
  }

  /** True when {@code f} is the end the period writes first (its start). */
  static boolean isStart(Fact period, Fact f) {
    Fact other = otherEnd(period, f);
    return other == null ? f.start() - period.start() < period.end() - f.end()
        : f.start() < other.start();
  }

  /**
   * True when the period stands in round brackets ("Trần Trọng Kim (1883–1953)", "the war
   * (1939–1945)"): it is then the span of the thing named before it, exact at both ends, so a
   * wider period is as false as a narrower one. A period in the running text ("between 1890 and
   * 1899, …") may be a window an event lies within: a wider one may stay true.
   */
  static boolean exact(String text, Fact period) {
    return exact(text, period.start(), period.end());
  }

  /** The same for the period written at {@code start..end} of {@code text}. */
  static boolean exact(String text, int start, int end) {
    int open = text.lastIndexOf('(', start);
    int close = text.indexOf(')', end);
    if (open < 0 || close < 0 || start - open > 60 || close - end > 20) {
      return false;
    }
    int nextOpen = text.indexOf('(', end);
    return text.lastIndexOf(')', start) < open && (nextOpen < 0 || nextOpen > close);
  }

  /** Only a range connector between two dates ("–", " to ", " đến ", " עד "). */
  private static final Pattern CONNECTOR = Pattern.compile(
      "(?iu)\\s*(?:–|—|-|" + GiveawayWords.CONNECTORS + ")\\s*");

  /**
   * True when date fact {@code f} is one end of a period in round brackets ("The war
   * (1861–1865) …", "Kim (1883–1953)", "(2 May – 5 June 1945)"): the span of the thing named
   * before it, a life's or a reign's dates. One end blanked there asks a detail of an aside
   * beside a name, often one of a list of people; the period's length (a duration question) and
   * its place among other events are what is worth asking of it.
   */
  static boolean bracketedEnd(String text, Fact f, List<Fact> sameSentence) {
    for (Fact o : sameSentence) {
      if (!(o.value() instanceof Value.Date d) || o.start() == f.start() && o.end() == f.end()) {
        continue;
      }
      if (d.isRange() && o.start() <= f.start() && f.end() <= o.end()) {
        if (exact(text, o)) {
          return true;
        }
        continue;
      }
      int gapStart = Math.min(f.end(), o.end());
      int gapEnd = Math.max(f.start(), o.start());
      if (gapStart <= gapEnd && gapEnd - gapStart <= 12
          && CONNECTOR.matcher(text.substring(gapStart, gapEnd)).matches()
          && exact(text, Math.min(f.start(), o.start()), Math.max(f.end(), o.end()))) {
        return true;
      }
    }
    return false;
  }

  /** Two days joined by a dash with no month between ("June 3-7", "3–7 June"). */
  private static final Pattern DAY_SPAN =
      Pattern.compile("(?<!\\d)\\d{1,2}\\s?[-–]\\s?\\d{1,2}(?!\\d)");

  /**
   * True when date fact {@code f} is one end of a period written as one date with two days
   * ("From June 3-7, 1942", "3–7 June 1942"): the month and year are written once for both, so
   * an end is a day of that date, not a date of its own; its blank leaves the other day beside
   * it, and a day moved inside the span is no fact a student can tell false. The period is asked
   * whole.
   */
  static boolean dayOfSpan(String text, Fact f, List<Fact> sameSentence) {
    for (Fact o : sameSentence) {
      if (o.value() instanceof Value.Date d && d.isRange() && o.start() <= f.start()
          && f.end() <= o.end() && (o.start() != f.start() || o.end() != f.end())
          && DAY_SPAN.matcher(text.substring(o.start(), o.end())).find()) {
        return true;
      }
    }
    return false;
  }
}
