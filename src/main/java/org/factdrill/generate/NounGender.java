package org.factdrill.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdrill.text.Language;

/**
 * The grammatical gender of a counted noun, for number words written alike in both genders: the
 * pack's list of nouns whose plural ending misleads ({@code noun-gender.txt}: "שנים" is
 * feminine, "מחנות" masculine) first, then the plural endings of the pack settings
 * {@code masculine-endings} and {@code feminine-endings} ("ים", "ות").
 */
final class NounGender {
  private final Map<Language, Map<String, String>> listed = new HashMap<>();

  NounGender() {
    for (Language l : Language.values()) {
      listed.put(l, load(l));
    }
  }

  /** "m" or "f", or null when neither the list nor the ending tells. */
  String of(Language lang, String noun) {
    if (noun == null || noun.isBlank()) {
      return null;
    }
    String n = noun.strip().split("\\s+")[0];
    String known = listed.getOrDefault(lang, Map.of()).get(n);
    if (known != null) {
      return known;
    }
    for (String g : List.of("m", "f")) {
      String endings = lang.pack().setting(g.equals("m") ? "masculine-endings" : "feminine-endings",
          "");
      for (String e : endings.split("\\s+")) {
        if (!e.isEmpty() && n.length() > e.length() + 1 && n.endsWith(e)) {
          return g;
        }
      }
    }
    return null;
  }

  private static Map<String, String> load(Language lang) {
    Map<String, String> out = new HashMap<>();
    for (String line : LangWords.lines(lang, "noun-gender")) {
      String[] p = line.split("\t");
      if (p.length == 2 && (p[1].strip().equals("m") || p[1].strip().equals("f"))) {
        out.put(p[0].strip(), p[1].strip());
      }
    }
    return Map.copyOf(out);
  }
}
