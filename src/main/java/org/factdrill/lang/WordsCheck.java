package org.factdrill.lang;

import java.util.Set;

/**
 * Checks one line of a pack's words.tsv while it loads, so that a malformed entry fails with
 * its file and line (the loader adds them) instead of changing behaviour silently.
 */
final class WordsCheck {
  /** Categories whose entries are single prefix letters written onto the next word. */
  private static final Set<String> LETTERS = Set.of("bound-prefixes", "date-lead-prefixes",
      "period-lead-prefixes", "day-month-prefixes");
  /** Categories whose entries are {@code letters=value}: a scale letter and what it multiplies by. */
  private static final Set<String> SCALES = Set.of("typed-scale-suffixes");

  private WordsCheck() {}

  /** Throws IllegalArgumentException, saying what is wrong, when the columns are not a valid entry. */
  static void row(String[] c) {
    if (c.length != 2 || c[0].isBlank() || c[1].isBlank()) {
      throw new IllegalArgumentException("expected two tab-separated columns, category and entry");
    }
    String e = c[1].strip();
    if (LETTERS.contains(c[0]) && e.codePointCount(0, e.length()) != 1) {
      throw new IllegalArgumentException(c[0] + " entries are single letters, not '" + e + "'");
    }
    if (SCALES.contains(c[0]) && !e.matches("[^=\\s]+=[1-9][0-9]{0,17}")) {
      throw new IllegalArgumentException(c[0] + " entries are letters=value, like k=1000");
    }
    // An other calendar's month spellings (extract/CalendarDates): form=ICU month index.
    if (c[0].endsWith("-months") && !e.matches(".*[^=\\s]=(?:[0-9]|1[0-2])")) {
      throw new IllegalArgumentException(c[0] + " entries are form=month, ICU's month index 0-12");
    }
  }
}
