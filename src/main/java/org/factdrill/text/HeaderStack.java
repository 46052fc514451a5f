package org.factdrill.text;

import java.util.List;
import java.util.Set;

/**
 * The title of a page that opens with a stack of short lines (the site's section, the author, the
 * work's title) set off from the text by its first blank line: a library or archive page, a
 * reprint. Its lines are single and short, so the classifier takes them for a menu; the line
 * lowest in the stack that is no chrome, section name, byline or date names the work, the lines
 * above it say where it comes from and who wrote it.
 */
final class HeaderStack {
  /** A stack holds at most this many lines. */
  private static final int MAX_LINES = 5;
  /** A line of the stack has at most this many words. */
  private static final int MAX_WORDS = 12;

  private HeaderStack() {}

  /**
   * The title the opening stack gives, or null when the text opens otherwise: with a heading the
   * classifier found, with prose, with one line alone, or with a stack longer than a header.
   */
  static Titles.Found title(String text, List<Block> blocks, Set<String> prose, LayoutWords w) {
    int n = 0;
    for (; n < blocks.size(); n++) {
      Block b = blocks.get(n);
      String line = b.of(text).strip();
      if (b.cls() != LineClass.LINKS || line.contains("\n")
          || LayoutClassifier.words(line) > MAX_WORDS || LayoutClassifier.terminal(line)) {
        return null; // a heading, prose or a long line before the stack's end: no header stack
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
    for (int i = n; i >= 0; i--) {
      Block b = blocks.get(i);
      String t = Titles.clean(LayoutClassifier.cleanHeading(b.of(text), w), prose, w);
      if (t != null) {
        return new Titles.Found(t, b.span());
      }
    }
    return null;
  }
}
