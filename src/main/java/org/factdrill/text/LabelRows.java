package org.factdrill.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference listing of one paragraph per entity whose first cell, the entity's name, lost its
 * cell break: "Name The kingdom was …", the name glued before the paragraph's first sentence
 * with a space only; the listing's column headers stand above as short lines of their own. In a
 * script with capitals a clause opens with a capital only where a sentence begins, so a short run
 * of capitalised words opening a line, before a word that can only open a sentence (one of the
 * pack's sentence openers, or the run's own first word again) on a line of prose, is a row's
 * label. Such
 * rows of three different names make a listing (rows without such a word between them count
 * too, at a paragraph's start; fewer rows make one when the page shows more signs of a listing:
 * {@link FewRows}): each label is given back its line break (the text keeps its length and offsets), so
 * the label heads its row as a heading does and is no part of the first sentence; the header
 * lines above the first row name no topic.
 */
public final class LabelRows {
  /** A label is this many words at most ("Saint Kitts and Nevis"). */
  static final int MAX_LABEL = 4;
  /** A listing has this many rows with a label at least. */
  static final int MIN_ROWS = 3;
  /** A column header is this many words at most; this many header lines at most. */
  private static final int HEADER_WORDS = 3;
  private static final int HEADER_LINES = 3;
  /** A line without a sentence mark at its end is prose when it has this many words. */
  private static final int PROSE_WORDS = 6;
  /** The last row of a listing without blank lines is this long at least. */
  private static final int LAST_ROW = 800;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*|\\p{N}+");

  /** A row's label, {@code start..end} ({@code end}: the space gluing it to its sentence). */
  public record Row(int start, int end) {}

  /** The listing found: the text with the labels on lines of their own, its rows and headers. */
  public record Listing(String text, List<Row> rows, List<Span> headers, List<Span> spans) {
    /** The rows' spans, each from its label's start to the row's end. */
    public List<Span> labels() {
      return spans;
    }
  }

  private LabelRows() {}

  /** The listing of {@code text}; no rows (and {@code text} unchanged) when it is none. */
  public static Listing find(String text, Language lang) {
    List<Row> rows = rows(text, lang);
    if (rows.isEmpty()) {
      return new Listing(text, List.of(), List.of(), List.of());
    }
    char[] c = text.toCharArray();
    for (Row r : rows) {
      c[r.end()] = '\n';
    }
    List<Span> spans = new ArrayList<>();
    int longest = 0;
    for (int i = 0; i < rows.size(); i++) {
      int end = i + 1 < rows.size() ? rows.get(i + 1).start() : lastEnd(text, rows.get(i), longest);
      longest = Math.max(longest, end - rows.get(i).start());
      spans.add(new Span(rows.get(i).start(), end));
    }
    return new Listing(new String(c), rows, headers(text, rows.get(0).start()), List.copyOf(spans));
  }

  /**
   * Where the last row ends: at its paragraph's end (a blank line); on a page without blank
   * lines at the end of the line twice the longest row's length (or 800 characters) from its start.
   */
  private static int lastEnd(String text, Row last, int longest) {
    int blank = text.indexOf("\n\n", last.end());
    if (blank >= 0) {
      return blank;
    }
    int most = Math.max(2 * longest, LAST_ROW);
    int eol = last.start() + most >= text.length() ? -1 : text.indexOf('\n', last.start() + most);
    return eol < 0 ? text.length() : eol;
  }

  /** The labelled rows of a listing in {@code text}, in order; empty when fewer than three. */
  static List<Row> rows(String text, Language lang) {
    Set<String> openers = new HashSet<>();
    for (String cat : new String[] {"sentence-openers", "date-lead-words", "period-lead-words",
        "span-start-words"}) {
      lang.pack().words(cat).forEach(x -> openers.add(x.toLowerCase(Locale.ROOT)));
    }
    Set<String> particles = new HashSet<>();
    for (String cat : new String[] {"function-words", "list-and", "definite-articles"}) {
      lang.pack().words(cat).forEach(x -> particles.add(x.toLowerCase(Locale.ROOT)));
    }
    List<Row> out = new ArrayList<>();
    List<Boolean> sure = new ArrayList<>();
    int width = Integer.MIN_VALUE; // (the wrap's width, read once when a row needs it)
    for (int at = 0; at < text.length(); at = next(text, at)) {
      if (!rowStart(text, at)) {
        continue;
      }
      List<int[]> ws = words(text, at, MAX_LABEL + 2);
      if (ws.size() < 2 || !opensLabel(text, ws.get(0), openers) || !proseLine(text, at)) {
        continue;
      }
      int k = sentenceStart(text, ws, openers, particles);
      if (k > 0) {
        out.add(new Row(at, ws.get(k - 1)[1]));
        sure.add(true);
      } else if (k == 0 && !FewRows.wrappedOn(text, at,
          width == Integer.MIN_VALUE ? (width = FewRows.width(text)) : width)) {
        // (a line the wrap would have filled from the one above goes on its paragraph: no row)
        int n = named(text, ws, particles);
        out.add(new Row(at, ws.get(n - 1)[1]));
        sure.add(false);
      }
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < out.size(); i++) {
      if (sure.get(i)) {
        names.add(text.substring(out.get(i).start(), out.get(i).end()));
      }
    }
    if (names.size() < MIN_ROWS) {
      // (a headline repeated on a page is no listing of entities; fewer rows need more signs)
      return FewRows.of(text, out, sure, particles);
    }
    // A row whose label only its place shows counts between the listing's sure rows only.
    int first = sure.indexOf(true);
    int last = sure.lastIndexOf(true);
    List<Row> kept = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      Row r = out.get(i);
      if (r.end() < text.length() && text.charAt(r.end()) == ' ') {
        kept.add(r);
      }
    }
    return kept.size() < MIN_ROWS ? List.of() : List.copyOf(kept);
  }

  /**
   * The index of the word opening the row's sentence, after a label of one to four words; 0 when
   * the row opens with two capitalised words and no word shows where its sentence begins, -1
   * when it is no row.
   */
  private static int sentenceStart(String text, List<int[]> ws, Set<String> openers,
      Set<String> particles) {
    String first = of(text, ws.get(0)).toLowerCase(Locale.ROOT);
    for (int k = 1; k < ws.size() && k <= MAX_LABEL; k++) {
      String w = of(text, ws.get(k));
      String lower = w.toLowerCase(Locale.ROOT);
      int c = w.codePointAt(0);
      if (!text.substring(ws.get(k - 1)[1], ws.get(k)[0]).equals(" ")) {
        return -1; // a mark or a line break between them: no label glued with a space
      }
      boolean next = k + 1 < ws.size() && Character.isLowerCase(text.codePointAt(ws.get(k + 1)[0]));
      // (a word the text writes in small letters is no sign: "Firefox Mobile uses" is a name)
      if (Character.isUpperCase(c) && (openers.contains(lower)
          || lower.equals(first) || lower.equals(first + "'s") || lower.equals(first + "’s"))) {
        return k;
      }
      boolean cap = Character.isUpperCase(c);
      if (!cap && !(particles.contains(lower) && k + 1 < ws.size()
          && Character.isUpperCase(text.codePointAt(ws.get(k + 1)[0])))) {
        return k == 1 ? -1 : 0; // the line's own clause goes on in small letters: a name's run
      }
    }
    return 0;
  }

  /**
   * How many words a label with nothing to show its end has: the longest run of its capitalised
   * words that the text writes again elsewhere ("Burkina Faso"), else its first word.
   */
  private static int named(String text, List<int[]> ws, Set<String> particles) {
    int best = 1;
    for (int n = 2; n <= Math.min(MAX_LABEL, ws.size() - 1); n++) {
      String w = of(text, ws.get(n - 1));
      if (!Character.isUpperCase(w.codePointAt(0))) {
        if (particles.contains(w.toLowerCase(Locale.ROOT))) {
          continue;
        }
        break;
      }
      String phrase = text.substring(ws.get(0)[0], ws.get(n - 1)[1]);
      int first = text.indexOf(phrase);
      if (first >= 0 && text.indexOf(phrase, first + 1) >= 0) {
        best = n;
      }
    }
    return best;
  }

  /** The first word of a label: capitalised, a name's word, not a sentence opener. */
  private static boolean opensLabel(String text, int[] w, Set<String> openers) {
    String s = of(text, w);
    return Character.isUpperCase(s.codePointAt(0))
        && !openers.contains(s.toLowerCase(Locale.ROOT));
  }

  /** The header lines right above the listing's first row: short, no sentence mark. */
  static List<Span> headers(String text, int first) {
    List<Span> out = new ArrayList<>();
    int end = first - 1;
    while (end > 0 && out.size() < HEADER_LINES) {
      int from = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(from, end).strip();
      if (line.isEmpty()) {
        if (!out.isEmpty()) {
          break;
        }
      } else if (words(text, from, HEADER_WORDS + 1).size() <= HEADER_WORDS
          && !line.matches("(?s).*[.!?…:;,\\d].*")) {
        out.add(new Span(from, end));
      } else {
        break;
      }
      end = from - 1;
    }
    return List.copyOf(out);
  }

  /** True at a line's start after a line that ends a sentence, a blank line, or a short line. */
  private static boolean rowStart(String text, int at) {
    if (at >= text.length() || !Character.isLetter(text.codePointAt(at))) {
      return false;
    }
    int end = at - 1;
    if (end <= 0) {
      return true;
    }
    int from = text.lastIndexOf('\n', end - 1) + 1;
    String line = text.substring(from, end).strip();
    return line.isEmpty() || line.matches("(?s).*[.!?…][\"'”’)\\]]*$")
        || words(text, from, HEADER_WORDS + 1).size() <= HEADER_WORDS;
  }

  /**
   * True when the line at {@code at} is prose: it ends a sentence, or it is a long line, or its
   * sentence goes on on the next line (a headline or a menu line is short and ends no sentence).
   */
  private static boolean proseLine(String text, int at) {
    int eol = text.indexOf('\n', at);
    String line = text.substring(at, eol < 0 ? text.length() : eol).strip();
    if (line.matches("(?s).*[.!?…][\"'”’)\\]]*$") || words(text, at, PROSE_WORDS).size() >= PROSE_WORDS) {
      return true;
    }
    // A wrapped line's sentence goes on in small letters on the next line.
    return eol >= 0 && eol + 1 < text.length() && Character.isLowerCase(text.codePointAt(eol + 1));
  }

  /** Up to {@code max} words of the line starting at {@code at}, as [start, end]. */
  static List<int[]> words(String text, int at, int max) {
    int eol = text.indexOf('\n', at);
    Matcher m = WORD.matcher(text).region(at, eol < 0 ? text.length() : eol);
    List<int[]> out = new ArrayList<>();
    while (out.size() < max && m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  static String of(String text, int[] w) {
    return text.substring(w[0], w[1]);
  }

  private static int next(String text, int at) {
    int nl = text.indexOf('\n', at);
    return nl < 0 ? text.length() : nl + 1;
  }

  /**
   * Marks a listing's blocks in place: its column headers are a table's header row (no title,
   * no heading), and the lines of a row's paragraph after its label are prose, however short
   * the wrap left its first line.
   */
  static void mark(String text, List<Block> blocks, List<Span> headers, List<Span> rows) {
    for (int i = 0; i < blocks.size() && !rows.isEmpty(); i++) {
      Block b = blocks.get(i);
      if (headers.stream().anyMatch(h -> h.overlaps(b.span()))) {
        blocks.set(i, new Block(b.span(), LineClass.INFOBOX, b.origin()));
        continue;
      }
      int start = b.span().start();
      boolean inRow = rows.stream().anyMatch(r -> r.start() < start && start < r.end()
          && text.indexOf('\n', r.start()) < start);
      if (inRow && b.cls() != LineClass.PROSE) {
        blocks.set(i, new Block(b.span(), LineClass.PROSE, b.origin()));
      }
    }
  }

  /** {@code found}, or null when it is a listing's column header or a line of one of its rows. */
  static Titles.Found notHeader(Titles.Found found, List<Span> headers, List<Span> rows) {
    return found == null || found.span() == null
        || headers.stream().noneMatch(h -> h.overlaps(found.span()))
            && rows.stream().noneMatch(r -> r.overlaps(found.span())) ? found : null;
  }
}
