package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.text.Document;
import org.factdrill.text.LayoutWords;
import org.factdrill.text.Span;
import org.factdrill.text.Teasers;
import org.factdrill.text.TopicLines;

/**
 * The heading of each teaser of a listing page ({@link Teasers}): the name its first sentence
 * defines, or none. A teaser is about its own subject, so a question on it is headed by that
 * subject, never by the first teaser's words nor by the page's opening sentence.
 */
final class TeaserHeads {
  private record Head(Span span, String name) {}

  private final List<Head> heads = new ArrayList<>();

  TeaserHeads(Document doc) {
    String t = doc.text();
    for (Span s : Teasers.sections(t, LayoutWords.of(doc.lang()))) {
      String name = Teasers.definedName(s.of(t), t, doc.lang());
      heads.add(new Head(s, name == null ? null : TopicLines.clean(name.strip(), doc.lang())));
    }
  }

  /** True when the document is a listing of teasers. */
  boolean page() {
    return !heads.isEmpty();
  }

  /**
   * The heading of the teaser holding {@code pos}: its defined name, or null when it defines
   * none (then no context line is better than another teaser's) or {@code pos} is in none.
   */
  String at(int pos) {
    for (Head h : heads) {
      if (h.span().start() <= pos && pos < h.span().end()) {
        return h.name();
      }
    }
    return null;
  }
}
