package org.factdrill.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a copy broke in two with a space: a page copied from a PDF keeps the printed line's
 * hyphen break as a space ("govern ment"). The document itself tells them: two pieces are a
 * broken word when neither ever stands in the document but as such a pair, and the word they make
 * is written whole elsewhere in the same document ("government"). A word that also
 * stands alone ("every day" beside "everyday", "in to" beside "into") is never joined. Only in
 * cased scripts (the second piece opens in lower case, so a name is never glued to the word
 * before it) and not where the language's words are its syllables (the pack's {@code word-unit}),
 * whose words are written apart by design. Built once per document.
 */
public final class BrokenWords {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
  /** Two pieces: letters, one space or line break, letters opening in lower case. */
  private static final Pattern PAIR = Pattern.compile(
      "(?<![\\p{L}\\p{M}\\-])(\\p{L}[\\p{L}\\p{M}]*)[ \\n](\\p{Ll}[\\p{L}\\p{M}]*)(?![\\p{L}\\p{M}\\-])");
  /** Pieces joined must make a word at least this long: short joins are too often two words. */
  private static final int MIN_JOINED = 6;
  private static final BrokenWords NONE = new BrokenWords(Map.of());

  /** Each fragment (lower-cased) to the lower-cased pieces before it that it makes a word with. */
  private final Map<String, java.util.Set<String>> joins;

  private BrokenWords(Map<String, java.util.Set<String>> joins) {
    this.joins = joins;
  }

  /** The broken words of {@code text}, a document in {@code lang}. */
  public static BrokenWords of(String text, Language lang) {
    if ("syllable".equals(lang.pack().setting("word-unit", ""))) {
      return NONE;
    }
    Map<String, Integer> count = new HashMap<>();
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      count.merge(w.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    Map<String, Integer> broken = new HashMap<>();
    Map<String, Integer> brokenFirst = new HashMap<>();
    Map<String, java.util.Set<String>> joins = new HashMap<>();
    Matcher p = PAIR.matcher(text);
    int from = 0;
    while (from < text.length() && p.find(from)) {
      String a = p.group(1).toLowerCase(Locale.ROOT);
      String b = p.group(2).toLowerCase(Locale.ROOT);
      if (a.length() + b.length() >= MIN_JOINED && count.containsKey(a + b)) {
        broken.merge(b, 1, Integer::sum);
        brokenFirst.merge(a, 1, Integer::sum);
        joins.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(a);
      }
      from = p.start(2); // the second piece may be the first of the next pair
    }
    // Both pieces must be fragments: a word that stands alone anywhere else is a word.
    joins.keySet().removeIf(b -> !broken.get(b).equals(count.get(b)));
    joins.values().forEach(as -> as.removeIf(a -> brokenFirst.get(a) < count.get(a)));
    joins.values().removeIf(java.util.Set::isEmpty);
    return joins.isEmpty() ? NONE : new BrokenWords(joins);
  }

  /** {@code s} (text of the document) with its broken words joined. */
  public String rejoin(String s) {
    if (joins.isEmpty()) {
      return s;
    }
    Matcher p = PAIR.matcher(s);
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (from < s.length() && p.find(from)) {
      java.util.Set<String> before = joins.get(p.group(2).toLowerCase(Locale.ROOT));
      if (before != null && before.contains(p.group(1).toLowerCase(Locale.ROOT))) {
        if (out == null) {
          out = new StringBuilder(s.length());
        }
        out.append(s, copied, p.end(1)).append(p.group(2));
        copied = p.end();
        from = p.end();
      } else {
        from = p.start(2);
      }
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }
}
