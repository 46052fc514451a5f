package org.factdrill.text;

import java.util.regex.Pattern;

/**
 * A day, a month and a four-digit year in digits with spaces around the separators ("5 - 3 -
 * 1946", "05 / 06 / 1946"), as typed legal texts write them: the same separator twice. Its dashes
 * and slashes join a date's parts, so they are neither an address's parts nor a menu's.
 */
final class SpacedDates {
  /** One day-month-year, the same separator twice, spaces about it allowed. */
  private static final Pattern DATE = Pattern.compile(
      "(?<![\\d.,])\\d{1,2}\\s*([-–/.])\\s*\\d{1,2}\\s*\\1\\s*\\d{4}(?![\\d])");

  private SpacedDates() {}

  /** True when the line {@code s} (a short candidate line, not a text) holds such a date. */
  static boolean in(String s) {
    return DATE.matcher(s).find();
  }
}
