package org.factdrill.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's pager, the row of page numbers and arrows of a book or list split over pages ("|< 127
 * 128 129 … >|", "« 1 2 3 »"): page numbers counting up one by one with nothing but arrows,
 * brackets and dots between them. It is navigation (links), and a line standing above it with
 * only menu lines between (a site's label, "Author's list", "Prev. Next") heads no prose but the
 * pager: it is the site's chrome, never the title of the text under it.
 */
final class PagerRows {
  /** A pager shows at least this many page numbers in a row. */
  private static final int MIN_NUMBERS = 3;
  /** A line of a menu between a label and its pager has at most this many words. */
  private static final int MENU_WORDS = 4;
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");
  /** A mark that skips pages ("1 2 3 … 40"): the next number may jump. */
  private static final Pattern SKIP = Pattern.compile("(?:…|\\.{2,})");

  private PagerRows() {}

  /** Reclassifies pager rows among {@code blocks} as links, in place. */
  static void mark(String text, List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      // (a calendar's grid counts up too: it stays chrome, whose numbers are no facts)
      if (b.cls() != LineClass.LINKS && b.cls() != LineClass.CHROME && isPager(b.of(text))) {
        blocks.set(i, new Block(b.span(), LineClass.LINKS, b.origin()));
      }
    }
  }

  /**
   * True when the line is a pager: three or more page numbers, each one more than the one before
   * (or any larger number after a skip mark), and no token but numbers and marks without a letter.
   */
  static boolean isPager(String line) {
    Matcher m = TOKEN.matcher(line);
    int numbers = 0;
    long last = -1;
    boolean skipped = false;
    while (m.find()) {
      String t = m.group();
      if (NUMBER.matcher(t).matches()) {
        long n = Long.parseLong(t);
        if (last >= 0 && n != last + 1 && !(skipped && n > last)) {
          return false;
        }
        last = n;
        skipped = false;
        numbers++;
      } else if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
        return false; // a word or a figure glued to a mark: no pager
      } else {
        skipped |= SKIP.matcher(t).find();
      }
    }
    return numbers >= MIN_NUMBERS;
  }

  /**
   * True when a pager row stands below block {@code i} with only short menu lines between
   * (links, or headings or author lines of a few words): block {@code i} labels a site's navigation.
   */
  static boolean labelsPager(String text, List<Block> blocks, int i) {
    for (int k = i + 1; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      String s = b.of(text).strip();
      if (isPager(s)) {
        return true;
      }
      boolean menu = b.cls() == LineClass.LINKS || (b.cls() == LineClass.HEADING
          || b.cls() == LineClass.BYLINE) && LayoutClassifier.words(s) <= MENU_WORDS;
      if (!menu) {
        return false;
      }
    }
    return false;
  }
}
