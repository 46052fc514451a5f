package org.factdrill.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of lines of one shape is a list, not prose: "Year N with the towns: A, B, C", "Name,
 * office, N years." one a line, a chronology of "date – place" rows. Each is a filled-in
 * template: the same opening token class (a number, a capitalised word, a small word), the same
 * punctuation skeleton, a number in the same slot, and the same small words from row to row,
 * only names and figures changing. Prose sentences in a row share their opening at most; their
 * small words (verbs, nouns) differ. Three such lines in a row (blank lines between or not) are
 * list rows: their facts are kept, no question is asked from them.
 */
final class RowShapes {
  /** A run holds at least this many rows. */
  static final int MIN_ROWS = 3;
  /** A row has at most this many words (a long list of names after a label still is one). */
  private static final int MAX_WORDS = 40;
  /**
   * A row's template has at most this many small words ("with the towns", "governor of", "years");
   * a line with more is a sentence, however alike its neighbours are ("Regiment N counted M
   * soldiers in the valley of river N.").
   */
  private static final int MAX_SMALL_WORDS = 6;
  /** In a script without capitals names cannot be told from verbs: rows there are this short. */
  private static final int CASELESS_MAX_WORDS = 8;
  /** Rows compared with a row for its shared words: this many on either side within the run. */
  private static final int NEIGHBOURS = 2;
  private static final Pattern TOKEN = Pattern.compile(
      "\\d+(?:[.,:/]\\d+)*|[\\p{L}\\p{M}][\\p{L}\\p{M}'’׳״\"\\-]*|[^\\s\\p{L}\\p{M}\\d]");
  private static final Pattern BULLET = Pattern.compile("^[-*•·▪►◦–]\\s+");

  /**
   * The shape of one line.
   *
   * @param opening the class of its first token: N (number), C (capitalised word), w (small
   *     word), L (word of a caseless script), or the mark itself
   * @param skeleton its marks in order, commas left out (a list of names has any number), a
   *     mark repeated right after itself written once
   * @param slot how many marks stand before its first number; -1 without one
   * @param words its small words (in a caseless script: all its words), lower-cased
   * @param size how many words and numbers it has
   * @param caseless true when its letters have no capitals (Hebrew)
   */
  record Shape(String opening, String skeleton, int slot, List<String> words, int size,
      boolean caseless) {
    /** True when the two lines are of one shape (their words aside). */
    boolean sameAs(Shape o) {
      return o != null && opening.equals(o.opening) && skeleton.equals(o.skeleton)
          && slot == o.slot && caseless == o.caseless;
    }
  }

  private RowShapes() {}

  /** The shape of {@code line}; null for a blank line or one of several lines. */
  static Shape of(String line) {
    String s = BULLET.matcher(line.strip()).replaceFirst("");
    if (s.isEmpty() || s.indexOf('\n') >= 0) {
      return null;
    }
    Matcher m = TOKEN.matcher(s);
    String opening = null;
    StringBuilder skeleton = new StringBuilder();
    int marks = 0;
    int slot = -1;
    int size = 0;
    boolean cased = false;
    List<String> words = new ArrayList<>();
    char last = 0;
    while (m.find()) {
      String t = m.group();
      int c = t.codePointAt(0);
      String cls;
      if (Character.isDigit(c)) {
        cls = "N";
        slot = slot < 0 ? marks : slot;
        size++;
      } else if (Character.isLetter(c)) {
        size++;
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
          cls = "C";
          cased = true;
        } else if (Character.isLowerCase(c)) {
          cls = "w";
          cased = true;
          words.add(t.toLowerCase(Locale.ROOT));
        } else {
          cls = "L";
          words.add(t);
        }
      } else {
        cls = t;
        marks++;
        char mark = t.charAt(0);
        if (mark != ',' && mark != last) {
          skeleton.append(mark);
        }
        last = mark;
      }
      if (opening == null) {
        opening = cls;
      }
    }
    return opening == null ? null
        : new Shape(opening, skeleton.toString(), slot, List.copyOf(words), size, !cased);
  }

  /**
   * Marks list rows among {@code blocks}, in place: a run of at least {@link #MIN_ROWS} one-line
   * blocks of one shape whose rows are filled-in templates. Prose, headings and date lines in
   * such a run become {@link LineClass#LIST}; other layout keeps its class.
   */
  static void mark(String text, List<Block> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      Shape first = shapeOf(text, blocks.get(i));
      int j = i + 1;
      while (first != null && j < blocks.size() && first.sameAs(shapeOf(text, blocks.get(j)))) {
        j++;
      }
      if (j - i >= MIN_ROWS) {
        markTemplates(text, blocks, i, j);
      }
      i = Math.max(j, i + 1);
    }
  }

  private static Shape shapeOf(String text, Block b) {
    Shape s = of(b.of(text));
    if (s == null || s.slot() < 0 || s.size() > (s.caseless() ? CASELESS_MAX_WORDS : MAX_WORDS)
        || s.words().size() > MAX_SMALL_WORDS || b.cls() == LineClass.REFERENCE || b.cls() == LineClass.FOOTNOTE
        || b.cls() == LineClass.CONTENTS || b.cls() == LineClass.CONTACT) {
      return null;
    }
    return s;
  }

  /** Within the run [from, to), the longest stretches of template rows become list rows. */
  private static void markTemplates(String text, List<Block> blocks, int from, int to) {
    List<Shape> shapes = new ArrayList<>();
    for (int k = from; k < to; k++) {
      shapes.add(shapeOf(text, blocks.get(k)));
    }
    int start = -1;
    for (int k = 0; k <= shapes.size(); k++) {
      boolean row = k < shapes.size() && template(shapes, k);
      if (row && start < 0) {
        start = k;
      } else if (!row && start >= 0) {
        if (k - start >= MIN_ROWS) {
          for (int r = start; r < k; r++) {
            Block b = blocks.get(from + r);
            if (b.cls() == LineClass.PROSE || b.cls() == LineClass.HEADING
                || b.cls() == LineClass.BYLINE) {
              blocks.set(from + r, new Block(b.span(), LineClass.LIST, b.origin()));
            }
          }
        }
        start = -1;
      }
    }
  }

  /**
   * True when row {@code k} is a filled-in template: at most one of its small words (or a third
   * of those it shares) is missing from the rows beside it. A sentence's verbs and nouns change
   * from line to line; a list row's words stay and only its names and figures change.
   */
  static boolean template(List<Shape> shapes, int k) {
    Set<String> others = new HashSet<>();
    for (int r = Math.max(0, k - NEIGHBOURS); r <= Math.min(shapes.size() - 1, k + NEIGHBOURS);
        r++) {
      if (r != k) {
        others.addAll(shapes.get(r).words());
      }
    }
    int own = 0;
    int shared = 0;
    for (String w : shapes.get(k).words()) {
      if (others.contains(w)) {
        shared++;
      } else {
        own++;
      }
    }
    return own <= 1 || own * 3 <= shared;
  }
}
