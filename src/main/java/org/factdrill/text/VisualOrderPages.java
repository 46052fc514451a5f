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
    int[] counts = new int[2]; // words opening with a final form, words ending with one
    WordRuns.each(text, (start, end, letters) -> {
      if (letters < 2) {
        return;
      }
      int last = end - 1; // the last letter, before any points over it
      while (!Character.isLetter(text.charAt(last))) {
        last--;
      }
      counts[0] += finals.indexOf(text.charAt(start)) >= 0 ? 1 : 0;
      counts[1] += finals.indexOf(text.charAt(last)) >= 0 ? 1 : 0;
    });
    int opening = counts[0];
    int closing = counts[1];
    return opening >= MIN_WORDS && opening > closing;
  }
}
