package org.factdrill.generate;

import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Span;

/**
 * A hedged time counted from the event of an earlier sentence: "about twenty years after that",
 * "כ-20 שנה לאחר מכן" (the pack's relative-time rules of kind "after" or "prev", whose count runs
 * from the time before, also when a hedge makes it a span: "כעשרים שנה לאחר מכן", "about a year
 * later"; every span rule of the packs has offset 0, the counted ones a direction). "That" is an event
 * the sentence does not name: the prompt must show the sentence before, unless the time the
 * count runs from is already shown (in the sentence itself, or in a sentence the prompt adds).
 * The count itself is not asked (shown beside the year it runs from it is a subtraction, alone it
 * counts from nothing), nor a year of the same sentence (the year before and the count give it
 * away); the sentence's other figures and dates are asked with the sentence before.
 */
final class AfterThat {
  /** What a sentence with such a time needs for one of its facts. */
  enum Need { NOTHING, SKIP, SENTENCE_BEFORE }

  /** A date that is a year alone. */
  private static final Pattern YEAR = Pattern.compile("-?\\d{4}");

  private AfterThat() {}

  /**
   * What fact {@code f} of sentence {@code s} of {@code text}, shown from {@code from}, needs,
   * given the relative times {@code found} in the prompt and the document's year {@code anchors}.
   */
  static Need of(List<RelativeTime.Found> found, TimeAnchors anchors, String text, Fact f, Span s,
      int from) {
    for (RelativeTime.Found r : found) {
      // A hedged count with a direction (read as a span): no year of its own to show. An exact
      // count resolves to a year shown beside it and stays as it was (RelativeTimeSetsItsClause).
      boolean counted = r.offset() != 0 && r.kind() == RelativeTime.Kind.SPAN;
      if (!counted || r.start() < s.start()) {
        continue;
      }
      // The count: inside the expression, or right before it ("כעשרים | שנה לאחר מכן").
      boolean count = r.start() < f.end() && f.start() < r.end() || f.end() <= r.start()
          && r.start() - f.end() <= 2 && text.substring(f.end(), r.start()).isBlank();
      if (count) {
        return Need.SKIP;
      }
      TimeAnchors.Anchor a = anchors.yearBefore(r.start());
      if (from < s.start() || a != null && !a.docDate() && a.start() >= from) {
        continue; // what it counts from is shown: "In 1931 … and twenty years later …"
      }
      // A year beside it: the year before plus the count would answer it once that is shown.
      return f.value() instanceof Value.Date d && YEAR.matcher(d.iso()).matches() ? Need.SKIP
          : Need.SENTENCE_BEFORE;
    }
    return Need.NOTHING;
  }
}
