package org.factdrill.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pack words as a regular-expression alternation, so that code outside {@code lang} can match a
 * category's words inside a larger pattern without writing any word itself.
 */
public final class WordPatterns {
  private WordPatterns() {}

  /**
   * The words as {@code w1|w2|…}, each quoted, longest first (then in code-point order) so the
   * alternation is the same in every run; {@code (?!)} (matches nothing) when there are none, so
   * a language without the category gets no such rule.
   */
  public static String alternation(Collection<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    if (sorted.isEmpty()) {
      return "(?!)";
    }
    List<String> quoted = new ArrayList<>();
    for (String w : sorted) {
      quoted.add(Pattern.quote(w));
    }
    return String.join("|", quoted);
  }

  /**
   * A pattern finding any of {@code entries} as a whole word (case-insensitive): an entry of
   * several words matches them with any spaces between, one ending in {@code *} is a stem taking
   * any ending; {@code prefixes} is a regular expression for letters that may be written onto the
   * word ("" for none). Null when there are no entries.
   */
  public static Pattern wholeWords(Collection<String> entries, String prefixes) {
    if (entries.isEmpty()) {
      return null;
    }
    List<String> alts = new ArrayList<>();
    for (String w : new java.util.TreeSet<>(entries)) {
      boolean stem = w.endsWith("*");
      String body = stem ? w.substring(0, w.length() - 1) : w;
      alts.add(Pattern.quote(body).replace(" ", "\\E\\s+\\Q") + (stem ? "[\\p{L}\\p{M}]*" : ""));
    }
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + prefixes + "(?:" + String.join("|", alts)
        + ")(?![\\p{L}\\p{M}])");
  }

  /** {@link #alternation} of a category's words in every installed pack (words.tsv). */
  public static String anyPack(String category) {
    return alternation(LanguagePacks.allWords(category));
  }
}
