package org.factdrill.generate;

import java.util.regex.Pattern;
import org.factdrill.text.Language;
import org.factdrill.text.LayoutWords;

/**
 * A title that is only a date ("November 2014", "Tháng 11 năm 2014", "נובמבר 2014", "12.11.2014"):
 * an archive page's or a day's heading names no topic, and as a question's context line it looks
 * like the fact's own time. Only month names, the pack's year word, figures and punctuation.
 */
final class DateOnlyTitles {
  /** Figures, punctuation, symbols and spaces: what is left of a date once its month is gone. */
  private static final Pattern REST = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]+");

  private DateOnlyTitles() {}

  /** A year's figures: a dated page's own time, not a day of every year's page. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{3,4}(?!\\d)");

  /**
   * True when {@code line} holds a year and no word but month names and the year word. A day and
   * month alone ("8 March", a page of that day's events in history) names the day its entries
   * share, and stays.
   */
  static boolean only(String line, Language lang) {
    if (line == null || !YEAR.matcher(line).find()) {
      return false;
    }
    LayoutWords w = LayoutWords.of(lang);
    String rest = w.months().matcher(line).replaceAll(" ");
    if (!w.yearWord().isEmpty()) {
      rest = rest.replace(w.yearWord(), " ").replace(capital(w.yearWord()), " ");
    }
    return REST.matcher(rest).replaceAll("").isEmpty();
  }

  private static String capital(String word) {
    return word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
  }
}
