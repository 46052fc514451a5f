package org.factdrill.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The licence header of an e-book: above the book's text, the e-book's own record ("Release
 * Date: <date> [EBook #1234]", "Last updated: <date>"). Its dates and numbers are the file's,
 * not the history the book tells: the lines are chrome, whose figures are no facts. A header is
 * an e-book's when one of its first lines names the e-book (the pack's {@code ebook.words});
 * the release labels are the pack's {@code ebook.release}.
 */
final class EbookHeaders {
  /** The header of an e-book is among the first lines of the file. */
  private static final int HEADER_BLOCKS = 30;
  /** A line names its e-book within this many characters. */
  private static final int SCAN = 200;
  private static final Pattern NUMBER_SIGN = Pattern.compile("\\s*[#№]\\s*\\d");
  private static final Map<Language, EbookHeaders> ALL =
      LayoutProperties.each((l, p) -> new EbookHeaders(p));

  private final Pattern ebookWord;
  private final Pattern release;

  private EbookHeaders(Properties p) {
    ebookWord = Pattern.compile(alternation(p.getProperty("ebook.words", ""), "",
        "(?![\\p{L}\\p{M}])"));
    release = Pattern.compile(alternation(p.getProperty("ebook.release", ""), "^\\W{0,3}",
        "\\s*[:：]"));
  }

  /** Reclassifies the release lines of an e-book's header among {@code blocks} as chrome. */
  static void mark(String text, List<Block> blocks, Language lang) {
    EbookHeaders h = ALL.get(lang);
    if (h == null) {
      return;
    }
    int end = Math.min(blocks.size(), HEADER_BLOCKS);
    boolean ebook = false;
    for (int i = 0; i < end && !ebook; i++) {
      ebook = h.ebookAt(blocks.get(i).of(text)) >= 0;
    }
    if (!ebook) {
      return;
    }
    for (int i = 0; i < end; i++) {
      Block b = blocks.get(i);
      if (b.cls().holdsFacts() && h.isRecordLine(b.of(text))) {
        blocks.set(i, new Block(b.span(), LineClass.CHROME, b.origin()));
      }
    }
  }

  /** A release label and its value, or a line holding the e-book's number ("[EBook #1234]"). */
  private boolean isRecordLine(String line) {
    String s = line.strip();
    if (release.matcher(s).lookingAt()) {
      return true;
    }
    int at = ebookAt(s);
    return at >= 0 && NUMBER_SIGN.matcher(s).region(at, s.length()).lookingAt();
  }

  /**
   * The end of the first e-book word among the line's first {@link #SCAN} characters (a header
   * names its e-book early), or -1. Tried at word starts only: no search over a paragraph.
   */
  private int ebookAt(String line) {
    Matcher m = ebookWord.matcher(line);
    int lim = Math.min(line.length(), SCAN);
    for (int k = 0; k < lim; k++) {
      boolean start = k == 0 || !Character.isLetter(line.charAt(k - 1))
          && Character.getType(line.charAt(k - 1)) != Character.NON_SPACING_MARK;
      if (start && Character.isLetter(line.charAt(k)) && m.region(k, line.length()).lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }

  private static String alternation(String alternatives, String before, String after) {
    List<String> parts = Arrays.stream(alternatives.split("\\|")).map(String::strip)
        .filter(a -> !a.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).toList();
    return parts.isEmpty() ? "(?!)" : "(?iu)" + before + "(?:" + String.join("|", parts) + ")" + after;
  }
}
