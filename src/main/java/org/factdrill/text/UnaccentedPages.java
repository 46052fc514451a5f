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
    int words = 0;
    int marked = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int letters = 0;
      boolean beyond = false;
      while (i < n && (Character.isLetter(text.charAt(i))
          || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
        beyond |= text.charAt(i) > 0x7F;
        letters++;
        i++;
      }
      if (letters >= 2) {
        words++;
        marked += beyond ? 1 : 0;
      }
    }
    return words >= MIN_WORDS && marked < Double.parseDouble(min) * words;
  }
}
