package org.factdrill.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.WordPatterns;
import org.factdrill.text.Language;

/**
 * A year article: a page whose title is a year, alone or with the place or field it tells of
 * ("1949", "1949 in science", "Năm 1949 tại Hà Nội", "1949 בישראל"). The whole page is that
 * year, so a day or month its prose writes without a year, with no other year stated before it
 * in its paragraph, is of the title's year. A title that names something else by a year ("The
 * war of 1979", "1979 elections") is not one: its topic may run into other years.
 */
final class YearArticles {
  private YearArticles() {}

  /** The title's year when the title is a year article's, else -1. */
  static int year(String title, Language lang) {
    if (title == null || title.isBlank()) {
      return -1;
    }
    Matcher m = shape(lang.pack()).matcher(title.strip());
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  /**
   * An optional year word of the pack ("Năm", "שנת"), the year, then nothing or a join of the
   * pack ("in", "tại", a glued "ב") and at most four words naming the place or field.
   */
  private static Pattern shape(LanguagePack p) {
    String lead = p.words("year-title-leads").isEmpty() ? ""
        : "(?:(?:" + WordPatterns.alternation(p.words("year-title-leads")) + ")\\s+)?";
    StringBuilder join = new StringBuilder();
    if (!p.words("year-title-joins").isEmpty()) {
      join.append("\\s+(?:").append(WordPatterns.alternation(p.words("year-title-joins")))
          .append(")\\s+\\p{L}[\\p{L}\\p{M}'’.-]*");
    }
    if (!p.words("year-title-join-prefixes").isEmpty()) {
      join.append(join.length() > 0 ? "|" : "").append("\\s+[")
          .append(Pattern.quote(String.join("", p.words("year-title-join-prefixes"))))
          .append("]-?\\p{L}[\\p{L}\\p{M}'’\"״.-]*");
    }
    String rest = join.length() == 0 ? ""
        : "(?:(?:" + join + ")(?:\\s+\\p{L}[\\p{L}\\p{M}'’\"״.-]*){0,3})?";
    return Pattern.compile("(?iu)" + lead + "(\\d{3,4})" + rest);
  }
}
