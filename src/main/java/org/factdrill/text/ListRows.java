package org.factdrill.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A run of short lines each holding a year ("1795 – Town, Region.", "Town, 1848", a family's
 * years and towns) is a list, not prose: a row has no subject and no verb to ask about, even
 * when it ends with a full stop. Found by shape alone, so in every language: three such lines
 * in a row (blank lines between or not), or two that open alike with a year and a dash, colon or
 * comma. The rows become table rows (layout); a dated byline stays what it is.
 */
final class ListRows {
  /** A row is this short. */
  private static final int MAX_WORDS = 8;
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])\\d{3,4}(?![\\d.,]\\d)");
  /** A row that opens with its year and a separator: "1795 – Town", "1848: Town". */
  private static final Pattern LEAD = Pattern.compile("^\\(?\\d{3,4}\\)?\\s*[–—:,\\-]\\s*\\S");
  /** A row that ends with its year after a separator: "Town – 1905". */
  private static final Pattern TRAIL = Pattern.compile("\\S\\s*[–—:,\\-(]\\s*\\d{3,4}\\)?\\.?$");

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
      if (j - i >= 3 || j - i == 2 && led == 2) {
        for (int k = i; k < j; k++) {
          Block b = blocks.get(k);
          blocks.set(k, new Block(b.span(), LineClass.INFOBOX, b.origin()));
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
    if (c == LineClass.BYLINE) {
      return LEAD.matcher(s).find() || TRAIL.matcher(s).find();
    }
    return c == LineClass.PROSE || c == LineClass.HEADING || c == LineClass.CAPTION
        || c == LineClass.INFOBOX;
  }

  private static String strip(String s) {
    return s.strip().replaceFirst("^[-*•·▪►◦–]\\s+", "");
  }
}
