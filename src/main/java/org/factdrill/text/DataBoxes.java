package org.factdrill.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A data box (an encyclopedia's infobox of a ship, a machine, a town) pasted as text: a run of
 * lines each of which is a row, a label of one to three words (a noun, no finite verb, no
 * preposition of time, no hedge, no month) followed straight by its value's figure ("Length 121
 * m", "הדחק: 2,100 טון", "Beam | 16 m", "• Crew 64"), beside a box's heading or type line ("General
 * characteristics", "Type destroyer") and rows read as rows already. Every such line is layout
 * wherever the box sits (before, after or inside the prose), whatever separates label and value
 * (a space, a colon, a tab, a bar) and whatever marks end it: a row whose value is written as
 * sentences ("Propulsion 4 boilers that fed two turbines. Total power: 42,000 hp.") is still a
 * row when box rows stand right above and below it, for a paragraph of prose neither opens with
 * "label figure" nor sits glued between a box's rows. Prose opens with a time phrase or a hedge
 * before its figure ("In 1931 …", "בשנת 1931 …", "About 300 …"), never with a bare noun label.
 */
final class DataBoxes {
  /** A row that is no more than this many words, and ends no sentence, is a short row. */
  private static final int SHORT_WORDS = 12;
  /** A label is at most this many words. */
  private static final int MAX_LABEL = 3;
  /** A heading or type line without a figure is at most this many words. */
  private static final int MAX_PAIR = 6;
  /** A run is a box when it holds at least this many rows (short rows or rows already read). */
  private static final int MIN_ROWS = 3;
  private static final Map<Language, Set<String>> NOT_LABELS = new ConcurrentHashMap<>();

  /** What one line of a run is. */
  private enum Kind { NONE, ROW, SHORT, LONG, PAIR }

  private DataBoxes() {}

  /** Marks the rows of data boxes among {@code blocks} as infobox rows, in place. */
  static void mark(String text, List<Block> blocks, Language lang) {
    int n = blocks.size();
    Kind[] kinds = new Kind[n];
    for (int i = 0; i < n; i++) {
      kinds[i] = kind(blocks.get(i), text, lang);
    }
    int i = 0;
    while (i < n) {
      if (kinds[i] == Kind.NONE) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && kinds[j] != Kind.NONE && linked(text, blocks, kinds, j)) {
        j++;
      }
      markRun(blocks, kinds, i, j);
      i = j;
    }
  }

  /**
   * Block {@code j} goes on the run of block {@code j - 1}: no blank line between them, or a
   * blank line between two short rows (a box pasted with a blank line after every row).
   */
  private static boolean linked(String text, List<Block> blocks, Kind[] kinds, int j) {
    if (LayoutClassifier.adjacent(text, blocks.get(j - 1), blocks.get(j))) {
      return true;
    }
    return shortRow(kinds[j - 1]) && shortRow(kinds[j]);
  }

  private static boolean shortRow(Kind k) {
    return k == Kind.ROW || k == Kind.SHORT;
  }

  private static void markRun(List<Block> blocks, Kind[] kinds, int from, int to) {
    int rows = 0;
    int fresh = 0;
    int last = -1;
    for (int k = from; k < to; k++) {
      rows += shortRow(kinds[k]) ? 1 : 0;
      fresh += kinds[k] == Kind.SHORT ? 1 : 0;
      last = shortRow(kinds[k]) ? k : last;
    }
    if (rows < MIN_ROWS || fresh == 0 && !hasLong(kinds, from, to)) {
      return;
    }
    for (int k = from; k < to; k++) {
      boolean row = switch (kinds[k]) {
        case SHORT -> true;
        // A row written as sentences counts only between two rows of the box.
        case LONG -> k > from && k + 1 < to && kinds[k - 1] != Kind.LONG
            && kinds[k + 1] != Kind.LONG;
        // The box's heading and type lines; a heading after its last row heads the prose.
        case PAIR -> k < last;
        default -> false;
      };
      Block b = blocks.get(k);
      if (row && b.cls() != LineClass.INFOBOX) {
        blocks.set(k, new Block(b.span(), LineClass.INFOBOX, b.origin()));
      }
    }
  }

  private static boolean hasLong(Kind[] kinds, int from, int to) {
    for (int k = from; k < to; k++) {
      if (kinds[k] == Kind.LONG) {
        return true;
      }
    }
    return false;
  }

  private static Kind kind(Block b, String text, Language lang) {
    String s = b.of(text).strip();
    LineClass c = b.cls();
    if (s.isEmpty() || s.indexOf('\n') >= 0) {
      return Kind.NONE;
    }
    if (c == LineClass.INFOBOX
        || (c == LineClass.LIST || c == LineClass.LINKS) && labelFigure(s, lang)
        && !LineEnds.terminal(s)) {
      return Kind.ROW; // read as a row already (a bulleted or barred box's rows: a list, a menu)
    }
    if (c != LineClass.PROSE && c != LineClass.HEADING && c != LineClass.CAPTION) {
      return Kind.NONE;
    }
    int words = LayoutClassifier.words(s);
    if (labelFigure(s, lang)) {
      return words <= SHORT_WORDS && !LineEnds.terminal(s) ? Kind.SHORT : Kind.LONG;
    }
    if (words <= MAX_PAIR && !LineEnds.terminal(s) && Character.isLetter(s.codePointAt(0))
        && !Character.isLowerCase(s.codePointAt(0)) && !RowClause.is(lang, s)) {
      return Kind.PAIR;
    }
    return Kind.NONE;
  }

  /**
   * True when {@code line} opens with a label of one to three words and the next word is a
   * figure ("Length 121 m", "הנעה: 4 דודים", "• Crew | 64"): no word of the label is a figure, the
   * first is no function word, time preposition, hedge, year word or month (prose's openings
   * "In 1931", "בשנת 1931", "About 300"), none is a finite verb, and in a script with capitals the
   * label opens with one.
   */
  static boolean labelFigure(String line, Language lang) {
    int at = 0;
    int len = line.length();
    while (at < len && (Character.isWhitespace(line.charAt(at)) || "-*•·▪►◦–|".indexOf(line.charAt(at)) >= 0)) {
      at++; // a bullet or a table's bar before the label
    }
    if (at >= len || !Character.isLetter(line.codePointAt(at))
        || Character.isLowerCase(line.codePointAt(at))) {
      return false;
    }
    int labelStart = at;
    int labels = 0;
    boolean closed = false; // the label ended with its colon or a tab or a bar
    while (at < len) {
      int end = at;
      while (end < len && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '|') {
        end++;
      }
      String tok = line.substring(at, end);
      if (labels > 0 && figure(tok)) {
        int labelEnd = at;
        while (labelEnd > labelStart && (Character.isWhitespace(line.charAt(labelEnd - 1))
            || ":：|".indexOf(line.charAt(labelEnd - 1)) >= 0)) {
          labelEnd--;
        }
        return label(line.substring(labelStart, labelEnd), lang);
      }
      if (closed || labels == MAX_LABEL || !word(tok)) {
        return false;
      }
      labels++;
      closed = tok.endsWith(":") || tok.endsWith("：");
      at = end;
      while (at < len && (Character.isWhitespace(line.charAt(at)) || line.charAt(at) == '|')) {
        closed |= line.charAt(at) == '\t' || line.charAt(at) == '|';
        at++;
      }
    }
    return false;
  }

  /** A figure opening a value: a digit, maybe after a currency sign or an "about" sign. */
  private static boolean figure(String tok) {
    int k = 0;
    while (k < tok.length() && k < 2 && "~≈$€£₪¥".indexOf(tok.charAt(k)) >= 0) {
      k++;
    }
    return k < tok.length() && Character.isDigit(tok.charAt(k));
  }

  /** A word of a label: letters, with a quote, hyphen or apostrophe inside, maybe its colon. */
  private static boolean word(String tok) {
    String t = tok.endsWith(":") || tok.endsWith("：") ? tok.substring(0, tok.length() - 1) : tok;
    if (t.isEmpty() || !Character.isLetter(t.codePointAt(0))) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      char ch = t.charAt(k);
      if (!Character.isLetter(ch) && Character.getType(ch) != Character.NON_SPACING_MARK
          && "'’\"״׳-־.".indexOf(ch) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The label's words name a field: no prose opening word first, no finite verb. */
  private static boolean label(String label, Language lang) {
    int space = 0;
    while (space < label.length() && !Character.isWhitespace(label.charAt(space))) {
      space++;
    }
    String first = label.substring(0, space).toLowerCase(Locale.ROOT);
    Set<String> not = notLabels(lang);
    if (not.contains(first) || not.contains(unprefixed(first, lang, not))) {
      return false;
    }
    return !RowClause.is(lang, label);
  }

  /** {@code w} without the language's prefix letters when what is left is a word of {@code not}. */
  private static String unprefixed(String w, Language lang, Set<String> not) {
    String prefixes = lang.pack() == null ? "" : lang.pack().prefixes();
    for (int k = 1; k <= 2 && k < w.length() && prefixes.indexOf(w.charAt(k - 1)) >= 0; k++) {
      if (not.contains(w.substring(k))) {
        return w.substring(k);
      }
    }
    return w;
  }

  /** Words that open prose before a figure: function words, time words, hedges, months. */
  private static Set<String> notLabels(Language lang) {
    return NOT_LABELS.computeIfAbsent(lang, l -> {
      Set<String> s = new HashSet<>();
      if (l.pack() == null) {
        return s;
      }
      for (String cat : new String[] {"function-words", "time-prepositions", "hedges",
          "date-hedges", "year-words", "date-fillers"}) {
        for (String x : l.pack().words(cat)) {
          s.add(x.toLowerCase(Locale.ROOT));
        }
      }
      for (String m : l.pack().monthForms().keySet()) {
        s.add(m.toLowerCase(Locale.ROOT));
      }
      return Set.copyOf(s);
    });
  }
}
