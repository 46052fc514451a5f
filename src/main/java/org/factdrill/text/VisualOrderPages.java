package org.factdrill.text;

/**
 * A page of a right-to-left script stored in visual order: each line's letters reversed, as some
 * PDF copies give them. In reading order a final letter form (the pack's {@code final-letters},
 * Hebrew ך ם ן ף ץ) ends a word and never starts one; reversed, the final forms open the words.
 * A page where at least {@value #MIN_WORDS} words open with a final form, and more words open with
 * one than end with one, is read as unreadable: its words, numbers and dates are not in the order
 * they were written. One pass over the characters, at load time, and only for a pack that
 * declares final letters.
 */
final class VisualOrderPages {
  /** Words opening with a final form a page needs before it is judged reversed. */
  static final int MIN_WORDS = 5;

  private VisualOrderPages() {}

  /** True when {@code text} in {@code lang} is stored in visual order. */
  static boolean visual(String text, Language lang) {
    String finals = lang == null ? "" : lang.pack().setting("final-letters", "");
    if (finals.isEmpty()) {
      return false;
    }
    int opening = 0;
    int closing = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      // A word runs on over its points (niqqud are marks, not letters); first and last letters.
      int first = i;
      int last = i;
      int letters = 0;
      while (i < n && (Character.isLetter(text.charAt(i))
          || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
        if (Character.isLetter(text.charAt(i))) {
          last = i;
          letters++;
        }
        i++;
      }
      if (letters >= 2) {
        if (finals.indexOf(text.charAt(first)) >= 0) {
          opening++;
        }
        if (finals.indexOf(text.charAt(last)) >= 0) {
          closing++;
        }
      }
    }
    return opening >= MIN_WORDS && opening > closing;
  }
}
