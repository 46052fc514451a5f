package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.text.Block;
import org.factdrill.text.Layout;
import org.factdrill.text.LineClass;

/**
 * The headings of a document's sections in order, and which of them governs a sentence: the
 * nearest one above it, at its level. A heading that names no topic ("1942", a line ending in a
 * colon) still ends the section above it, so its sentences get no heading of another section; a
 * Markdown sub-heading of that kind leaves its parent section's heading governing. A heading set
 * right above a byline or date line ("Posted on …", a dateline) is a post's title: on a page of
 * several posts it starts a new topic, and no heading of an earlier post governs after it; so
 * does an entry's dated title line ("Headline – 12 March 2009", {@code text.EntryTitles}).
 */
final class SectionHeads {
  /** One heading: where it is, its cleaned text (null: names no topic), level, post title. */
  private record Head(int start, int end, String text, int level, boolean post) {}

  /** What governs a sentence: the heading (or null), and the post title when in a post. */
  record Governing(String heading, boolean inPost, String post) {}

  private final List<Head> heads = new ArrayList<>();

  /**
   * Adds heading block {@code b} (in document order) with its usable text or null; {@code entry}
   * when it is an entry's dated title line ("Headline – 12 March 2009"), a post's title too.
   */
  void add(Block b, String text, String doc, Layout layout, boolean entry) {
    String raw = b.of(doc).strip();
    int level = 0;
    while (level < raw.length() && raw.charAt(level) == '#') {
      level++;
    }
    heads.add(new Head(b.span().start(), b.span().end(), text, level,
        entry || postTitle(b, doc, layout)));
  }

  /**
   * The heading blocks that head sections of {@code layout}: those after the title's line, and on
   * a page of entries (two or more entry title lines) every entry's title line, wherever the
   * page's title was taken from: an entry's title heads its own entry, never the page.
   */
  static List<Block> blocks(Layout layout, String text, org.factdrill.text.LayoutWords w) {
    List<Block> entries = layout.blocks().stream().filter(b -> b.cls() == LineClass.HEADING
        && org.factdrill.text.EntryTitles.headline(
            org.factdrill.text.LayoutClassifier.cleanHeading(b.of(text), w), w) != null).toList();
    List<Block> sections = layout.sectionHeadings();
    if (entries.size() < 2) {
      return sections;
    }
    return layout.blocks().stream().filter(b -> sections.contains(b) || entries.contains(b))
        .toList();
  }

  /** The heading and post title that govern a sentence at {@code pos}. */
  Governing at(int pos) {
    int near = -1;
    for (int i = 0; i < heads.size() && heads.get(i).end() <= pos; i++) {
      near = i;
    }
    int k = near;
    while (k >= 0 && heads.get(k).text() == null && heads.get(k).level() > 0) {
      int level = heads.get(k).level();
      int up = k - 1;
      while (up >= 0 && !(heads.get(up).level() > 0 && heads.get(up).level() < level)) {
        up--;
      }
      k = up; // a Markdown sub-heading naming nothing: its parent section's heading governs
    }
    int post = -1;
    for (int i = 0; i <= near; i++) {
      if (heads.get(i).post()) {
        post = i;
      }
    }
    String heading = k < 0 || k <= post ? null : heads.get(k).text();
    return post < 0 ? new Governing(heading, false, null)
        : new Governing(heading, true, heads.get(post).text());
  }

  /** True when a byline or date line follows heading {@code b} with no blank line between. */
  private static boolean postTitle(Block b, String doc, Layout layout) {
    List<Block> blocks = layout.blocks();
    int i = blocks.indexOf(b);
    if (i < 0 || i + 1 >= blocks.size() || blocks.get(i + 1).cls() != LineClass.BYLINE) {
      return false;
    }
    String between = doc.substring(b.span().end(), blocks.get(i + 1).span().start());
    return between.indexOf('\n') == between.lastIndexOf('\n');
  }
}
