package org.factdrill.text;

import java.util.List;

/**
 * Lines said twice, line under line: a pasted web page keeps a picture's alternative text and
 * then its caption, the same short line twice; both are the picture's caption, never prose, a
 * heading or a title. A page's name said twice with its site's name ("Name – Site": the window's
 * title and the page's) stays a title, and a heading said again below a blank line is a page's
 * name above its infobox.
 */
final class SaidTwice {
  private SaidTwice() {}

  /**
   * A short line said twice in a row is a picture's alternative text and then its caption
   * (pasted web pages keep both, line under line), not prose, nor a heading: a title is said
   * once, or twice with its site's name (the window's title and the page's: "Name – Site").
   */
  static void mark(String text, List<Block> blocks, LayoutWords w) {
    for (int i = 0; i + 1 < blocks.size(); i++) {
      String a = blocks.get(i).of(text).strip();
      // A repeated sentence may be quoted twice; a repeated line without a sentence mark is not.
      if (a.isEmpty() || LayoutClassifier.words(a) > 12 && LayoutClassifier.terminal(a)
          || !a.equals(blocks.get(i + 1).of(text).strip())) {
        continue;
      }
      // (a heading said again below a blank line is a page's name above its infobox)
      boolean caption = lineUnderLine(text, blocks, i, w);
      for (int k = i; k <= i + 1; k++) {
        Block b = blocks.get(k);
        if (b.cls() == LineClass.PROSE || b.cls() == LineClass.HEADING && caption) {
          blocks.set(k, new Block(b.span(), LineClass.CAPTION, b.origin()));
        }
      }
    }
  }

  /** True when block {@code i}'s line is said again right above or below it, naming no site. */
  static boolean lineUnderLine(String text, List<Block> blocks, int i, LayoutWords w) {
    String a = blocks.get(i).of(text).strip();
    for (int j : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < blocks.size() && a.equals(blocks.get(j).of(text).strip())
          && LayoutClassifier.adjacent(text, blocks.get(Math.min(i, j)),
              blocks.get(Math.max(i, j)))) {
        return !Titles.siteSuffix(a, w);
      }
    }
    return false;
  }
}
