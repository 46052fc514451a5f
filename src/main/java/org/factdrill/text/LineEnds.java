package org.factdrill.text;

import java.util.regex.Pattern;

/** Whether a line ends a sentence: the test every layout pass asks of its lines. */
final class LineEnds {
  /** Closing quotes, brackets and citation marks after a sentence's stop. */
  private static final Pattern TRAILING_CLOSERS =
      Pattern.compile("(\\[[^\\]]{1,25}\\]|[\"'”’»)\\]])+$");

  private LineEnds() {}

  /** True when the line ends a sentence (after closing quotes, brackets and citation marks). */
  static boolean terminal(String s) {
    String t = s.strip();
    // Most lines end in a letter or a stop, where the closers' expression cannot end (it ends in
    // a closer, at the end or before a last line terminator): it runs only after a closer. Run
    // at every position of every line, it was a fifth of reading a document.
    if (!t.isEmpty() && "\"'”’»)]\u0085".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = TRAILING_CLOSERS.matcher(t).replaceAll("").strip();
    }
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '؟' || c == ';'
        || c == ':';
  }
}
