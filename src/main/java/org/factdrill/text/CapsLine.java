package org.factdrill.text;

/**
 * A line written wholly in capitals is a heading, whatever mark ends it: a textbook's "II. DIỄN
 * BIẾN CHÍNH …." or a site's "NỘI DUNG BÀI HỌC" shouts a section's name; prose in a cased script
 * always has small letters. A few capitalized words (an acronym, a name) are not enough: the line
 * needs at least {@link #MIN_WORDS} words of letters and {@link #MIN_LETTERS} cased letters, none
 * of them small. Caseless scripts (Hebrew) never match.
 */
public final class CapsLine {
  static final int MIN_WORDS = 3;
  static final int MIN_LETTERS = 12;

  private CapsLine() {}

  /** True when {@code line} has enough words and cased letters, every one of them a capital. */
  public static boolean is(String line) {
    int words = 0;
    for (String w : line.strip().split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetter)) {
        words++;
      }
    }
    if (words < MIN_WORDS) {
      return false;
    }
    return capitals(line) >= MIN_LETTERS;
  }

  /** The capitals of {@code s}, or -1 when it has a small letter (one definition of "shouted"). */
  static int capitals(String s) {
    int upper = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLowerCase(cp)) {
        return -1;
      }
      if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
        upper++;
      }
    }
    return upper;
  }
}
