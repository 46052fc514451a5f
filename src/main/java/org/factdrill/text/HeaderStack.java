package org.factdrill.text;

import java.util.List;
import java.util.Set;

/**
 * The title of a page that opens with a stack of short lines (the site's section, the author, the
 * work's title) set off from the text by its first blank line: a library or archive page, a
 * reprint. Its lines are single and short, so the classifier takes them for a menu. Of its lines
 * that are no chrome, section name, byline or date, the one whose words the text speaks of most
 * names the work (the lowest of equals: the site and the author stand above the title; a licence
 * or an edition's details below it name nothing the text says).
 */
final class HeaderStack {
  /** A stack holds at most this many lines. */
  private static final int MAX_LINES = 8;
  /** A line of the stack has at most this many words. */
  private static final int MAX_WORDS = 12;
  /** A stack of more lines than this must have a line the text speaks of, or it is a menu. */
  private static final int SHORT_STACK = 3;

  /**
   * A Latin letter glued before a word in another script ("mנחלת"): an icon font's glyph left in
   * copied text, marking a page's badge or button, never a title.
   */
  private static final java.util.regex.Pattern ICON_LETTER = java.util.regex.Pattern.compile(
      "\\p{IsLatin}(?=[\\p{L}&&[^\\p{IsLatin}]])");

  private HeaderStack() {}

  /**
   * The title the opening stack gives, or null when the text opens otherwise: with a heading the
   * classifier found (the title's own rules judge it), with a sentence, with one line alone, or
   * with a stack longer than a header.
   */
  static Titles.Found title(String text, List<Block> blocks, Set<String> prose, LayoutWords w) {
    int n = 0;
    for (; n < blocks.size(); n++) {
      Block b = blocks.get(n);
      String line = b.of(text).strip();
      if (b.cls() == LineClass.HEADING || line.contains("\n")
          || LayoutClassifier.words(line) > MAX_WORDS || LayoutClassifier.terminal(line)) {
        return null; // a heading, a sentence or a long line before the stack's end: no header stack
      }
      int end = b.span().end();
      String gap = n + 1 < blocks.size()
          ? text.substring(end, blocks.get(n + 1).span().start()) : "\n\n";
      if (gap.chars().filter(c -> c == '\n').count() >= 2) {
        break; // the first blank line ends the stack
      }
    }
    if (n < 1 || n >= MAX_LINES || n >= blocks.size()) {
      return null; // one line alone, a menu longer than a header, or nothing under it
    }
    // The line whose words the text speaks of most (a licence, a genre, an edition's details
    // under the title name nothing the text says); of equals, and when none recurs, the lowest.
    Set<String> below = new java.util.HashSet<>();
    for (int i = n + 1; i < blocks.size(); i++) {
      if (blocks.get(i).cls() == LineClass.PROSE) {
        below.addAll(TitleWords.keys(blocks.get(i).of(text), w.language()));
      }
    }
    Titles.Found best = null;
    double bestScore = -1;
    for (int i = n; i >= 0; i--) {
      Block b = blocks.get(i);
      // (a line said twice in a row is a picture's text and caption: no title)
      String t = ICON_LETTER.matcher(b.of(text).strip()).lookingAt()
          || SaidTwice.lineUnderLine(text, blocks, i, w) || SiteNames.names(text, blocks, i, w) ? null
          : Titles.clean(LayoutClassifier.cleanHeading(b.of(text), w), prose, w);
      double score = t == null ? -1 : TitleWords.recurrence(t, below, w.language());
      if (System.getenv("FD_TITLE_DEBUG") != null) {
        System.err.printf("  stack %.2f [%s]%n", score, t);
      }
      if (t != null && score > bestScore) {
        best = new Titles.Found(t, b.span());
        bestScore = score;
      }
    }
    // A long stack none of whose lines the text speaks of is a menu ("Home", "News", …).
    return bestScore <= 0 && n + 1 > SHORT_STACK ? null : best;
  }
}
