package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.factdrill.text.Language;

/**
 * "the 1932 fair", "the 1960 election": a year between the article and the common noun of a
 * recurring occasion (pack {@code occasion-nouns}) only says which one of a kind; the kind is not
 * named (a name, "the 1932 County Fair", or an "of" phrase after it, "the 1932 session of the
 * Diet", names it). Such a phrase points back like a demonstrative: the noun must be named in the
 * prompt, the context line or the sentence before (then shown), or the fact is not asked.
 */
final class OccasionYears {
  private record Words(Set<String> articles, Set<String> nouns, Set<String> namers) {}

  private static final ConcurrentHashMap<Language, Words> WORDS = new ConcurrentHashMap<>();

  private OccasionYears() {}

  private static Words words(Language l) {
    return WORDS.computeIfAbsent(l, x -> new Words(lower(x, "occasion-articles"),
        lower(x, "occasion-nouns"), lower(x, "occasion-namers")));
  }

  private static Set<String> lower(Language l, String list) {
    Set<String> out = new java.util.HashSet<>();
    l.pack().words(list).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }

  /** The occasion phrases of text[from, to), as strict back references to their noun. */
  static List<Context.BackRef> find(Language lang, String text, int from, int to) {
    Words w = words(lang);
    List<Context.BackRef> out = new ArrayList<>();
    if (w.nouns().isEmpty()) {
      return out;
    }
    for (int i = Math.max(from, 1); i + 4 <= to; i++) {
      if (!year(text, i, to) || text.charAt(i - 1) != ' ') {
        continue;
      }
      String article = wordBefore(text, i - 1);
      int n = i + 5; // after the year and one space
      if (article == null || !w.articles().contains(article.toLowerCase(Locale.ROOT))
          || n >= to || text.charAt(i + 4) != ' ') {
        continue;
      }
      int e = n;
      while (e < to && Character.isLetter(text.charAt(e))) {
        e++;
      }
      String noun = text.substring(n, e);
      if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0)) || !w.nouns().contains(noun)) {
        continue; // "the 1932 County Fair": a name
      }
      String next = e + 1 < to && text.charAt(e) == ' ' ? wordBefore(text, wordEnd(text, e + 1, to))
          : null;
      if (next != null && w.namers().contains(next.toLowerCase(Locale.ROOT))) {
        continue; // "the 1932 session of the Diet"
      }
      out.add(new Context.BackRef(i - 1 - article.length(), e, text.substring(i, e), noun, true));
    }
    return out;
  }

  private static boolean year(String text, int i, int to) {
    for (int k = i; k < i + 4; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return text.charAt(i) != '0' && (i + 4 == to || !Character.isLetterOrDigit(text.charAt(i + 4)))
        && !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static int wordEnd(String text, int at, int to) {
    int e = at;
    while (e < to && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /** The word ending at {@code end}, or null. */
  private static String wordBefore(String text, int end) {
    int b = end;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b == end ? null : text.substring(b, end);
  }
}
