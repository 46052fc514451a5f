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

  /** True when {@code line} holds a figure and no word but month names and the year word. */
  static boolean only(String line, Language lang) {
    if (line == null || line.chars().noneMatch(Character::isDigit)) {
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
