package org.factdrill.study;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * The words a student may type around an answer, from every language pack (a student may answer
 * in another language than the question's): yes/no for true/false, the unit of a number of
 * years, the connectors of a typed range. Built once, immutable.
 */
final class TypedWords {
  private TypedWords() {}

  /** Typed answers meaning true or false ("yes", "đúng", "נכון"; "no", "sai", "לא"). */
  static final Map<String, Boolean> TRUTH = truth();
  /** A trailing unit of years after a typed number: "12 years", "12 năm", "12 שנים". */
  static final Pattern YEAR_UNIT = Pattern.compile("(?iu)\\s*(?:"
      + alternatives("typed-year-units") + ")\\s*$");
  /** Between the two ends of a typed range: a dash or a pack's range connector. */
  static final Pattern RANGE_SPLIT = Pattern.compile("(?iu)\\s*(?:–|—|-|"
      + alternatives("range-connectors") + ")\\s*");
  /** Between the two ends of a typed period; a slash only before a final year. */
  static final Pattern PERIOD_SPLIT = Pattern.compile("(?iu)\\s*(?:–|—|"
      + alternatives("range-connectors") + "|/(?=\\s*\\d{4}\\s*$))\\s*");

  private static Map<String, Boolean> truth() {
    Map<String, Boolean> m = new HashMap<>();
    for (LanguagePack p : LanguagePacks.all()) {
      p.words("typed-true").forEach(w -> m.putIfAbsent(w, true));
      p.words("typed-false").forEach(w -> m.putIfAbsent(w, false));
    }
    return Map.copyOf(m);
  }

  /** Every pack's words of {@code category} as a regex alternation, whole words, longest first. */
  private static String alternatives(String category) {
    List<String> sorted = LanguagePacks.allWords(category).stream()
        .sorted((a, b) -> b.length() - a.length()).toList();
    StringBuilder sb = new StringBuilder();
    for (String w : sorted) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append("(?<![\\p{L}\\p{M}])").append(Pattern.quote(w)).append("(?![\\p{L}\\p{M}])");
    }
    return sb.length() == 0 ? "(?!)" : sb.toString();
  }
}
