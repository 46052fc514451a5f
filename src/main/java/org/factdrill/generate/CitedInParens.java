package org.factdrill.generate;

import java.util.regex.Pattern;

/**
 * A figure in brackets after a quoted title and a comma, closing the brackets, dates a cited
 * work ("I wrote about it before (“A title”, 18.5.2014)", a blog's link to an earlier post, a
 * newspaper's date after an article's name): the date of the citation, not of an event.
 */
final class CitedInParens {
  /** What stands between the bracket and the figure: a quotation, then a comma. */
  private static final Pattern QUOTED_TITLE = Pattern.compile(
      "(?s)^[\"“„«”][^\\n]{2,}[\"”»“]\\s*,$");
  /** How far back the opening bracket may be. */
  private static final int REACH = 200;

  private CitedInParens() {}

  /** True when the figure at {@code start..end} of {@code text} dates a quoted, cited work. */
  static boolean cited(String text, int start, int end) {
    int k = end;
    while (k < text.length() && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') {
      k++;
    }
    if (k >= text.length() || text.charAt(k) != ')') {
      return false;
    }
    int depth = 0;
    for (int i = start - 1; i >= Math.max(0, start - REACH); i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      } else if (c == ')') {
        depth++;
      } else if (c == '(') {
        if (depth == 0) {
          return QUOTED_TITLE.matcher(text.substring(i + 1, start).strip()).matches();
        }
        depth--;
      }
    }
    return false;
  }
}
