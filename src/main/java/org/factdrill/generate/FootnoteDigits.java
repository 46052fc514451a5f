package org.factdrill.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Superscript digits in a prompt are footnote marks copied as text, dropped; but a superscript two
 * or three right after a number's unit (one to three letters after the number, its hole, or the
 * start of the text that follows the number: "120 km²", "300 m³") is the unit's power, kept:
 * without it the unit is another one.
 */
final class FootnoteDigits {
  private static final Pattern SUPERSCRIPTS = Pattern.compile(
      "((?:\\d|^|_|\uE000)[\\s\\u00a0]?\\p{L}{1,3}[\u00b2\u00b3])(?![\u00b9\u00b2\u00b3\u2070-\u2079])"
          + "|[\u00b9\u00b2\u00b3\u2070-\u2079]+");

  private FootnoteDigits() {}

  /** {@code t} without its footnote marks in superscript digits, units' powers kept. */
  static String strip(String t) {
    if (!has(t)) {
      return t;
    }
    return SUPERSCRIPTS.matcher(t).replaceAll(m -> m.group(1) != null
        ? Matcher.quoteReplacement(m.group(1)) : "");
  }

  private static boolean has(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || c >= '\u2070' && c <= '\u2079') {
        return true;
      }
    }
    return false;
  }
}
