package org.factdrill.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A listing of one paragraph per entity known from fewer than three sure rows: a short excerpt of
 * a reference page shows one or two rows, so it is a listing only when the page shows more of a
 * listing's signs: its column headers as short lines of their own right above the first row (two
 * of them, or one with another sign), labels of one shape (as many words each), both rows sure
 * (a label before a sentence opener or its own name again), or the last row cut by the end of
 * the text (an excerpt ends mid-row; an article ends its last sentence). A row in title case
 * ("Kings Of The North In The Old Days") is a headline, not a label before a sentence.
 */
final class FewRows {
  /** A line in title case has this many capitalised words after its label. */
  private static final int TITLE_WORDS = 4;
  /** The words after a label read for its sentence's case. */
  private static final int AFTER = 6;
  private static final String ENDS = ".!?…\"'”’)]";

  private FewRows() {}

  /**
   * The rows of a listing of fewer than three sure rows in {@code text}, from the candidates
   * {@code rows} (sure or not); empty when the page shows too few signs of a listing.
   */
  static List<LabelRows.Row> of(String text, List<LabelRows.Row> rows, List<Boolean> sure,
      Set<String> particles) {
    int first = sure.indexOf(true);
    if (first < 0) {
      return List.of();
    }
    if (first > 0 && !LabelRows.headers(text, rows.get(0).start()).isEmpty()) {
      first = 0; // (the first row, right under the headers, runs into a name)
    }
    List<LabelRows.Row> kept = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    Set<Integer> shapes = new HashSet<>();
    int sures = 0;
    for (int i = first; i < rows.size(); i++) {
      LabelRows.Row r = rows.get(i);
      if (r.end() >= text.length() || text.charAt(r.end()) != ' '
          || titleCase(text, r, particles)) {
        continue;
      }
      String label = text.substring(r.start(), r.end());
      if (!labels.add(label)) {
        return List.of(); // (a headline repeated on a page is no listing of entities)
      }
      kept.add(r);
      shapes.add(LabelRows.words(text, r.start(), LabelRows.MAX_LABEL + 1).stream()
          .filter(w -> w[1] <= r.end()).toList().size());
      sures += sure.get(i) ? 1 : 0;
    }
    if (kept.isEmpty() || sures == 0) {
      return List.of();
    }
    int headers = LabelRows.headers(text, kept.get(0).start()).size();
    boolean cut = cut(text, kept.get(kept.size() - 1));
    boolean sameShape = kept.size() > 1 && shapes.size() == 1;
    int signs = (headers > 0 ? 1 : 0) + (headers > 1 ? 1 : 0) + (cut ? 1 : 0)
        + (sameShape ? 1 : 0) + (sures > 1 ? 1 : 0);
    boolean listing = switch (kept.size()) {
      case 1 -> headers > 1 && cut;
      case 2 -> headers > 0 && signs >= 2;
      default -> signs >= 1 && sures > 1;
    };
    return listing ? List.copyOf(kept) : List.of();
  }

  /** True when the text ends inside {@code last}'s paragraph without ending its sentence. */
  private static boolean cut(String text, LabelRows.Row last) {
    String rest = text.substring(last.end()).stripTrailing();
    return !rest.isEmpty() && !rest.contains("\n\n")
        && ENDS.indexOf(rest.charAt(rest.length() - 1)) < 0;
  }

  /** True when the words after {@code r}'s label are capitalised as a headline's are. */
  private static boolean titleCase(String text, LabelRows.Row r, Set<String> particles) {
    List<int[]> ws = LabelRows.words(text, r.end(), AFTER);
    int caps = 0;
    for (int[] w : ws) {
      String s = LabelRows.of(text, w);
      if (Character.isUpperCase(s.codePointAt(0))) {
        caps++;
      } else if (!particles.contains(s.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return caps >= TITLE_WORDS;
  }

  /**
   * True when the line at {@code at} goes on the paragraph of the line above in a hard-wrapped
   * text at {@code width} (or -1: not wrapped): its first word would not have fit on that line,
   * so the wrap broke it there, not a paragraph's end (a word that fits stays on its line). A
   * text of one line a paragraph has no such width: its lines end where paragraphs end.
   */
  static boolean wrappedOn(String text, int at, int width) {
    int end = at - 1;
    if (width < 0 || end <= 0 || text.charAt(end) != '\n') {
      return false;
    }
    int from = text.lastIndexOf('\n', end - 1) + 1;
    int above = end - from;
    if (above == 0 || above > width) {
      return false;
    }
    int word = at;
    while (word < text.length() && !Character.isWhitespace(text.charAt(word))) {
      word++;
    }
    // The line above plus a space and this line's first word is over the width: the wrap broke
    // the line there, and the paragraph goes on (had the word fit, a paragraph ended above).
    return above + 1 + (word - at) > width;
  }

  /**
   * The width a hard-wrapped text is wrapped at: its longest line, when at least a third of its
   * lines come within a sixth of it (a wrap fills most lines); -1 for a text of paragraph lines.
   */
  static int width(String text) {
    int longest = 0;
    List<Integer> lengths = new ArrayList<>();
    for (int from = 0; from < text.length(); ) {
      int eol = text.indexOf('\n', from);
      int to = eol < 0 ? text.length() : eol;
      if (to > from) {
        lengths.add(to - from);
        longest = Math.max(longest, to - from);
      }
      from = to + 1;
    }
    int full = 0;
    for (int n : lengths) {
      full += n >= longest - longest / 6 ? 1 : 0;
    }
    return lengths.size() >= 3 && 3 * full >= lengths.size() ? longest : -1;
  }
}
