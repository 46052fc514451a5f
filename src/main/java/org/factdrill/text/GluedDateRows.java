package org.factdrill.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A date line whose label lost its cell break ("Thành lập12 tháng 3 năm 1702", "Abolished4
 * September 1738"): a data box's row pasted without the break between its label and its
 * value, a letter written straight onto the date's first digit. Prose and a byline write a space
 * before a day; a box's row dates what its label names, so such a line is an infobox row, never
 * the page's byline. A date word glued to its own figure ("Ngày12 …", "năm1993") is no label, and
 * a label the pack's byline or publication words open ("Updated12 …") stays a byline.
 */
final class GluedDateRows {
  /** A label is this many words at most. */
  private static final int MAX_LABEL = 4;

  private GluedDateRows() {}

  /** Marks such lines among {@code blocks}, in place. */
  static void mark(String text, List<Block> blocks, LayoutWords w) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.cls() != LineClass.BYLINE) {
        continue;
      }
      String s = b.of(text).strip();
      int seam = seam(s);
      if (seam < 0 || s.indexOf('\n') >= 0) {
        continue;
      }
      String spaced = s.substring(0, seam) + " " + s.substring(seam);
      String glued = lastWord(s.substring(0, seam)).toLowerCase(Locale.ROOT);
      if (!w.opensByline(spaced) && !w.opensPublished(spaced) && !dateWord(w, glued)) {
        blocks.set(i, new Block(b.span(), LineClass.INFOBOX, b.origin()));
      }
    }
  }

  /**
   * Where the line's first figure starts when a label of one to {@link #MAX_LABEL} words, letters
   * only, is written straight onto it; else -1.
   */
  static int seam(String s) {
    if (s.isEmpty() || !Character.isLetter(s.codePointAt(0))) {
      return -1;
    }
    int words = 1;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isDigit(c)) {
        boolean glued = k > 0 && (Character.isLetter(s.charAt(k - 1))
            || Character.getType(s.charAt(k - 1)) == Character.NON_SPACING_MARK);
        return glued && words <= MAX_LABEL ? k : -1;
      }
      if (c == ' ') {
        words++;
      } else if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
        return -1; // a colon, a comma, a bracket: not a bare label
      }
    }
    return -1;
  }

  private static String lastWord(String label) {
    int sp = label.lastIndexOf(' ');
    return sp < 0 ? label : label.substring(sp + 1);
  }

  private static boolean dateWord(LayoutWords w, String word) {
    var pack = w.language().pack();
    for (String list : List.of("day-words", "year-words", "month-number-words",
        "time-prepositions")) {
      Set<String> words = pack.words(list);
      if (words.contains(word)) {
        return true;
      }
    }
    return w.months().matcher(word).find();
  }
}
