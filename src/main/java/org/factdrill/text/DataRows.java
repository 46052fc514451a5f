package org.factdrill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line that is several rows of a data box pasted onto one line ("Length 96 m Beam 14 m Speed
 * 12 kn", "אורך 96 מטר רוחב 14 מטר"): labels of a few words, each followed by a bare figure and
 * at most a few words of its unit, no sentence mark, no comma after a word, no finite verb of the
 * language ({@link RowClause}), no month's name (a date), and in a script with capitals every row's label capitalised. A row
 * of a data box is layout, not prose, whatever its language and however long the line: it is an
 * infobox row, and it never goes on into the sentence below it as a wrapped line.
 */
final class DataRows {
  /** A label or a unit between two figures is at most this many words. */
  private static final int MAX_BETWEEN = 5;
  /** Words before the first figure (its label). */
  private static final int MAX_LABEL = 4;
  /** Words after the last figure (its unit). */
  private static final int MAX_UNIT = 3;
  /** A glued line holds at least this many rows (figures). */
  private static final int MIN_ROWS = 2;

  private DataRows() {}

  /**
   * Marks data-box rows among {@code blocks}, in place: a line of rows glued together, a long
   * "Label: value" next to rows of its shape, and date lines among a box's rows.
   */
  static void mark(String text, List<Block> blocks, Language lang) {
    LayoutWords w = LayoutWords.of(lang);
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      LineClass c = b.cls();
      if ((c == LineClass.PROSE || c == LineClass.CAPTION || c == LineClass.HEADING)
          && b.of(text).indexOf('\n') < 0 && glued(b.of(text), w)) {
        blocks.set(i, new Block(b.span(), LineClass.INFOBOX, b.origin()));
      }
    }
    labelledAmongRows(text, blocks, lang);
    datedRowsInBox(text, blocks, w);
    GluedDateRows.mark(text, blocks, w);
    if (!blocks.isEmpty() && blocks.get(0).cls() == LineClass.HEADING) { // the page's title line
      splitBoxLeads(text, blocks, blocks.get(0).of(text), w);
    }
  }

  /** True when {@code line} is two or more rows of a data box glued onto one line. */
  static boolean glued(String line, LayoutWords w) {
    String s = line.strip();
    if (s.isEmpty() || LineEnds.terminal(s) || digitRuns(s) < MIN_ROWS) {
      return false; // (cheap tests first: this runs on every line of a plain text)
    }
    String[] toks = s.split("\\s+");
    int figures = 0;
    int words = 0; // words since the last figure (or the line's start)
    int capitals = 0;
    boolean cased = false;
    for (String t : toks) {
      int kind = kind(t);
      if (kind == MARK) {
        continue; // a dash or a bar between a row's parts
      }
      if (kind == MIXED) {
        return false;
      }
      if (kind == FIGURE) {
        if (words == 0 || words > (figures == 0 ? MAX_LABEL : MAX_BETWEEN)) {
          return false; // a figure right after a figure, or a long stretch of words: prose
        }
        figures++;
        words = 0;
      } else {
        if (figures == 0 && words == 0 && !startsWithLetter(t)) {
          return false;
        }
        words++;
        int cp = firstLetter(t);
        if (Character.isUpperCase(cp) || Character.isLowerCase(cp)) {
          cased = true;
          capitals += Character.isUpperCase(cp) || Character.isTitleCase(cp) ? 1 : 0;
        }
      }
    }
    if (figures < MIN_ROWS || words > MAX_UNIT) {
      return false;
    }
    if (cased && (capitals < figures || !Character.isUpperCase(firstLetter(toks[0])))) {
      return false; // in a cased script each row's label opens with a capital
    }
    // A month's name between figures makes a date ("26 March 1979"), one row at most.
    return !w.months().matcher(s).find() && !RowClause.is(w.language(), s);
  }

  /**
   * Splits a paragraph that opens with a data box's rows glued before the page's own name
   * ("Length 96 m Beam 14 m Esther was a cargo ship …", "אורך 96 מטר רוחב 14 מטר אסתר הייתה …",
   * the box pasted onto the lead): the rows become an infobox block and the paragraph starts at
   * the name, a word of {@code title} (the page's first line, a title-shaped heading). In place; only prose blocks change.
   */
  static void splitBoxLeads(String text, List<Block> blocks, String title, LayoutWords w) {
    if (title == null || title.isBlank()) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (String t : title.strip().split("[\\s()\\[\\],:–—-]+")) {
      int cp = t.isEmpty() ? ' ' : t.codePointAt(0);
      // a name's word: three letters or more, capitalised where the script has capitals
      if (t.codePointCount(0, t.length()) >= 3 && Character.isLetter(cp)
          && !Character.isLowerCase(cp)) {
        names.add(t);
      }
    }
    for (int i = 1; i < blocks.size(); i++) { // (the first line is the name's own)
      Block b = blocks.get(i);
      if (b.cls() != LineClass.PROSE) {
        continue;
      }
      String s = b.of(text);
      int at = boxEnd(s, names, w);
      if (at <= 0) {
        continue;
      }
      int start = b.span().start();
      blocks.set(i, new Block(new Span(start, start + at), LineClass.INFOBOX, b.origin()));
      int rest = start + at;
      blocks.add(i + 1, new Block(new Span(rest, b.span().end()), LineClass.PROSE,
          b.origin() == start ? rest : b.origin()));
      i++;
    }
  }

  /** Where the page's name opens the sentence after a run of data rows opening {@code s}, or -1. */
  private static int boxEnd(String s, List<String> names, LayoutWords w) {
    int best = -1;
    for (String name : names) {
      int at = s.indexOf(name);
      while (at > 0 && !wholeWordAt(s, at, name.length())) {
        at = s.indexOf(name, at + 1);
      }
      if (at > 0 && (best < 0 || at < best) && glued(s.substring(0, at), w)) {
        best = at;
      }
    }
    return best;
  }

  private static boolean wholeWordAt(String s, int at, int len) {
    boolean before = at == 0 || Character.isWhitespace(s.charAt(at - 1));
    boolean after = at + len >= s.length() || !Character.isLetterOrDigit(s.charAt(at + len));
    return before && after;
  }

  /** A row's label of a few words (not in lower case) and its colon, then the value. */
  private static final Pattern LABEL_COLON = Pattern.compile(
      "^\\s*[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}'’\"״־-]*(?:\\s+[\\p{L}\\p{M}'’\"״־-]+){0,3}\\s*:\\s+\\S");

  /**
   * A "Label: value" line next to a row of the same shape is a row of that box, however long its
   * value and whatever mark ends it ("Propulsion: two steam engines of 40,000 hp, two shafts."),
   * unless its value is a clause (a finite verb of {@code lang}). In place; only prose changes.
   */
  static void labelledAmongRows(String text, List<Block> blocks, Language lang) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.cls() != LineClass.PROSE || b.of(text).indexOf('\n') >= 0) {
        continue;
      }
      String s = b.of(text);
      java.util.regex.Matcher m = LABEL_COLON.matcher(s);
      if (!m.find() || RowClause.is(lang, s.substring(m.end() - 1))) {
        continue;
      }
      if (labelledRow(text, blocks, i - 1) || labelledRow(text, blocks, i + 1)) {
        blocks.set(i, new Block(b.span(), LineClass.INFOBOX, b.origin()));
      }
    }
  }

  /**
   * Date lines inside a data box ("Formed August 27, 1900", "Dissipated …" set one under another
   * with the box's other rows, no blank line between) are rows dating what their label names, not
   * the page's byline or dateline: in a run of three or more adjacent lines holding an infobox row,
   * a byline that opens with a label word (maybe in a bracket), not with the pack's byline or
   * published words, is a row. In place.
   */
  static void datedRowsInBox(String text, List<Block> blocks, LayoutWords w) {
    int i = 0;
    while (i < blocks.size()) {
      int j = i + 1;
      boolean box = blocks.get(i).cls() == LineClass.INFOBOX;
      while (j < blocks.size() && LayoutClassifier.adjacent(text, blocks.get(j - 1), blocks.get(j))) {
        box |= blocks.get(j).cls() == LineClass.INFOBOX;
        j++;
      }
      if (box && j - i >= 3) {
        for (int k = i; k < j; k++) {
          Block b = blocks.get(k);
          String s = b.of(text).strip();
          if (b.cls() == LineClass.BYLINE && s.indexOf('\n') < 0 && opensWithWord(s)
              && !w.opensByline(s) && !w.opensPublished(s)) {
            blocks.set(k, new Block(b.span(), LineClass.INFOBOX, b.origin()));
          }
        }
      }
      i = j;
    }
  }

  private static boolean opensWithWord(String s) {
    int k = s.startsWith("(") ? 1 : 0;
    return k < s.length() && Character.isLetter(s.codePointAt(k));
  }

  private static boolean labelledRow(String text, List<Block> blocks, int i) {
    return i >= 0 && i < blocks.size() && blocks.get(i).cls() == LineClass.INFOBOX
        && LABEL_COLON.matcher(blocks.get(i).of(text)).find();
  }

  private static final int WORD = 0;
  private static final int FIGURE = 1;
  private static final int MIXED = 2;
  private static final int MARK = 3;

  /**
   * A token's kind: a bare figure ("2,400", "(22", "5–7", "40%"), a word (letters and marks, a
   * label's colon, a unit's quote), or mixed (a figure written onto a word, "ב-1910": prose's
   * prefixed figure, or a word ending a sentence or a clause).
   */
  private static int kind(String t) {
    boolean digit = false;
    boolean letter = false;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isLetter(c)) {
        letter = true;
      }
    }
    if (digit && letter) {
      return MIXED;
    }
    char last = t.charAt(t.length() - 1);
    boolean closes = last == ',' || last == ';' || last == '.' || last == '!' || last == '?'
        || last == '…';
    if (digit) {
      // "(year 3)," — a figure that closes a clause belongs to prose, as a word would
      return closes ? MIXED : FIGURE;
    }
    if (!letter) {
      return MARK;
    }
    if (closes) {
      return MIXED; // a word ending a clause or a sentence belongs to prose
    }
    return WORD;
  }

  private static boolean startsWithLetter(String t) {
    return Character.isLetter(t.codePointAt(0));
  }

  private static int firstLetter(String t) {
    for (int k = 0; k < t.length(); k++) {
      int cp = t.codePointAt(k);
      if (Character.isLetter(cp)) {
        return cp;
      }
    }
    return ' ';
  }

  private static int digitRuns(String s) {
    int runs = 0;
    boolean in = false;
    for (int k = 0; k < s.length(); k++) {
      boolean d = Character.isDigit(s.charAt(k));
      if (d && !in) {
        runs++;
      }
      in = d;
    }
    return runs;
  }
}
