package org.factdrill.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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
  /** The signs' pattern for each set of prefix letters (group 2: the hyphen, when there). */
  private static final Map<String, Pattern> BY_LETTERS = new ConcurrentHashMap<>();

  private DetachedPrefixes() {}

  /** How many signs of prefix letters written apart {@code s} shows, for these prefix letters. */
  public static int signs(String prefixes, CharSequence s) {
    if (prefixes.isEmpty()) {
      return 0;
    }
    Matcher m = BY_LETTERS.computeIfAbsent(prefixes, DetachedPrefixes::pattern).matcher(s);
    int n = 0;
    while (m.find()) {
      n += m.group(2) == null ? 1 : 2;
    }
    return n;
  }

  private static Pattern pattern(String prefixes) {
    StringBuilder letters = new StringBuilder();
    prefixes.codePoints().forEach(c -> letters.append("\\x{").append(Integer.toHexString(c))
        .append('}'));
    // Not after a letter, digit, mark or quote (a numeral "ה׳", an abbreviation "כ״כ").
    return Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}'\"׳״“”‘’\\-־.])([" + letters
        + "])(?:\\s+|([\\-־])\\s+)(?=\\p{L})");
  }
}
