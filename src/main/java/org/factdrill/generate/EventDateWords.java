package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.lang.WordPatterns;

/**
 * The pack words around an event's date that chronology questions ({@link Timeline},
 * {@link ChronologyItems}) read, from every pack, as regular-expression alternatives: words
 * that make a date a bound, words that introduce a date and go with it when an event is shown
 * without its date, and words that open a period.
 */
final class EventDateWords {
  /** Words right before a date making it a bound ("since", "until", "trước"; {@code bound-words}). */
  static final String BOUND = WordPatterns.anyPack("bound-words");
  /** Prefix letters doing the same ("מ", "ו"; {@code bound-prefixes}). */
  static final String BOUND_PREFIXES = WordPatterns.anyPack("bound-prefixes");
  /**
   * Words introducing a date, removed with it ("in", "vào năm", "בשנת"; {@code date-lead-words}),
   * each pack's month names (a month left over when only the year was recognized), and words
   * written with a day or month number ("tháng 5"; {@code date-lead-numbered}).
   */
  static final String DATE_LEAD = dateLead();
  /** Prefix letters introducing a date ("ב", "ה"; {@code date-lead-prefixes}). */
  static final String DATE_LEAD_PREFIXES = WordPatterns.anyPack("date-lead-prefixes");
  /**
   * Words that opened a period, left before the hole ("from", "between", "từ"; {@code
   * period-lead-words}), and prefix letters doing so ("מ"; {@code period-lead-prefixes}).
   */
  static final String PERIOD_LEAD = WordPatterns.anyPack("period-lead-words") + "|"
      + WordPatterns.anyPack("period-lead-prefixes");

  private EventDateWords() {}

  private static String dateLead() {
    TreeSet<String> months = new TreeSet<>();
    for (LanguagePack p : LanguagePacks.all()) {
      if (!p.monthNames().isEmpty()) {
        for (String m : p.monthNames().get(0)) {
          months.add(m.toLowerCase(p.locale()));
        }
      }
    }
    List<String> alts = new ArrayList<>();
    alts.add(WordPatterns.anyPack("date-lead-words"));
    alts.add(WordPatterns.alternation(months));
    for (String w : new TreeSet<>(LanguagePacks.allWords("date-lead-numbered"))) {
      alts.add(Pattern.quote(w) + " \\d{1,2}");
    }
    return String.join("|", alts);
  }
}
