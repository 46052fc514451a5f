package org.factdrill.text;

/**
 * Whether a line holds a sentence ended inside it: a run of words closed by a sentence mark and
 * followed by more text. A list of links is many short, verbless items; a prose paragraph has
 * sentences, and one that names the site or whose last sentence the page cut is still prose.
 */
final class EndedSentences {
  /** Words a sentence has at least; link items and menu entries are shorter. */
  private static final int MIN_WORDS = 6;

  private EndedSentences() {}

  /** True when {@code s} ends a sentence of {@link #MIN_WORDS} or more words before its end. */
  static boolean hasOneInside(String s) {
    int words = 0;
    boolean inWord = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        inWord = false;
        continue;
      }
      if (!inWord && Character.isLetterOrDigit(c)) {
        words++;
      }
      inWord = true;
      if ((c == '.' || c == '!' || c == '?' || c == '\u05C3') && closes(s, i)) {
        if (words >= MIN_WORDS) {
          return true;
        }
        words = 0;
      }
    }
    return false;
  }

  /** A mark at {@code i} ends a sentence when space and then a letter or digit follow it. */
  private static boolean closes(String s, int i) {
    int j = i + 1;
    while (j < s.length() && (s.charAt(j) == '"' || s.charAt(j) == '\u201D' || s.charAt(j) == ')')) {
      j++;
    }
    if (j >= s.length() || !Character.isWhitespace(s.charAt(j))) {
      return false; // "39.75", "CC-BY-SA.org", or the line's own end
    }
    while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
      j++;
    }
    return j < s.length() && Character.isLetterOrDigit(s.charAt(j));
  }
}
