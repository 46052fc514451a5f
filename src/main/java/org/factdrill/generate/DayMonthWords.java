package org.factdrill.generate;

import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.lang.WordPatterns;

/**
 * A number written beside a month is a day or a month, not a count ("May 8", "8th of May",
 * "ngày 8", "tháng 5", "8 בינואר"). The words are every pack's: month forms (months.tsv and
 * CLDR), {@code day-words}, {@code month-number-words} (after the number, with one of
 * {@code month-marker-numbers} or digits after them), {@code ordinal-endings},
 * {@code day-month-links} and the prefix letters a month takes after a day
 * ({@code day-month-prefixes}).
 */
final class DayMonthWords {
  private static final String MONTHS = months();
  /** A month word or a day or month marker right before the number. */
  static final Pattern BEFORE = Pattern.compile("(?iu)(?:(?<!\\p{L})(?:" + MONTHS + ")|\\b(?:"
      + WordPatterns.anyPack("day-words") + "|" + WordPatterns.anyPack("month-number-words")
      + "))\\.?\\s*$");
  /**
   * A month (with an ordinal ending, a link word or prefix letters) right after, or a month marker
   * with its month's number ("5 tháng 3", "5 tháng Ba"); a marker with no number after it counts
   * months ("3 tháng vây hãm").
   */
  static final Pattern AFTER = Pattern.compile("(?iu)^(?:\\s*(?:"
      + WordPatterns.anyPack("ordinal-endings") + ")?\\s+(?:(?:"
      + WordPatterns.anyPack("day-month-links") + ")\\s+)?(?:(?:"
      + WordPatterns.anyPack("day-month-prefixes") + ")?(?:" + MONTHS + "))(?!\\p{L})"
      + "|\\s+(?:" + WordPatterns.anyPack("month-number-words") + ")\\s*(?:\\d{1,2}(?!\\d)|(?:"
      + WordPatterns.anyPack("month-marker-numbers") + ")(?!\\p{L}))|\\s*/\\s*\\d{1,2}\\b)");

  private DayMonthWords() {}

  private static String months() {
    TreeSet<String> forms = new TreeSet<>();
    for (LanguagePack p : LanguagePacks.all()) {
      forms.addAll(p.monthForms().keySet());
    }
    return WordPatterns.alternation(forms);
  }
}
