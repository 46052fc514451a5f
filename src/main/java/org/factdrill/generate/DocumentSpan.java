package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;

/**
 * Where the story a document's prose tells begins: its dated events of the earliest year. A wrong
 * date before the story's first event is absurd for an answer the text dates after that event:
 * a year before the story's first year for an answer of a later year ("June 1940" for a battle of
 * 1942 in a war whose story begins in April 1941), a month before its first event for an answer
 * later in that year ("February 1941" for June 1941). A student rules it out without knowing the
 * fact. Dates compare at the precision both have, so a year written alone orders nothing inside
 * its year, and an answer that is the first event keeps wrong dates before it, so that it is not
 * the earliest option.
 * (Later dates stay: a text may end its story before the events it is asked about.)
 */
final class DocumentSpan {
  /** Compiled once: asked of every fact. */
  private static final Pattern DAY_OR_YEAR = Pattern.compile("\\d{4}(-\\d{2}){0,2}");

  private final List<String> first;

  private DocumentSpan(List<String> first) {
    this.first = first;
  }

  /** The start of the dated facts for which {@code prose} holds (single dates with a year). */
  static DocumentSpan of(List<Fact> facts, Predicate<Fact> prose) {
    List<String> dates = new ArrayList<>();
    for (Fact f : facts) {
      String iso = dated(f.value());
      if (iso != null && prose.test(f)) {
        dates.add(iso);
      }
    }
    String lo = dates.stream().map(d -> d.substring(0, 4)).min(String::compareTo).orElse("");
    return new DocumentSpan(dates.stream().filter(d -> d.startsWith(lo)).toList());
  }

  /**
   * Accepts a wrong date for {@code answer} unless it lies before an event of the story's first
   * year that the answer lies after. Any value when the answer or the option is no single date
   * with a year.
   */
  Predicate<Value> keeps(Value answer) {
    String a = dated(answer);
    if (a == null) {
      return v -> true;
    }
    return v -> {
      String o = dated(v);
      // An option of another year is judged by years: an answer in the story's first year is
      // then its first event as far as years tell, and keeps earlier years (else the answer
      // would be the earliest option every time); an option in the answer's year by its month.
      int p = o != null && !o.startsWith(a.substring(0, 4)) ? 4 : Integer.MAX_VALUE;
      for (String e : first) {
        if (o != null && PromptDates.compare(cut(a, p), e) > 0
            && PromptDates.compare(cut(o, p), e) < 0) {
          return false;
        }
      }
      return true;
    };
  }

  private static String cut(String iso, int p) {
    return iso.length() > p ? iso.substring(0, p) : iso;
  }

  /** The ISO form of a single date with a year ("1941", "1941-03", "1941-03-22"); else null. */
  static String dated(Value v) {
    return v instanceof Value.Date d && !d.isRange() && DAY_OR_YEAR.matcher(d.iso()).matches()
        ? d.iso() : null;
  }
}
