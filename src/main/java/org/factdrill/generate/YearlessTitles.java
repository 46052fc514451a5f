package org.factdrill.generate;

import org.factdrill.text.Language;

/** A title or heading without the year that is only an appendix to its name. */
final class YearlessTitles {
  /** A year or span of years opening a title, before a word ("1906 Karvo earthquake"). */
  private static final java.util.regex.Pattern LEADING_YEAR = java.util.regex.Pattern.compile(
      "\\d{3,4}(?:\\s*[-–—]\\s*\\d{2,4})?\\s+(?=\\p{L})");

  private YearlessTitles() {}

  /**
   * The title without the year or period it ends with, where the year is an appendix to a name:
   * in brackets ("X (1884)"), after a comma ("X, 1954"), or after a capitalised word ("Lin
   * Conference 1862"; never "The treaty of 1862", whose year is its complement). Null when it has
   * none or too little is left to name a topic.
   */
  static String withoutYear(String title) {
    java.util.regex.Matcher lead = LEADING_YEAR.matcher(title.strip());
    if (lead.lookingAt()) {
      // "1906 Karvo earthquake": a year opening a name qualifies it; the name still names it.
      String rest = title.strip().substring(lead.end());
      return rest.matches(".*\\d{3,4}.*") || lettered(rest) < 2 ? null : rest;
    }
    String t = title.replaceFirst(
        "\\s*(?:\\(\\s*\\d{3,4}(?:\\s*[-–—]\\s*\\d{2,4})?\\s*\\)|,\\s*\\d{3,4}(?:\\s*[-–—]\\s*\\d{2,4})?"
            + "|(?<=(?:^|\\s)\\p{Lu}[\\p{L}\\p{M}–-]{0,40})\\s+\\d{3,4}(?:\\s*[-–—]\\s*\\d{2,4})?)$", "")
        .strip();
    if (t.equals(title.strip()) || t.matches(".*\\d{3,4}.*")) {
      return null;
    }
    return lettered(t) >= 2 ? t : null;
  }

  /** How many words of {@code t} have two letters or more. */
  private static long lettered(String t) {
    return java.util.Arrays.stream(t.split("\\s+"))
        .filter(x -> x.codePoints().filter(Character::isLetter).count() >= 2).count();
  }

  /** As {@link #withoutYear(String)}, or without a closing period of time ("from 1988 to 2004"). */
  static String withoutYear(String title, Language lang) {
    String bare = withoutYear(title);
    return bare != null ? bare : TitleYears.without(title, lang);
  }
}
