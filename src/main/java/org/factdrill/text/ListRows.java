package org.factdrill.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A run of short lines each holding a year ("1795 – Town, Region.", "Town, 1848", a family's
 * years and towns) is a list, not prose: a row has no subject and no verb to ask about, even
 * when it ends with a full stop. Found by shape alone, so in every language: three such lines
 * in a row (blank lines between or not), most of them opening or ending with their year after or
 * before a dash, colon or comma, or two that do. Prose rows become list rows (layout); so do
 * headings and date lines in a row's shape. Rows of any other shape repeated line after line are
 * {@link RowShapes}' to find.
 */
final class ListRows {
  /** A row is this short. */
  private static final int MAX_WORDS = 8;
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])\\d{3,4}(?![\\d.,]\\d)");
  /** A row that opens with its year and a separator: "1795 – Town", "1848: Town". */
  private static final Pattern LEAD = Pattern.compile("^\\(?\\d{3,4}\\)?\\s*[–—:,\\-]\\s*\\p{L}");
  /** A row that ends with its year after a separator: "Town – 1905". */
  private static final Pattern TRAIL = Pattern.compile(
      "\\p{L}[\\p{M}'\"׳״]*\\s*[–—:,\\-(]\\s*\\d{3,4}\\)?\\.?$");

  private ListRows() {}

  static void mark(String text, List<Block> blocks) {
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      int led = 0;
      while (j < blocks.size() && row(text, blocks.get(j))) {
        String s = strip(blocks.get(j).of(text));
        led += LEAD.matcher(s).find() || TRAIL.matcher(s).find() ? 1 : 0;
        j++;
      }
      // Most rows open or end with their year: short sentences with a year in their middle
      // ("In 1849 the army fled.") are prose told line by line.
      if (j - i >= 3 && led * 2 >= j - i || j - i == 2 && led == 2) {
        for (int k = i; k < j; k++) {
          Block b = blocks.get(k);
          if (b.cls() == LineClass.PROSE || b.cls() == LineClass.HEADING
              || b.cls() == LineClass.BYLINE) {
            blocks.set(k, new Block(b.span(), LineClass.LIST, b.origin()));
          }
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  /** One line, short, holding a year; a byline only when it opens or ends with its year. */
  private static boolean row(String text, Block b) {
    String s = strip(b.of(text));
    if (s.indexOf('\n') >= 0 || LayoutClassifier.words(s) > MAX_WORDS
        || !YEAR.matcher(s).find()) {
      return false;
    }
    LineClass c = b.cls();
    if (c == LineClass.BYLINE || c == LineClass.HEADING) {
      // A date line, a headline: a row only in a row's shape ("1795 – Town", "Town, 1848").
      return LEAD.matcher(s).find() || TRAIL.matcher(s).find();
    }
    // Captions and table rows a reader found count as rows and keep their class.
    return c == LineClass.PROSE || c == LineClass.CAPTION || c == LineClass.INFOBOX
        || c == LineClass.LIST;
  }

  private static String strip(String s) {
    return s.strip().replaceFirst("^[-*•·▪►◦–]\\s+", "");
  }
}
