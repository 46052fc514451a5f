package org.factdrill.extract;

/**
 * The words of a span of text between its runs of white space, as {@code
 * s.trim().split("\\s+")} gives them (a regular expression's split, which cost most of the
 * observance readers' time at every yearless day): read here a character at a time.
 */
final class WhiteWords {
  private WhiteWords() {}

  /** {@code s.trim().split("\\s+")}: white space is {@code [ \t\n\x0B\f\r]}; "" gives {""}. */
  static String[] split(String s) {
    String x = s.trim();
    int n = x.length();
    int count = 1;
    for (int i = 0; i < n; i++) {
      if (white(x.charAt(i)) && (i == 0 || !white(x.charAt(i - 1)))) {
        count++; // trimmed: no run opens or closes the span, so every run parts two words
      }
    }
    String[] out = new String[count];
    int k = 0;
    int start = 0;
    for (int i = 0; i < n; i++) {
      if (white(x.charAt(i))) {
        if (i > start) {
          out[k++] = x.substring(start, i);
        }
        start = i + 1;
      }
    }
    out[k] = x.substring(start, n);
    return out;
  }

  private static boolean white(char c) {
    return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f'
        || c == '\r'); // most characters are above the space: one test
  }
}
