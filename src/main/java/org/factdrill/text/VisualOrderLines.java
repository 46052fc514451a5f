package org.factdrill.text;

/**
 * Lines of a right-to-left text (Hebrew, Arabic) that a copy from a PDF gave in visual order: the
 * marks and digits set at the line's visual right, its logical start, come out at the wrong end.
 * A section's label "7 ." then opens the line as ". 7" before the section's first word, and a
 * sentence's full stop opens its line (".המועצה תתכנס" for "המועצה תתכנס."). Mended in place,
 * each line keeping its length, so every offset after it holds: the label is written back in its
 * order (the section number then its mark) and the stop goes back to the line's end. A line is
 * touched only when a right-to-left letter follows the misplaced marks and, for a stop, the line
 * ends with a letter (no mark of its own).
 */
final class VisualOrderLines {
  private VisualOrderLines() {}

  /** {@code text} with its visual-order lines mended; the same string when none is. */
  static String mend(String text) {
    StringBuilder out = null;
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? n : nl;
      int s = pos;
      while (s < end && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
        s++;
      }
      if (s < end && isMark(text.charAt(s))) { // (cheap: most lines open with a letter)
        String line = text.substring(s, end);
        String mended = label(line);
        if (mended == null) {
          mended = stop(line);
        }
        if (mended != null) {
          if (out == null) {
            out = new StringBuilder(text);
          }
          out.replace(s, end, mended);
        }
      }
      pos = end + 1;
    }
    return out == null ? text : out.toString();
  }

  /** ". 7 המועצה …" → "7 . המועצה …"; null when the line opens otherwise. */
  private static String label(String line) {
    int k = 1;
    if (k >= line.length() || line.charAt(k) != ' ') {
      return null;
    }
    int d = k + 1;
    int e = d;
    while (e < line.length() && e - d < 3 && Character.isDigit(line.charAt(e))) {
      e++;
    }
    if (e == d || e + 1 >= line.length() || line.charAt(e) != ' '
        || !rightToLeft(line.codePointAt(e + 1))) {
      return null;
    }
    return line.substring(d, e) + " " + line.charAt(0) + line.substring(e);
  }

  /** ".המועצה תתכנס" → "המועצה תתכנס."; null when the line has a mark of its own at its end. */
  private static String stop(String line) {
    int k = 1;
    boolean spaced = k < line.length() && line.charAt(k) == ' ';
    int body = spaced ? 2 : 1;
    if (body >= line.length() || !rightToLeft(line.codePointAt(body))) {
      return null;
    }
    String rest = line.substring(body).stripTrailing();
    int last = rest.codePointBefore(rest.length());
    if (!rightToLeft(last)) {
      return null;
    }
    String pad = " ".repeat(line.length() - body - rest.length() + (spaced ? 1 : 0));
    return rest + line.charAt(0) + pad;
  }

  private static boolean isMark(char c) {
    return c == '.' || c == ':' || c == ';' || c == ',';
  }

  private static boolean rightToLeft(int cp) {
    byte d = Character.getDirectionality(cp);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }
}
