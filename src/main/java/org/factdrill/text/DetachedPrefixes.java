package org.factdrill.text;

import java.util.regex.Pattern;

/**
 * Prefix letters written apart from their word: a one-letter prefix (a pack's {@code prefixes},
 * Hebrew ה "the", ו "and", ב "in") is never a word of its own, yet machine translation writes
 * the article of its source language as one ("כל ה כוחות", "ה- מאמץ": "the" before a noun).
 * A letter alone before a word is one sign (a list's label, "פרק ה", may stand so once); a letter
 * with its hyphen and then a space before a word is two (a prefix's hyphen joins it to a figure
 * or a foreign word, never to a space). Two signs in a paragraph tell text not written as its
 * language is: its clauses are garbled and their number words may count nothing.
 */
public final class DetachedPrefixes {
  /** Signs in a paragraph that tell it is not written as its language is. */
  public static final int PARAGRAPH_SIGNS = 2;
  private DetachedPrefixes() {}

  /**
   * How many signs of prefix letters written apart {@code s} shows, for these prefix letters. A
   * loop over the characters, not a regular expression: it runs over every Hebrew text extracted
   * (the expression, tried at every position, cost a sixth of Hebrew extraction time); it counts
   * what {@link #pattern} finds (DetachedPrefixesSignsTest).
   */
  public static int signs(String prefixes, CharSequence s) {
    if (prefixes.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (int p = 0; p + 1 < s.length(); p++) {
      n += signAt(prefixes, s, p);
    }
    return n;
  }

  /**
   * The signs the character at {@code p} of {@code s} makes, as {@link #signs} counts them: 0,
   * 1 for a letter alone before a word, 2 for a letter and its hyphen. A sign's letter is a
   * one-letter word (no letter, mark or joining quote beside it), so a caller holding the words
   * of a text may ask only at those.
   */
  public static int signAt(String prefixes, CharSequence s, int p) {
    int len = s.length();
    if (p + 1 >= len) {
      return 0;
    }
    // A sign needs a space or hyphen right after its letter: tested first, as it is rare after a
    // letter, so the letter and the character before it are read only there.
    char after = s.charAt(p + 1);
    boolean hyphen = after == '-' || after == '\u05be';
    if (!hyphen && !space(after)) {
      return 0;
    }
    char c = s.charAt(p);
    if (prefixes.indexOf(c) < 0 || p > 0 && blocksBefore(Character.codePointBefore(s, p))) {
      return 0;
    }
    int q = p + 1;
    if (hyphen) {
      q++;
    }
    int ws = q;
    while (q < len && space(s.charAt(q))) {
      q++;
    }
    if (q > ws && q < len && Character.isLetter(Character.codePointAt(s, q))) {
      return hyphen ? 2 : 1;
    }
    return 0;
  }

  /** What may not stand right before a detached prefix: a letter, mark, digit, quote or dash. */
  private static boolean blocksBefore(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER || "'\"\u05f3\u05f4\u201c\u201d\u2018\u2019-\u05be."
        .indexOf(c) >= 0;
  }

  /** What \\s matches. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** The signs as a regular expression (the definition {@link #signs} follows; tests read it). */
  static Pattern pattern(String prefixes) {
    StringBuilder letters = new StringBuilder();
    prefixes.codePoints().forEach(c -> letters.append("\\x{").append(Integer.toHexString(c))
        .append('}'));
    // Not after a letter, digit, mark or quote (a numeral "ה׳", an abbreviation "כ״כ").
    return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}'\"׳״“”‘’\\-־.])([" + letters
        + "])(?:\\s+|([\\-־])\\s+)(?=\\p{L})");
  }
}
