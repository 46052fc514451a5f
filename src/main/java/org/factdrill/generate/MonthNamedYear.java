package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * A year after an event named by its month, in a language that writes the month first in the
 * name and joins the year with a word ("the March Rising of 1930": month name, capitalised noun
 * of a thing that lasts, the pack's {@code name-year-joins}, the year). The year is the year of
 * that month's event, so it is still the sentence's year of that month, as a whole "March 1930"
 * would be: a yearless day of that month before it in the sentence is dated by it, and that day
 * is no date of the sentence's own that makes the name's year a mere label. The languages that
 * write the month after the event noun ("Cách mạng tháng Ba năm 1930") are read by
 * extract/NamedMonthYears; a language that names a thing by a noun in the construct state reads
 * "<noun> <month> <join> <year>" ("מהפכת מרץ של 1930", the March revolution of 1930) the same way.
 */
final class MonthNamedYear {
  /** Capitalised words the name may hold between its month and its noun ("March Days Rising"). */
  private static final int MAX_NAME_WORDS = 2;

  private MonthNamedYear() {}

  /**
   * The month (1-12) that names the event whose name's joining word stands right before the year
   * at {@code yearStart} of {@code text}, not before {@code sentenceStart}; 0 when there is none.
   */
  static int month(Language lang, String text, int sentenceStart, int yearStart) {
    if (lang == null || sentenceStart < 0 || yearStart <= sentenceStart
        || yearStart > text.length()) {
      return 0;
    }
    Set<String> joins = lang.pack().words("name-year-joins");
    if (joins.isEmpty()) {
      return 0;
    }
    Locale locale = lang.pack().locale();
    int[] w = wordBefore(text, sentenceStart, yearStart);
    if (w == null || !joins.contains(text.substring(w[0], w[1]).toLowerCase(locale))) {
      return 0;
    }
    int[] noun = wordBefore(text, sentenceStart, w[0]);
    if (noun == null) {
      return 0;
    }
    int m = monthAfterConstruct(lang, text, sentenceStart, noun);
    return m > 0 ? m : monthBeforeNoun(lang, text, sentenceStart, noun);
  }

  /**
   * "the March Uprising of": the word {@code noun} before the join is a capitalised noun of a thing
   * that lasts, and a full month name opens the name a few capitalised words before it.
   */
  private static int monthBeforeNoun(Language lang, String text, int sentenceStart, int[] noun) {
    if (!capitalised(text, noun) || !lang.pack().words("spanned-nouns").contains(
        text.substring(noun[0], noun[1]).toLowerCase(lang.pack().locale()))) {
      return 0;
    }
    int[] w = noun;
    for (int n = 0; n <= MAX_NAME_WORDS; n++) {
      w = wordBefore(text, sentenceStart, w[0]);
      if (w == null || !capitalised(text, w) || w[0] == sentenceStart) {
        return 0; // a sentence's first word is capitalised whatever it is
      }
      int m = fullMonth(lang, text.substring(w[0], w[1]));
      if (m > 0) {
        return m; // a full month name ("March"), never an abbreviation ("Mar")
      }
    }
    return 0;
  }

  /**
   * "מהפכת מרץ של": in a language that names a thing by a noun in the construct state
   * ({@code name-year-constructs}, prefix letters allowed), the word {@code month} before the join
   * is a month's name right after such a noun.
   */
  private static int monthAfterConstruct(Language lang, String text, int sentenceStart, int[] month) {
    Set<String> heads = lang.pack().words("name-year-constructs");
    Integer named = heads.isEmpty() ? null : lang.pack().monthForms().get(
        text.substring(month[0], month[1]).toLowerCase(lang.pack().locale()));
    int m = named == null ? 0 : named;
    int[] head = m > 0 ? wordBefore(text, sentenceStart, month[0]) : null;
    if (head == null) {
      return 0;
    }
    String word = text.substring(head[0], head[1]);
    String prefixes = lang.pack().prefixes();
    for (int p = 0; p < word.length() - 1 && p <= 3; p++) {
      if (p > 0 && prefixes.indexOf(word.charAt(p - 1)) < 0) {
        return 0;
      }
      if (heads.contains(word.substring(p))) {
        return m;
      }
    }
    return 0;
  }

  /**
   * True when {@code day} is a yearless day or month of {@code month} (the month that names the
   * event of year fact {@code year}) written before that year: the year dates it.
   */
  static boolean datesDay(int month, org.factdrill.extract.Fact day, org.factdrill.extract.Fact year) {
    if (month <= 0 || day.start() >= year.start()
        || !(day.value() instanceof org.factdrill.extract.Value.Date d)) {
      return false;
    }
    String iso = d.iso();
    return iso.startsWith("--") && iso.length() >= 4
        && Integer.parseInt(iso.substring(2, 4)) == month;
  }

  /**
   * The [start, end) of the word ending right before {@code end} after one space (letters only),
   * not before {@code from}; null when a mark or figure stands between.
   */
  private static int[] wordBefore(String text, int from, int end) {
    int e = end;
    if (e - 1 < from || text.charAt(e - 1) != ' ') {
      return null;
    }
    e--;
    int s = e;
    while (s > from && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s == e ? null : new int[] {s, e};
  }

  /** The month (1-12) whose full name (the pack's first month list) {@code word} is; else 0. */
  private static int fullMonth(Language lang, String word) {
    java.util.List<java.util.List<String>> lists = lang.pack().monthNames();
    if (lists.isEmpty()) {
      return 0;
    }
    java.util.List<String> names = lists.get(0);
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equals(word)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean capitalised(String text, int[] w) {
    return Character.isUpperCase(text.charAt(w[0]));
  }
}
