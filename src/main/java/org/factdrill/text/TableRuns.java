package org.factdrill.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An infobox or table flattened into lines: each row a label and its value (on one line, or the
 * value on the line below the label), values of any length that are figures and descriptions,
 * not sentences. A row ends no sentence and holds none inside; a wrapped paragraph's line ends
 * with a comma or goes on in lower case, and a paragraph's last line ends its sentence. So:
 * three or more lines set one under another without a blank line, none ending a sentence nor
 * holding a sentence's end, half of them with figures, are table rows however long they are; and
 * so are three or more pairs of a label line (a few words, no figure) and a value line (a figure,
 * no sentence) in a row, blank lines between them or not, and three or more lines in a row that
 * each open with a label and a figure, and three or more lines in a row (blank lines between or
 * not) none of which is a sentence, by its end or by a verb, a third with figures. Rows' facts
 * are kept, not asked.
 */
final class TableRuns {
  /** A label is this short. */
  private static final int LABEL_WORDS = 4;
  /** A run of lines or of pairs holds at least this many. */
  private static final int MIN_RUN = 3;
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /**
   * A sentence's end inside a line: a mark after a word (maybe a closing quote or a note mark),
   * then a word not in lower case or a note in markup glued to it ("… Sa.<ref>").
   */
  static final Pattern INNER_END = Pattern.compile(
      "\\p{L}{2}[.!?…](?:[\"'”’»)]|\\[[^\\]]{1,25}\\])*(?:\\s+[\\p{Lu}\\p{Lo}]|<\\p{L})");

  /** A label of a few words not in lower case (maybe a colon), then a figure. */
  private static final Pattern LABEL_FIGURE = Pattern.compile(
      "^[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{L}\\p{M}'’-]+){0,3}\\s*[:：]?\\s+\\d");

  private TableRuns() {}

  /** Marks the rows of flattened tables among {@code blocks} as infobox rows, in place. */
  static void mark(String text, List<Block> blocks, Language lang) {
    lineRuns(text, blocks);
    labelPairs(text, blocks);
    labelFigureRuns(text, blocks);
    verblessRuns(text, blocks, lang);
    DataRows.mark(text, blocks, lang);
    BoxRuns.mark(text, blocks, lang);
  }

  /**
   * Runs of one-line rows, blank lines between them or not, none a sentence: no sentence's end
   * and no finite verb ({@link RowClause}), a third of them with figures ("Type Destroyer",
   * "Armament 4 × 4-inch guns, 2 × 3-pounder guns, …" of any length), below the first paragraph.
   */
  private static void verblessRuns(String text, List<Block> blocks, Language lang) {
    // Above the first paragraph a page's masthead and picture lines stand; they name the page.
    int i = 0;
    while (i < blocks.size() && !(blocks.get(i).cls() == LineClass.PROSE
        && LayoutClassifier.terminal(blocks.get(i).of(text)))) {
      i++;
    }
    while (i < blocks.size()) {
      int j = i;
      int figures = 0;
      boolean prose = false;
      while (j < blocks.size() && row(text, blocks.get(j))
          && !RowClause.is(lang, blocks.get(j).of(text))) {
        figures += DIGIT.matcher(blocks.get(j).of(text)).find() ? 1 : 0;
        prose |= blocks.get(j).cls() == LineClass.PROSE;
        j++;
      }
      if (j - i >= MIN_RUN && figures * 3 >= j - i && prose
          && !opensLowerCase(blocks.get(i).of(text))) {
        // Only its lines read as prose that hold figures change: headings stay headings.
        for (int k = i; k < j; k++) {
          Block b = blocks.get(k);
          if (b.cls() == LineClass.PROSE && DIGIT.matcher(b.of(text)).find()) {
            blocks.set(k, new Block(b.span(), LineClass.INFOBOX, b.origin()));
          }
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /**
   * Runs of one-line rows each opening with a label and a figure ("Length 377 ft overall, …"),
   * blank lines between them or not.
   */
  private static void labelFigureRuns(String text, List<Block> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      while (j < blocks.size() && row(text, blocks.get(j))
          && LABEL_FIGURE.matcher(blocks.get(j).of(text).strip()).find()) {
        j++;
      }
      if (j - i >= MIN_RUN) {
        toRows(blocks, i, j);
      }
      i = Math.max(j, i + 1);
    }
  }

  /** Runs of lines with no blank line between them, none a sentence, half with figures. */
  private static void lineRuns(String text, List<Block> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      int lines = 0;
      int figures = 0;
      boolean prose = false;
      while (j < blocks.size() && rows(text, blocks.get(j))
          && (j == i || LayoutClassifier.adjacent(text, blocks.get(j - 1), blocks.get(j)))) {
        for (String line : blocks.get(j).of(text).split("\n")) {
          lines++;
          figures += DIGIT.matcher(line).find() ? 1 : 0;
        }
        prose |= blocks.get(j).cls() == LineClass.PROSE;
        j++;
      }
      if (lines >= MIN_RUN && figures * 2 >= lines && prose
          && !opensLowerCase(blocks.get(i).of(text))) {
        toRows(blocks, i, j);
      }
      i = Math.max(j, i + 1);
    }
  }

  /** Runs of label lines each followed by a value line, blank lines between or not. */
  private static void labelPairs(String text, List<Block> blocks) {
    int i = 0;
    while (i + 1 < blocks.size()) {
      int j = i;
      while (j + 1 < blocks.size() && label(text, blocks.get(j)) && value(text, blocks.get(j + 1))) {
        j += 2;
      }
      if ((j - i) / 2 >= MIN_RUN) {
        toRows(blocks, i, j);
      }
      i = Math.max(j, i + 1);
    }
  }

  private static void toRows(List<Block> blocks, int from, int to) {
    for (int k = from; k < to; k++) {
      Block b = blocks.get(k);
      LineClass c = b.cls();
      if (c == LineClass.PROSE || c == LineClass.HEADING) { // (a caption stays one)
        blocks.set(k, new Block(b.span(), LineClass.INFOBOX, b.origin()));
      }
    }
  }

  /** One line that may be a row: no sentence's end in it or at its end, no wrap sign. */
  private static boolean row(String text, Block b) {
    return b.of(text).indexOf('\n') < 0 && rows(text, b);
  }

  /**
   * A block whose every line may be a row. (In a caseless script lines of about one length
   * join as a wrapped paragraph; a paragraph's last line ends its sentence, a table's does not.)
   */
  private static boolean rows(String text, Block b) {
    LineClass c = b.cls();
    if (c != LineClass.PROSE && c != LineClass.HEADING && c != LineClass.CAPTION
        && c != LineClass.INFOBOX && c != LineClass.LIST && c != LineClass.BYLINE) {
      return false;
    }
    for (String line : b.of(text).split("\n")) {
      String s = line.strip();
      if (s.isEmpty() || LayoutClassifier.terminal(s) || s.endsWith(",") || s.endsWith("-")
          || INNER_END.matcher(s).find()) {
        return false;
      }
    }
    return true;
  }

  /** A label: a few words, no figure, not in lower case, ending no sentence. */
  private static boolean label(String text, Block b) {
    String s = b.of(text).strip();
    LineClass c = b.cls();
    return row(text, b) && LayoutClassifier.words(s) <= LABEL_WORDS && !DIGIT.matcher(s).find()
        && !opensLowerCase(s) && c != LineClass.LIST && c != LineClass.BYLINE;
  }

  /** A value: a row holding a figure. */
  private static boolean value(String text, Block b) {
    return row(text, b) && DIGIT.matcher(b.of(text)).find();
  }

  private static boolean opensLowerCase(String s) {
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }
}
