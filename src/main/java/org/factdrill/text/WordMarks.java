package org.factdrill.text;

import java.util.regex.Pattern;

/**
 * Marks that look like citation punctuation but belong to a word. A double quote between two
 * letters is no quotation but an acronym or letter-numeral mark (Hebrew gershayim: "תרנ"ד",
 * "ח"כ"), and a year in brackets right after such a letter numeral glosses a date of another
 * calendar ("תרנ"ד (1864)"), as a reference entry's "(1864)" after an author never does.
 */
final class WordMarks {
  /** A double quote with a letter on both sides: part of the word. */
  private static final Pattern INSIDE = Pattern.compile("(?<=\\p{L})[\"״](?=\\p{L})");
  /** A word written with such a mark (or a geresh), then a year or date in brackets. */
  private static final Pattern GLOSS = Pattern.compile(
      "(?<=\\p{L}[\"״]\\p{L}|\\p{L}['׳])\\s*\\((?:\\d{1,2}[./]\\d{1,2}[./])?\\d{4}\\)");

  private WordMarks() {}

  /**
   * {@code line} as the citation test should see it: calendar glosses left out, word-internal
   * quote marks written as the letter mark "״", which no quotation pattern takes for a quote.
   */
  static String forCitation(String line) {
    // Both expressions open with a look-behind, so each is tried at every character: run only
    // on a line holding the bracket or quote a match needs (most lines hold neither).
    String s = line.indexOf('(') < 0 ? line : GLOSS.matcher(line).replaceAll("");
    return s.indexOf('"') < 0 && s.indexOf('״') < 0 ? s : INSIDE.matcher(s).replaceAll("״");
  }
}
