package org.factdrill.generate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * Whether a date's own text writes its month ("19 tháng 3", "19/3", "March 19", "ngày 5 tháng
 * Năm"), not a day alone ("ngày 19"). A day phrase counted from another day ("the night before",
 * "hôm sau") restated by such a date is its apposition: the day and month are written, only the
 * year is left to the nearest full date before, as for any yearless day-month.
 */
final class WrittenMonth {
  private static final Pattern PART = Pattern.compile("\\d+|[\\p{L}\\p{M}]+");

  private WrittenMonth() {}

  /** True when {@code text} holds a month's name or two numbers (a day and its month). */
  static boolean in(Language lang, String text) {
    int numbers = 0;
    Matcher m = PART.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (lang.pack().monthForms().containsKey(w)) {
        return true;
      }
      if (Character.isDigit(w.charAt(0)) || lang.pack().numerals().containsKey(w)) {
        numbers++;
      }
    }
    return numbers >= 2;
  }
}
