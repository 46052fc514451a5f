package org.factdrill.text;

import java.util.List;

/**
 * A mobile wiki page copied as text puts each section's edit button, as its word, right before
 * the section's first line with no space ("Heading" then "editThe army …", "עריכהכבר ב-…"). The
 * word belongs to the page, not to the sentence: under a heading, a line opening with the pack's
 * edit word glued to its first word starts after it, the word itself a link.
 */
final class GluedEditLinks {
  private GluedEditLinks() {}

  /** Cuts a glued edit word off the first line under each heading among {@code blocks}, in place. */
  static void mark(String text, List<Block> blocks, LayoutWords w) {
    for (int i = 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (blocks.get(i - 1).cls() != LineClass.HEADING || b.cls() == LineClass.HEADING) {
        continue;
      }
      int end = w.gluedEditEnd(b.of(text));
      if (end < 0) {
        continue;
      }
      int start = b.span().start();
      int cut = start + end;
      int rest = cut;
      while (rest < b.span().end() && Character.isWhitespace(text.charAt(rest))) {
        rest++;
      }
      if (rest >= b.span().end()) {
        continue;
      }
      blocks.set(i, new Block(new Span(start, cut), LineClass.LINKS, b.origin()));
      // (A text's origin is its offset, which moves with the cut; a PDF's is its page.)
      int origin = b.origin() == start ? rest : b.origin();
      blocks.add(i + 1, new Block(new Span(rest, b.span().end()), b.cls(), origin));
      i++;
    }
  }
}
