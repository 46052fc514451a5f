package org.factdrill.text;

/**
 * A page of a language that marks most of its words with letters beyond ASCII (Vietnamese: tone
 * marks and ă â ê ô ơ ư đ), typed without them: "Nam nay, toi vua 65 tuoi." Its words are not
 * the pack's (no relative time, no pronoun, no date word is found) and a prompt cut from it is
 * not clean text, so it is read as unreadable. A page of at least {@value #MIN_WORDS} words is
 * judged, when its pack declares {@code marked-words-min}, the least share of marked words in its
 * own spelling. One pass over the characters, at load time.
 */
final class UnaccentedPages {
  /** Words a page needs before its share is judged. */
  static final int MIN_WORDS = 40;

  private UnaccentedPages() {}

  /** True when {@code text} in {@code lang} was typed without the language's diacritics. */
  static boolean unaccented(String text, Language lang) {
    String min = lang == null ? "" : lang.pack().setting("marked-words-min", "");
    if (min.isEmpty()) {
      return false;
    }
    int[] counts = new int[2]; // words of two letters or more, and those marked
    WordRuns.each(text, (start, end, letters) -> {
      if (letters >= 2) {
        counts[0]++;
        int k = start;
        while (k < end && text.charAt(k) <= 0x7F) {
          k++;
        }
        counts[1] += k < end ? 1 : 0;
      }
    });
    int words = counts[0];
    int marked = counts[1];
    return words >= MIN_WORDS && marked < Double.parseDouble(min) * words;
  }
}
