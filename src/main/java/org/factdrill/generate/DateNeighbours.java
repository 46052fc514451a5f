package org.factdrill.generate;

import java.util.regex.Pattern;

/**
 * Whether a bare number is the day or month of a date by its neighbours ("May 5", "ngày 5",
 * "5 במאי", "28/8"), from every pack's words ({@link DayMonthWords}: pages mix languages, a
 * Vietnamese date in a text read as English), or a numeric date's slash before it.
 */
final class DateNeighbours {
  /** A number right after "12/" is the month of a numeric date ("28/8"), not a count. */
  private static final Pattern NUMERIC_BEFORE = Pattern.compile("(?<![\\d.,])\\d{1,2}\\s*/\\s*$");

  /**
   * A day, a month and a year written as three numbers with spaces between ("(22 8 45)", a
   * numeric date whose separators were lost): none of the three is a count.
   */
  private static final Pattern SPACED_DATE = Pattern.compile(
      "(?<![\\d.,/])(?:0?[1-9]|[12]\\d|3[01]) (?:0?[1-9]|1[0-2]) (?:\\d{2}|\\d{4})(?![\\d.,/])");

  private DateNeighbours() {}

  /** As {@link #partOfDate(String, String)}, also true inside a spaced numeric date. */
  static boolean partOfDate(String near, String number, String right) {
    if (partOfDate(near, right)) {
      return true;
    }
    java.util.regex.Matcher m = SPACED_DATE.matcher(near + number + right);
    int at = near.length();
    while (m.find()) {
      if (m.start() <= at && at + number.length() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a number with {@code near} (up to 16 characters) before it and {@code right} after
   * it is the day or month of a date.
   */
  static boolean partOfDate(String near, String right) {
    return DayMonthWords.BEFORE.matcher(near).find() || DayMonthWords.AFTER.matcher(right).find()
        || NUMERIC_BEFORE.matcher(near).find();
  }
}
