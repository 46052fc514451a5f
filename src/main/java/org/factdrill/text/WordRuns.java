package org.factdrill.text;

/**
 * The words of a page as runs of letters and the points or marks written over them (niqqud,
 * combining tone marks): what the page-wide script checks count, in one pass over the text.
 */
final class WordRuns {
  /** Told of each word: {@code [start, end)} of the text and how many letters it holds. */
  interface Visitor {
    void word(int start, int end, int letters);
  }

  private WordRuns() {}

  /** Calls {@code v} for each word of {@code text}, in order. */
  static void each(String text, Visitor v) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int letters = 0;
      while (i < n && (Character.isLetter(text.charAt(i))
          || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
        if (Character.isLetter(text.charAt(i))) {
          letters++;
        }
        i++;
      }
      v.word(start, i, letters);
    }
  }
}
