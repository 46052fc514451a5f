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
 * before the cut. A page without "read more" lines is such a listing too when two or more of its
 * paragraphs end in an ellipsis (an archive's posts under their titles and date lines): the last
 * sentence of each such paragraph was cut by the page.
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
    return endsParagraph(text, s.end()) && cutParagraphs(text) >= MIN_CUT_PARAGRAPHS;
  }

  /**
   * A page whose paragraphs end in an ellipsis this often is a listing that cut each entry at a
   * length (an archive's posts under their titles and date lines, with no "read more" line).
   */
  static final int MIN_CUT_PARAGRAPHS = 2;

  /** The last text counted on this thread and its count: every question of a page asks again. */
  private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

  /** How many paragraphs (runs of lines between blank lines) of {@code text} end in an ellipsis. */
  static int cutParagraphs(String text) {
    Object[] last = LAST.get();
    if (last != null && last[0] == text) {
      return (Integer) last[1];
    }
    int n = 0;
    int k = 0;
    while (k <= text.length()) {
      int br = text.indexOf("\n\n", k);
      int end = br < 0 ? text.length() : br;
      n += endsInEllipsis(text, end) ? 1 : 0;
      if (br < 0) {
        break;
      }
      k = br + 2;
    }
    LAST.set(new Object[] {text, n});
    return n;
  }

  /** True when the text before {@code end}, white space and closing quotes aside, ends in "…". */
  private static boolean endsInEllipsis(String text, int end) {
    int e = end;
    while (e > 0 && (Character.isWhitespace(text.charAt(e - 1))
        || "\"”’»)".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e > 0 && text.charAt(e - 1) == '…' || e > 2 && text.startsWith("...", e - 3);
  }

  /** True when only white space stands between {@code at} and a blank line or the text's end. */
  private static boolean endsParagraph(String text, int at) {
    int newlines = 0;
    for (int k = at; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' && ++newlines == 2) {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
