package org.factdrill.extract;

import org.factdrill.text.Span;

/**
 * One dated fact or figure found in a text: where it is (UTF-16 offsets into the document's
 * text), exactly what it says, what kind of thing it is and its normalized value.
 *
 * @param unit the counted noun ("troops", "xe tăng"), or null
 * @param approx true when the text hedges ("about", "khoảng", "כ־")
 * @param sentence the span of the sentence holding the fact
 */
public record Fact(int start, int end, String text, FactKind kind, Value value, String unit,
    boolean approx, Span sentence) {

  public Span span() {
    return new Span(start, end);
  }
}
