package org.factdrill.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year shown for a date that stands inside brackets ("Harvest Day (2 October)"): it goes inside them
 * after a comma ("(8 May, 1945)"), never as a bracket of its own in the bracket ("(8 May
 * (1945))"), which reads as doubled punctuation.
 */
final class InsideBrackets {
  /** The text a prompt inserts to show a year: " (1945)". */
  private static final Pattern SHOWN_YEAR = Pattern.compile(" \\((\\d{1,4})\\)");

  private InsideBrackets() {}

  /**
   * The insert {@code shown} to put at {@code at} of {@code text}: ", YEAR" where a closing
   * bracket follows there, else {@code shown} itself.
   */
  static String year(String shown, String text, int at) {
    Matcher m = SHOWN_YEAR.matcher(shown);
    if (!m.matches() || at >= text.length() || text.charAt(at) != ')') {
      return shown;
    }
    return ", " + m.group(1);
  }
}
