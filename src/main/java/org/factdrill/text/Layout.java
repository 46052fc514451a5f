package org.factdrill.text;

import java.util.List;
import java.util.Optional;

/**
 * The shape of a document: its title, the date it states, and every line or paragraph classified
 * as prose or layout, with citation marks ("[12]") kept apart from the sentences they follow.
 *
 * @param title the first heading or headline, or the file name without its extension
 * @param date the date the text states for itself, if any
 * @param blocks every non-blank piece in text order, not overlapping
 * @param citationMarks spans of citation marks inside prose ("[3]", "[a]", "[citation needed]")
 * @param titleLine the line the title was taken from, when it was taken from the text
 * @param titleFromText false when the title is the file name (no line of the text names it)
 * @param rowLabels a listing's rows ({@link LabelRows}), each from its label to its end, in order
 */
public record Layout(String title, Optional<DocDate> date, List<Block> blocks,
    List<Span> citationMarks, Optional<Span> titleLine, boolean titleFromText,
    List<Span> rowLabels) {
  public Layout {
    blocks = List.copyOf(blocks);
    citationMarks = List.copyOf(citationMarks);
    titleLine = titleLine == null ? Optional.empty() : titleLine;
    rowLabels = rowLabels == null ? List.of() : List.copyOf(rowLabels);
  }

  /** The same layout with every block unreadable and no date of its own (a page not in reading order). */
  public Layout unreadable() {
    List<Block> none = blocks.stream()
        .map(b -> new Block(b.span(), LineClass.UNREADABLE, b.origin())).toList();
    return new Layout(title, Optional.empty(), none, citationMarks, titleLine, titleFromText,
        rowLabels);
  }

  /** A layout of a text that is no listing of labelled rows. */
  public Layout(String title, Optional<DocDate> date, List<Block> blocks,
      List<Span> citationMarks, Optional<Span> titleLine, boolean titleFromText) {
    this(title, date, blocks, citationMarks, titleLine, titleFromText, List.of());
  }

  /**
   * The row of a listing holding {@code offset}: its span, from its label (its first line) to
   * its end; empty outside a listing's rows.
   */
  public Optional<Span> rowAt(int offset) {
    for (Span r : rowLabels) {
      if (r.start() <= offset && offset < r.end()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The section headings that can name a topic: those after the title's line (the headings
   * above it are page chrome: a site's name, "Breaking News").
   */
  public List<Block> sectionHeadings() {
    int after = titleLine.map(Span::end).orElse(-1);
    return blocks.stream().filter(b -> b.cls() == LineClass.HEADING && b.span().start() >= after)
        .toList();
  }

  /** The block holding {@code offset}, if any (blank lines belong to none). */
  public Optional<Block> blockAt(int offset) {
    int i = indexAt(offset);
    return i < 0 ? Optional.empty() : Optional.of(blocks.get(i));
  }

  /**
   * {@code sentence} cut to the run of prose blocks holding {@code at}: a sentence that a soft
   * line wrap carried across a caption, infobox row or site tagline into the prose (or out of it)
   * keeps only its prose part. Unchanged when {@code at} is in no block or in a layout block.
   */
  public Span proseRun(Span sentence, int at) {
    int i = indexAt(at);
    if (i < 0 || blocks.get(i).cls() != LineClass.PROSE) {
      return sentence;
    }
    int first = i;
    while (first > 0 && blocks.get(first - 1).cls() == LineClass.PROSE
        && blocks.get(first - 1).span().end() > sentence.start()) {
      first--;
    }
    int last = i;
    while (last + 1 < blocks.size() && blocks.get(last + 1).cls() == LineClass.PROSE
        && blocks.get(last + 1).span().start() < sentence.end()) {
      last++;
    }
    int start = Math.max(sentence.start(), blocks.get(first).span().start());
    int end = Math.min(sentence.end(), blocks.get(last).span().end());
    // (a sentence that does not reach the fact's prose run is left as it is)
    return start >= end || start == sentence.start() && end == sentence.end() ? sentence
        : new Span(start, end);
  }

  private int indexAt(int offset) {
    int lo = 0;
    int hi = blocks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = blocks.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The class of the text at {@code offset}; prose where no block covers it. */
  public LineClass classAt(int offset) {
    return blockAt(offset).map(Block::cls).orElse(LineClass.PROSE);
  }

  /** The headings, in order (the title among them when the text starts with it). */
  public List<Block> headings() {
    return blocks.stream().filter(b -> b.cls() == LineClass.HEADING).toList();
  }

  /** The last heading that starts before {@code offset}, if any. */
  public Optional<Block> headingBefore(int offset) {
    Block last = null;
    for (Block b : blocks) {
      if (b.span().start() >= offset) {
        break;
      }
      if (b.cls() == LineClass.HEADING) {
        last = b;
      }
    }
    return Optional.ofNullable(last);
  }

  /** Counts of blocks by class, for reports. */
  public java.util.Map<LineClass, Integer> counts() {
    java.util.Map<LineClass, Integer> m = new java.util.EnumMap<>(LineClass.class);
    blocks.forEach(b -> m.merge(b.cls(), 1, Integer::sum));
    return m;
  }
}
