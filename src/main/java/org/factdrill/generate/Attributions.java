package org.factdrill.generate;

import java.util.regex.Pattern;

/**
 * A quotation's attribution names who said it and where ("… ~ A. Name, letter to X, 2004",
 * "— A. Name, A Book (1901)", a bulleted sub-item "Name, Statement to the House, 4 May 1914."
 * under a quoted item): reference apparatus, whose dates and numbers are no facts of the story.
 */
final class Attributions {
  /**
   * A tilde opening a line or following a closing quote or a sentence mark, then a letter: the
   * speaker ("." ~ Name"). A tilde before a figure ("~500") means "about" and is no attribution.
   */
  private static final Pattern TILDE = Pattern.compile(
      "(?:^[\\s•*·▪-]*|[\"”“»'.!?]\\s*)~\\s*(?=\\p{L})");
  /** A line opening with a long dash and a letter, a name then a comma within four words. */
  private static final Pattern DASH_LINE = Pattern.compile(
      "^[\\s•*·▪]*[—―]\\s*\\p{L}[^,\\n]{0,40},");
  /** A bullet after its indentation. */
  private static final Pattern BULLET = Pattern.compile("^(\\s*)[•*·▪]\\s+");
  /** A name of one to four capitalised words or initials, then a comma: "Judah P. Benjamin,". */
  private static final Pattern NAME_COMMA = Pattern.compile(
      "^(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}'’-]*,");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1\\d{3}|20\\d{2})(?!\\d)");

  private Attributions() {}

  /** True when the figure at {@code start} of {@code text} stands in a quotation's attribution. */
  static boolean attributed(String text, int start) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', start);
    String before = text.substring(lineStart, start);
    // The attribution runs from its tilde to the next bullet or the line's end.
    java.util.regex.Matcher t = TILDE.matcher(before);
    int tilde = -1;
    while (t.find()) {
      tilde = t.end();
    }
    if (tilde >= 0 && before.indexOf('•', tilde) < 0) {
      return true;
    }
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    if (DASH_LINE.matcher(line).find() && YEAR.matcher(line).find()) {
      return true;
    }
    return subItem(text, lineStart, line);
  }

  /**
   * True when the line is a bulleted item indented deeper than the bulleted item above it and
   * opens with a name and a comma: the source of the quotation above, not a statement of its own.
   */
  private static boolean subItem(String text, int lineStart, String line) {
    java.util.regex.Matcher b = BULLET.matcher(line);
    if (lineStart == 0 || !b.find()) {
      return false;
    }
    String rest = line.substring(b.end());
    if (!NAME_COMMA.matcher(rest).find() || !YEAR.matcher(rest).find()) {
      return false;
    }
    int prevEnd = lineStart - 1;
    int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    java.util.regex.Matcher p = BULLET.matcher(text.substring(prevStart, prevEnd));
    return p.find() && p.group(1).length() < b.group(1).length();
  }
}
