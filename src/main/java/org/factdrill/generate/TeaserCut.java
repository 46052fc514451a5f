package org.factdrill.generate;

import org.factdrill.text.Language;
import org.factdrill.text.LayoutWords;
import org.factdrill.text.Span;
import org.factdrill.text.Teasers;

/**
 * On a listing page of teasers ({@link Teasers}), a sentence of a teaser that ends in an
 * ellipsis was cut by the page, whatever word stands before the ellipsis ("… to stay with her
 * …", "… in my …"): the page truncates every teaser at a length, not at a clause end. As after a
 * phrase opener ({@link OpenEnds}), a question keeps such a sentence only up to a clause end
 * before the cut.
 */
final class TeaserCut {
  private TeaserCut() {}

  /** True when {@code core} (sentence {@code s}, cleaned) ends in an ellipsis inside a teaser. */
  static boolean at(String text, Span s, Language lang, String core) {
    String end = core.stripTrailing();
    if (!end.endsWith("…") && !end.endsWith("...")) {
      return false;
    }
    for (Span t : Teasers.sections(text, LayoutWords.of(lang))) {
      if (t.start() <= s.start() && s.end() <= t.end()) {
        return true;
      }
    }
    return false;
  }
}
