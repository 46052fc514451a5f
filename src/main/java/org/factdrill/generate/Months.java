package org.factdrill.generate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Month names in English and Hebrew, to vary a date written as a month name. */
final class Months {
  private static final List<List<String>> NAMES = List.of(
      List.of("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"),
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
      List.of("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
          "אוקטובר", "נובמבר", "דצמבר"));

  private Months() {}

  /** Where a text names a month, and in which list. */
  record Match(int start, int end, int list) {
    String replace(String text, int month) {
      return text.substring(0, start) + NAMES.get(list).get(month - 1) + text.substring(end);
    }
  }

  /** The one place {@code text} names {@code month} (1-12), or null. */
  static Match find(String text, int month) {
    for (int list = 0; list < NAMES.size(); list++) {
      String name = NAMES.get(list).get(month - 1);
      // Hebrew attaches prepositions (ב, ל, מ, ה) to the word; English names stand alone.
      String before = list == 2 ? "(?<![\\p{L}&&[^בלמהו]])" : "(?<!\\p{L})";
      Matcher m = Pattern.compile(before + Pattern.quote(name) + "(?!\\p{L})",
          list == 2 ? 0 : Pattern.CASE_INSENSITIVE).matcher(text);
      if (m.find()) {
        return new Match(m.start(), m.end(), list);
      }
    }
    return null;
  }

  /** The month (1-12) a word names, or 0. */
  static int parse(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (List<String> names : NAMES) {
      for (int i = 0; i < 12; i++) {
        if (names.get(i).toLowerCase(Locale.ROOT).equals(w)) {
          return i + 1;
        }
      }
    }
    return 0;
  }
}
