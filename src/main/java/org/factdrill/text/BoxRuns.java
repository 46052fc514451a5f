package org.factdrill.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An encyclopedia's data box pasted as plain text one row a line with no colon ("Length 112 m",
 * "Speed top speed 14 knots (26 km/h); service speed 11 knots", "צוות 48 (6 קצינים ו-42
 * מלחים)"): a label of a few words, then a figure, a date, a name or a short phrase. A line is a
 * row of such a box, however long, when it opens with a word (a label, not a date: a chronology's
 * rows open with their dates), ends no sentence and holds none, and has no finite verb of the
 * language ({@link RowClause}), and the run of such lines around it (blank lines between them or
 * not) holds at least {@link #MIN_FIGURE_ROWS} rows with figures, two of them already read as rows
 * by their shape. A row is layout, never prose nor a heading: it is not asked, and it is never the
 * context line of the prose below it. The rows a run holds before its first figure are rows when
 * they are a label and a value (two words or more); after its last figure the lines stay as they
 * are (a section's heading follows a box).
 */
final class BoxRuns {
  /** A box's run holds at least this many rows with a figure. */
  static final int MIN_FIGURE_ROWS = 5;
  /** At least this many of its lines were read as rows by their shape already. */
  private static final int MIN_KNOWN_ROWS = 2;
  /** A row is at most this many words (a long value with a conversion and a second value). */
  private static final int MAX_WORDS = 25;
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private BoxRuns() {}

  /** Marks the rows of data boxes pasted one row a line among {@code blocks}, in place. */
  static void mark(String text, List<Block> blocks, Language lang) {
    LayoutWords w = LayoutWords.of(lang);
    int i = 1; // (the first line is the page's title)
    while (i < blocks.size()) {
      int j = i;
      while (j < blocks.size() && row(text, blocks.get(j), lang, w)) {
        j++;
      }
      if (j > i) {
        markRun(text, blocks, i, j);
      }
      i = j + 1;
    }
  }

  private static void markRun(String text, List<Block> blocks, int from, int to) {
    int first = -1;
    int last = -1;
    int figures = 0;
    int known = 0;
    for (int k = from; k < to; k++) {
      Block b = blocks.get(k);
      if (DIGIT.matcher(b.of(text)).find()) {
        first = first < 0 ? k : first;
        last = k;
        figures++;
      }
      known += b.cls() == LineClass.INFOBOX || b.cls() == LineClass.LIST ? 1 : 0;
    }
    if (figures < MIN_FIGURE_ROWS || known < MIN_KNOWN_ROWS) {
      return;
    }
    int start = first;
    while (start > from && LayoutClassifier.words(blocks.get(start - 1).of(text).strip()) >= 2) {
      start--; // the box's type and name rows before its first figure ("Type cargo ship")
    }
    for (int k = start; k <= last; k++) {
      Block b = blocks.get(k);
      LineClass c = b.cls();
      if (c == LineClass.PROSE || c == LineClass.HEADING || c == LineClass.CAPTION
          || c == LineClass.BYLINE) { // (a list's row stays one: a chronology's rows are asked)
        blocks.set(k, new Block(b.span(), LineClass.INFOBOX, b.origin()));
      }
    }
  }

  /** One line that may be a box's row: a label first, no sentence, no verb. */
  private static boolean row(String text, Block b, Language lang, LayoutWords w) {
    LineClass c = b.cls();
    if (c != LineClass.PROSE && c != LineClass.HEADING && c != LineClass.CAPTION
        && c != LineClass.INFOBOX && c != LineClass.LIST && c != LineClass.BYLINE) {
      return false;
    }
    String s = b.of(text).strip();
    if (c == LineClass.INFOBOX) {
      return s.indexOf('\n') < 0; // read as a row already (by its shape or its label's colon)
    }
    if (s.isEmpty() || s.indexOf('\n') >= 0 || !Character.isLetter(s.codePointAt(0))
        || Character.isLowerCase(s.codePointAt(0)) || LayoutClassifier.terminal(s)
        || s.endsWith(",") || TableRuns.INNER_END.matcher(s).find()
        || LayoutClassifier.words(s) > MAX_WORDS) {
      return false;
    }
    if (c == LineClass.BYLINE && (w.opensByline(s) || w.opensPublished(s))) {
      return false; // a page's own byline or publishing date
    }
    return !RowClause.is(lang, s);
  }
}
