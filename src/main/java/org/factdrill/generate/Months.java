package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/** Month names of every language pack, to vary a date written as a month name. */
final class Months {
  /** Every pack's month lists (names, abbreviations, cases), with the pack's prefix letters. */
  private static final List<List<String>> NAMES = new ArrayList<>();
  private static final List<Pattern> BEFORE = new ArrayList<>();

  static {
    for (LanguagePack p : LanguagePacks.all()) {
      for (List<String> list : p.monthNames()) {
        NAMES.add(list);
        // A language with prefix letters attaches prepositions to the word (בספטמבר).
        BEFORE.add(Pattern.compile(p.prefixes().isEmpty() ? "(?<!\\p{L})"
            : "(?<![\\p{L}&&[^" + p.prefixes() + "]])"));
      }
    }
  }

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
      Matcher m = Pattern.compile(BEFORE.get(list).pattern() + Pattern.quote(name) + "(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
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
