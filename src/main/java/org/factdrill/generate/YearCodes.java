package org.factdrill.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Value;

/**
 * A document's number written with its year's last two digits after a slash ("directive
 * 212/87", "resolution 12/67"): a prompt that shows it beside a blank answered with a date of
 * that year gives the year away. A day and month written "4/6" is no such code: the number
 * before the slash is a serial number (above 31) or follows a code word (in capitals, or a
 * capitalised word of four letters or more: "Order", "Decree").
 */
final class YearCodes {
  private static final Pattern CODE = Pattern.compile(
      "(?<![\\p{N}/.,])(?:(\\p{Lu}[\\p{Lu}\\p{N}\\-]+|\\p{Lu}\\p{Ll}{3,})\\s+)?"
          + "(\\d{1,5})/(\\d{2})(?![\\p{N}/])");
  private static final int DAYS = 31;

  private YearCodes() {}

  /** True when {@code shown} writes a code whose two-digit year is the year of {@code value}. */
  static boolean givesYear(String shown, Value value) {
    if (!(value instanceof Value.Date d) || d.isRange() || d.year() <= 0
        || shown.indexOf('/') < 0) {
      return false;
    }
    Matcher m = CODE.matcher(shown);
    while (m.find()) {
      boolean code = m.group(1) != null || Integer.parseInt(m.group(2)) > DAYS;
      if (code && Integer.parseInt(m.group(3)) == d.year() % 100) {
        return true;
      }
    }
    return false;
  }
}
