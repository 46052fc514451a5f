package org.factdrill.text;

/**
 * Lines opened by the same list marker ("• ", "- ", "* ", "– ") one after another are rows of a
 * list, and a row ends at its line end whatever its last character: rows of people or places
 * rarely end with a full stop, and read as a hard-wrapped paragraph they became one "sentence"
 * of several rows. A line opened by a marker no neighbouring line shares ("— after long talks —"
 * carried onto a line of its own) is not a row, and a row goes on onto a next line that is
 * indented or opens in lower case (a long item wrapped).
 */
final class MarkerRows {
  /** Characters that open a list row when a space follows them. */
  private static final String MARKERS = "•·▪►◦‣⁃●○■□-*–—";

  private MarkerRows() {}

  /**
   * The line break at {@code nl} in {@code para}, between the line starting at {@code lineStart}
   * and the next, ends a list row or comes before one, so it is never read as a space.
   */
  static boolean endsRow(String para, int lineStart, int nl) {
    char next = marker(para, nl + 1);
    char cur = marker(para, lineStart);
    if (next != 0) {
      if (next == cur) {
        return true; // two rows
      }
      int after = para.indexOf('\n', nl + 1);
      if (after > 0 && marker(para, after + 1) == next) {
        return true; // the next line is the first of a run of rows
      }
    }
    if (cur == 0 || cur != next && cur != marker(para, lineStartBefore(para, lineStart))) {
      return false;
    }
    // The line is a row: it ends here unless the next line carries it on (indented, lower case).
    int k = nl + 1;
    if (k >= para.length()) {
      return false;
    }
    char c = para.charAt(k);
    return c != ' ' && c != '\t' && !Character.isLowerCase(c);
  }

  /** The marker opening the line at {@code start} ("• 1812 …"), or 0. */
  static char marker(String para, int start) {
    if (start < 0 || start + 1 >= para.length()) {
      return 0;
    }
    char c = para.charAt(start);
    char sp = para.charAt(start + 1);
    return MARKERS.indexOf(c) >= 0 && (sp == ' ' || sp == '\t' || sp == '\u00A0') ? c : 0;
  }

  /** Where the line before the one at {@code lineStart} starts, or -1 when there is none. */
  private static int lineStartBefore(String para, int lineStart) {
    if (lineStart <= 0) {
      return -1;
    }
    return para.lastIndexOf('\n', lineStart - 2) + 1;
  }
}
