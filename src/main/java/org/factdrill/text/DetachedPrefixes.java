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
    return prefixes.isEmpty() ? 0 : signs(prefixes, s.toString().toCharArray(), 0, s.length());
  }

  /**
   * {@link #signs(String, CharSequence)} of the characters {@code from} to {@code to} of
   * {@code s}, read as the text {@code s.subSequence(from, to)} (nothing outside the range is
   * read): extraction counts the signs of a whole text and of its paragraphs on the tokenizer's
   * array, with no copy of the text and no call through {@link CharSequence} per character.
   */
  public static int signs(String prefixes, char[] s, int from, int to) {
    if (prefixes.isEmpty()) {
      return 0;
    }
    int n = 0;
    // A sign needs a space or hyphen right after its letter: tested first, as it is rare after a
    // letter; then the character before, most often a letter (one table look-up rejects it),
    // and only then whether the letter is a prefix letter.
    for (int p = from; p + 1 < to; p++) {
      char after = s[p + 1];
      boolean hyphen = after == '-' || after == '\u05be';
      if (!hyphen && !space(after)) {
        continue;
      }
      if (p > from && blocksBefore(Character.codePointBefore(s, p, from))
          || prefixes.indexOf(s[p]) < 0) {
        continue;
      }
      int q = p + 1;
      if (hyphen) {
        q++;
      }
      int ws = q;
      while (q < to && space(s[q])) {
        q++;
      }
      if (q > ws && q < to && Character.isLetter(Character.codePointAt(s, q, to))) {
        n += hyphen ? 2 : 1;
      }
    }
    return n;
  }

  /** What may not stand right before a detached prefix: a letter, mark, digit, quote or dash. */
  private static boolean blocksBefore(int c) {
    if (Character.isLetter(c)) {
      return true; // the common case, before the type is read
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
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
