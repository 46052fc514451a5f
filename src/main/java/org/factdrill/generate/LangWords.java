package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factdrill.text.Language;

/**
 * Word lists the generator needs per language (pronouns, hedges, relative times), read from
 * {@code src/main/resources/lang/<code>/<name>.txt}: one entry a line, {@code #} starts a comment.
 */
final class LangWords {
  private LangWords() {}

  /** The non-blank, non-comment lines of a language's list; empty when it has none. */
  static List<String> lines(Language lang, String name) {
    return org.factdrill.lang.PackLists.lines(lang.code(), name);
  }

  /**
   * What {@code load} makes of each language, read once: an immutable map holding the languages
   * for which it gave something (null: the pack has nothing of the kind).
   */
  static <T> Map<Language, T> perLanguage(Function<Language, T> load) {
    Map<Language, T> out = new HashMap<>();
    for (Language l : Language.values()) {
      T t = load.apply(l);
      if (t != null) {
        out.put(l, t);
      }
    }
    return Map.copyOf(out);
  }

  /** The words of the pack's {@code categories} as regex alternatives; null when none. */
  static String alternation(Language lang, String... categories) {
    List<String> out = new ArrayList<>();
    for (String c : categories) {
      for (String w : new java.util.TreeSet<>(lang.pack().words(c))) {
        out.add(java.util.regex.Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
      }
    }
    return out.isEmpty() ? null : String.join("|", out);
  }
}
