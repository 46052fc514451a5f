package org.factdrill.extract;

import java.util.List;
import org.factdrill.text.Span;

/**
 * One dated fact or figure found in a text: where it is (UTF-16 offsets into the document's
 * text), exactly what it says, what kind of thing it is and its normalized value.
 *
 * @param unit the counted noun ("troops", "xe tăng"), or null
 * @param approx true when the text hedges ("about", "khoảng", "כ־")
 * @param sentence the span of the sentence holding the fact
 * @param ends a period's two ends in the order the text writes them ("from D1 to D2" gives D1
 *     and D2), each a date fact of its own inside the period's span; empty for other facts
 * @param calendar the ICU calendar type a date is written in when it is not the Gregorian one
 *     ("hebrew", "islamic-umalqura"; its value is still the Gregorian day), else null
 */
public record Fact(int start, int end, String text, FactKind kind, Value value, String unit,
    boolean approx, Span sentence, List<Fact> ends, String calendar) {

  public Fact {
    ends = ends == null ? List.of() : List.copyOf(ends);
  }

  /** A fact in the Gregorian calendar (or no date). */
  public Fact(int start, int end, String text, FactKind kind, Value value, String unit,
      boolean approx, Span sentence, List<Fact> ends) {
    this(start, end, text, kind, value, unit, approx, sentence, ends, null);
  }

  /** A fact that is no period with two written ends. */
  public Fact(int start, int end, String text, FactKind kind, Value value, String unit,
      boolean approx, Span sentence) {
    this(start, end, text, kind, value, unit, approx, sentence, List.of(), null);
  }

  /** This fact, written in ICU calendar {@code type}. */
  public Fact inCalendar(String type) {
    return new Fact(start, end, text, kind, value, unit, approx, sentence, ends, type);
  }

  public Span span() {
    return new Span(start, end);
  }
}
