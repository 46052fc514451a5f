package org.factdrill.text;

import java.util.List;

/**
 * Lines that tell a page's revision history, not its subject. A forum's edit note ("Last edited
 * by … on …, edited 1 time in total": layout words {@code edited}) is a dated line about the post,
 * a byline. A page comparing two versions of an article marks each changed place with a line
 * marker ("Line 67:", "Dòng 51:", "שורה 67:": layout words {@code diff.line}); the lines right
 * above its first marker, in the marker's paragraph, are the names of the two columns and the
 * versions' edit summaries: chrome, like the markers, never prose, a title or a context line.
 */
final class RevisionLines {
  /** The most lines a comparison's header holds above its first marker. */
  private static final int HEADER_LINES = 6;

  private RevisionLines() {}

  /** Reclassifies edit notes, line markers and a comparison's header among {@code blocks}. */
  static void mark(String text, List<Block> blocks, LayoutWords w) {
    boolean header = true;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String s = b.of(text).strip();
      if (s.indexOf('\n') >= 0) {
        continue;
      }
      if (w.isDiffLine(s)) {
        blocks.set(i, new Block(b.span(), LineClass.LINKS, b.origin()));
        if (header) {
          header = false;
          summaries(text, blocks, i);
        }
      } else if (b.cls() == LineClass.PROSE && w.opensEditNote(s)) {
        blocks.set(i, new Block(b.span(), LineClass.BYLINE, b.origin()));
      }
    }
  }

  /** The lines set right above marker {@code i}, with no blank line between, become chrome. */
  private static void summaries(String text, List<Block> blocks, int i) {
    int lines = 0;
    for (int k = i - 1; k > 0 && lines < HEADER_LINES; k--) {
      Block b = blocks.get(k);
      if (blankBetween(text, b, blocks.get(k + 1))) {
        return;
      }
      lines += 1 + (int) b.of(text).strip().chars().filter(c -> c == '\n').count();
      blocks.set(k, new Block(b.span(), LineClass.LINKS, b.origin()));
    }
  }

  private static boolean blankBetween(String text, Block a, Block b) {
    int newlines = 0;
    for (int c = a.span().end(); c < b.span().start() && c < text.length(); c++) {
      if (text.charAt(c) == '\n' && ++newlines >= 2) {
        return true;
      }
    }
    return false;
  }
}
