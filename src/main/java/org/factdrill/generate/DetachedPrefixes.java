package org.factdrill.generate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Document;
import org.factdrill.text.Span;

/**
 * Prefix letters written apart from their word: a one-letter prefix (the pack's {@code prefixes},
 * Hebrew ה "the", ו "and", ב "in") is never a word of its own, yet machine translation writes
 * the article of its source language as one ("כל ה כוחות", "ה- מאמץ": "the" before a noun).
 * Such a paragraph is not written as the language is: its clauses are garbled, their number
 * words may count nothing, and no question is asked from it. A letter alone before a word is one
 * sign (a list's label, "פרק ה", may stand so once); a letter with its hyphen and then a space
 * before a word is two (a prefix's hyphen joins it to a figure or a foreign word, never to a
 * space). Two signs in the paragraph decide it.
 */
final class DetachedPrefixes {
  /** The signs' pattern of each pack with prefix letters (group 2: the hyphen, when there). */
  private static final Map<String, Pattern> BY_PACK = new ConcurrentHashMap<>();

  private DetachedPrefixes() {}

  /** True when the paragraph around the fact's sentence writes prefix letters apart. */
  static boolean garbled(Document doc, Span sentence) {
    LanguagePack pack = doc.lang().pack();
    if (pack.prefixes().isEmpty()) {
      return false;
    }
    return ParagraphSigns.marked(doc, sentence, s -> signs(pack, s), Integer.MAX_VALUE, 2);
  }

  /** How many signs of prefix letters written apart {@code s} shows, in {@code pack}. */
  static int signs(LanguagePack pack, String s) {
    if (pack.prefixes().isEmpty()) {
      return 0;
    }
    Pattern p = BY_PACK.computeIfAbsent(pack.code(), k -> pattern(pack.prefixes()));
    int n = 0;
    Matcher m = p.matcher(s);
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
