package org.factdrill.extract;

import java.util.List;
import java.util.Map;
import org.factdrill.text.Language;

/**
 * A date written without a year and followed by the words for "of the same year" ("tháng 5 cùng
 * năm", "in May of the same year"): it is in the year the text stated last before it, in its
 * paragraph, whatever that year was (the start of a span, a birth: "the same year" names it). The
 * phrases are the pack's ({@code same-year-words}); asked only for a date without a year.
 */
public final class SameYear {
  private static final Map<Language, List<String>> ALL = all();

  private SameYear() {}

  private static Map<Language, List<String>> all() {
    Map<Language, List<String>> m = new java.util.HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, List.copyOf(l.pack().words("same-year-words")));
    }
    return Map.copyOf(m);
  }

  /** True when the pack's "same year" words follow {@code end} of {@code text} (a comma may stand between). */
  static boolean follows(Language lang, String text, int end) {
    return phraseEnd(lang, text, end) > 0;
  }

  /**
   * Where the pack's "same year" words that follow {@code end} of {@code text} end (a comma may
   * stand between; the longest phrase), or -1 when none follows.
   */
  public static int phraseEnd(Language lang, String text, int end) {
    List<String> words = ALL.get(lang);
    int k = end;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == ',')) {
      k++;
    }
    int best = -1;
    for (String w : words) {
      int e = k + w.length();
      if (text.regionMatches(true, k, w, 0, w.length())
          && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
        best = Math.max(best, e);
      }
    }
    return best;
  }
}
