package org.factdrill.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A site's own name at a page's top, never the page's title. A wiki that reposts an article
 * (a fan wiki about an army reposting an encyclopedia's article on a war) heads the page with its
 * name ("X Wiki", "X ויקי | Fandom"), often its topic said again alone ("X") and its furniture
 * ("Advertisement"); the article's own heading is the first heading after that chrome. The prose
 * of the article speaks of the wiki's topic as much as of the article's subject, so the words the
 * prose repeats cannot tell them apart; the page's order does. A line names the site when every
 * part of it (between a title's separators) holds a chrome word of the pack (a wiki's name, the
 * site family's), when all its words stand in such a line of the page's top, or when it stands
 * above a line made only of chrome words ("Advertisement") that another heading follows before
 * the article.
 */
final class SiteNames {
  /** Only the page's top: the site's header is above the article. */
  private static final int TOP_BLOCKS = 24;
  /** A site's name is short. */
  private static final int MAX_WORDS = 8;
  /**
   * A page of the site rather than its name: a namespace's colon ("Wikipedia:Page"), a quoted
   * page's name ("Difference between revisions of “X”").
   */
  private static final Pattern NAMED = Pattern.compile("[:：\"“”„«»]");
  private static final Pattern PART_SEP = Pattern.compile("\\s+[-–—|/·•»]\\s+|\\s*\\|\\s*");

  private SiteNames() {}

  /** True when block {@code i} among the page's top blocks is the site's name, not the page's. */
  static boolean names(String text, List<Block> blocks, int i, LayoutWords w) {
    String line = blocks.get(i).of(text).strip();
    if (siteLine(line, w)) {
      return true;
    }
    Set<String> own = words(line);
    if (own.isEmpty()) {
      return false;
    }
    int top = Math.min(blocks.size(), TOP_BLOCKS);
    for (int j = 0; j < top; j++) {
      String other = blocks.get(j).of(text).strip();
      if (j != i && siteLine(other, w) && words(other).containsAll(own)) {
        return true; // the site's topic said alone: "X" beside "X Wiki"
      }
    }
    return aboveChrome(text, blocks, i, top, w);
  }

  /**
   * Block {@code i} stands above a line made only of chrome words, and a heading follows that
   * line before the article's first paragraph: {@code i} heads the site, the later one the article.
   */
  private static boolean aboveChrome(String text, List<Block> blocks, int i, int top,
      LayoutWords w) {
    boolean chrome = false;
    for (int j = i + 1; j < top; j++) {
      Block b = blocks.get(j);
      String s = b.of(text).strip();
      if (b.cls() == LineClass.PROSE && !onlyChrome(s, w)) {
        return false; // the article began
      }
      if (onlyChrome(s, w)) {
        chrome = true;
      } else if (chrome && (b.cls() == LineClass.HEADING || b.cls() == LineClass.CAPTION)) {
        return true;
      }
    }
    return false;
  }

  /** Every part of {@code line} holds a chrome word: a site's name, not a title with its site. */
  static boolean siteLine(String line, LayoutWords w) {
    if (line.isEmpty() || line.indexOf('\n') >= 0 || LayoutClassifier.words(line) > MAX_WORDS
        || NAMED.matcher(line).find() || !w.hasChrome(line)) {
      return false;
    }
    for (String part : PART_SEP.split(line)) {
      if (!part.isBlank() && !w.hasChrome(part)) {
        return false;
      }
    }
    return true;
  }

  /** The line is chrome words alone ("Advertisement"). */
  private static boolean onlyChrome(String line, LayoutWords w) {
    return !line.isEmpty() && line.indexOf('\n') < 0 && LayoutClassifier.words(line) <= 3
        && w.onlyChrome(line);
  }

  private static Set<String> words(String line) {
    Set<String> out = new HashSet<>();
    int k = 0;
    while (k < line.length()) {
      while (k < line.length() && !Character.isLetter(line.charAt(k))) {
        k++;
      }
      int start = k;
      while (k < line.length() && (Character.isLetter(line.charAt(k))
          || Character.getType(line.charAt(k)) == Character.NON_SPACING_MARK
          || "'’\"״׳".indexOf(line.charAt(k)) >= 0)) {
        k++;
      }
      if (k > start) {
        out.add(line.substring(start, k).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }
}
