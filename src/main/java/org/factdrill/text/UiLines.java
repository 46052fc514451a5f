package org.factdrill.text;

import java.util.List;

/**
 * A pasted page's interface and pictures, by the language's interface words (layout.properties
 * {@code ui} and {@code image}, seeded from MediaWiki's interface messages). A line made only of
 * interface phrases ("Jump to navigation Jump to search", "Log in", "Tìm kiếm", "קפיצה לתוכן")
 * is chrome (links): anywhere when it holds two phrases or a phrase of several words, and above
 * the article's first paragraph when it is one word ("Search", "Tools"), where menus stand. A
 * picture's marker line ("Enlarge", "[Image]") is chrome too, and the short line right before or
 * after it is the picture's caption: neither is ever the page's title.
 */
final class UiLines {
  /** A caption is at most this many words. */
  private static final int CAPTION_WORDS = 20;
  /** A caption that ends a sentence is at most this many words. */
  private static final int SENTENCE_CAPTION_WORDS = 12;

  private UiLines() {}

  /** Reclassifies interface lines, picture markers and their captions among {@code blocks}. */
  static void mark(String text, List<Block> blocks, LayoutWords w) {
    GluedEditLinks.mark(text, blocks, w); // an edit button's word glued onto a section's line
    int article = articleStart(text, blocks);
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String s = b.of(text).strip();
      if (b.cls() == LineClass.REFERENCE || b.cls() == LineClass.FOOTNOTE || s.indexOf('\n') >= 0
          || LayoutClassifier.words(s) > 14) {
        continue;
      }
      int n = w.uiPhrases(s);
      boolean chrome = n >= 2 || n == 1 && (LayoutClassifier.words(s) >= 2 || i < article);
      if (chrome || w.isImageMarker(s)) {
        blocks.set(i, new Block(b.span(), LineClass.LINKS, b.origin()));
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      boolean described = described(text, blocks, i, w);
      Block d = blocks.get(i);
      if (described && (d.cls() == LineClass.PROSE || d.cls() == LineClass.HEADING)) {
        // "Image of a hall": the picture's own text, no prose ("Ảnh: Name" stays a credit)
        blocks.set(i, new Block(d.span(), LineClass.CAPTION, d.origin()));
      }
      if (!described && !w.isImageMarker(blocks.get(i).of(text))) {
        continue;
      }
      // A bare marker may stand above or below its caption; a described one opens its picture.
      for (int j : described ? new int[] {i + 1} : new int[] {i - 1, i + 1}) {
        if (j < 0 || j >= blocks.size()) {
          continue;
        }
        Block c = blocks.get(j);
        String s = c.of(text).strip();
        int words = LayoutClassifier.words(s);
        // A caption is set right against its picture; a paragraph of whole sentences after a
        // blank line is the article going on.
        if ((c.cls() == LineClass.PROSE || c.cls() == LineClass.HEADING)
            && s.indexOf('\n') < 0 && words <= CAPTION_WORDS && !w.isImageMarker(s)
            && (!LayoutClassifier.terminal(s) || words <= SENTENCE_CAPTION_WORDS)
            && adjacent(text, blocks.get(Math.min(i, j)), blocks.get(Math.max(i, j)))) {
          blocks.set(j, new Block(c.span(), LineClass.CAPTION, c.origin()));
        }
      }
    }
  }

  /**
   * True when block {@code i} stands right before or after a picture's marker line, or is a
   * described marker ("Image of a hall") or the line right under one.
   */
  static boolean besideImage(String text, List<Block> blocks, int i, LayoutWords w) {
    return i > 0 && w.isImageMarker(blocks.get(i - 1).of(text))
        || i + 1 < blocks.size() && w.isImageMarker(blocks.get(i + 1).of(text))
        || described(text, blocks, i, w) || i > 0 && described(text, blocks, i - 1, w);
  }

  /** True when block {@code i} is one line, a picture's marker with its description. */
  private static boolean described(String text, List<Block> blocks, int i, LayoutWords w) {
    String s = blocks.get(i).of(text).strip();
    LineClass c = blocks.get(i).cls();
    return s.indexOf('\n') < 0 && c != LineClass.REFERENCE && c != LineClass.FOOTNOTE
        && w.opensImageMarker(s);
  }

  private static boolean adjacent(String text, Block a, Block b) {
    return text.substring(a.span().end(), b.span().start()).chars().filter(c -> c == '\n')
        .count() <= 1;
  }

  /** The index of the article's first paragraph: a long run of words, or whole sentences. */
  private static int articleStart(String text, List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      int words = LayoutClassifier.words(b.of(text));
      if (b.cls() == LineClass.PROSE
          && (words >= 25 || words >= 15 && LayoutClassifier.terminal(b.of(text)))) {
        return i;
      }
    }
    return blocks.size();
  }
}
