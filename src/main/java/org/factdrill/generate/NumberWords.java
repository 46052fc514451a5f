package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * Small numbers written as words, by grammatical form, from {@code number-words.txt} of each
 * language ({@code value<TAB>form<TAB>word}; Hebrew has four forms: with a feminine or masculine
 * noun, absolute or construct). A wrong option for "חמש מערכות" must be written as a word of the
 * same form ("שלוש", not "3" nor "שלושה"); when the form of the source word does not decide a
 * value's word, the value is not offered.
 */
final class NumberWords {
  private record Entry(int value, String form, String word) {}

  private final Map<Language, List<Entry>> entries = new java.util.HashMap<>();
  /** The pack's duals of units of time ("שנתיים"), each with the plural of its unit ("שנים"). */
  private final Map<Language, Map<String, String>> duals = new java.util.HashMap<>();
  private final NounGender genders = new NounGender();

  NumberWords() {
    for (Language l : Language.values()) {
      Map<String, String> d = new java.util.HashMap<>();
      for (String e : l.pack().words("duals")) {
        String[] p = e.split(" ");
        if (p.length == 2) {
          d.put(p[0], p[1]);
        }
      }
      duals.put(l, Map.copyOf(d));
      entries.put(l, LangWords.lines(l, "number-words").stream()
          .map(line -> line.split("\t"))
          .filter(p -> p.length == 3)
          .map(p -> new Entry(Integer.parseInt(p[0].strip()), p[1].strip(),
              p[2].strip().toLowerCase(Locale.ROOT)))
          .toList());
    }
  }

  /** True when {@code word} writes {@code value} in a form this language's list knows. */
  boolean knows(Language lang, String word, BigDecimal value) {
    return !forms(lang, word, value).isEmpty()
        || unitOfDual(lang, word) != null && value.compareTo(BigDecimal.valueOf(2)) == 0;
  }

  /** {@code value} written in the form of {@code word} (which writes {@code of}); null if unsure. */
  String render(Language lang, String word, BigDecimal of, BigDecimal value) {
    return render(lang, word, of, value, null);
  }

  /**
   * As above; when the word is written alike in several forms ("שמונה" with a feminine or a
   * masculine noun), the gender of {@code noun}, the counted noun ({@link NounGender}: the pack's
   * list of nouns whose ending misleads, "שנים", then the endings "ים", "ות"), picks the form.
   */
  String render(Language lang, String word, BigDecimal of, BigDecimal value, String noun) {
    String unit = unitOfDual(lang, word);
    if (unit != null) {
      return dual(lang, word, unit, value);
    }
    Set<String> forms = forms(lang, word, of);
    String gender = genders.of(lang, noun);
    if (gender != null && forms.stream().anyMatch(f -> f.startsWith(gender))) {
      forms.removeIf(f -> !f.startsWith(gender));
    }
    // Forms ending in "i" count an indefinite noun: kept only when the counted noun is known
    // and lacks the definite article, so a construct "שני ימים" gets "שלושה", not "שלושת".
    boolean indefinite = noun != null && !noun.isBlank() && !definite(lang, noun);
    if (indefinite && forms.stream().anyMatch(f -> f.endsWith("i"))) {
      forms.removeIf(f -> !f.endsWith("i"));
    } else {
      forms.removeIf(f -> f.endsWith("i"));
    }
    if (forms.isEmpty() || value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
      return null;
    }
    Set<String> words = new HashSet<>();
    for (Entry e : entries.getOrDefault(lang, List.of())) {
      if (BigDecimal.valueOf(e.value()).compareTo(value) == 0 && forms.contains(e.form())) {
        words.add(e.word());
      }
    }
    if (words.size() != 1) {
      return null;
    }
    String w = words.iterator().next();
    String src = word.strip();
    return !src.isEmpty() && Character.isUpperCase(src.charAt(0))
        ? w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1) : w;
  }

  /**
   * A dual counts two of its unit; another value of the same unit is written as a count before
   * an indefinite noun and the unit ("שבועיים" → "שלושה שבועות", "שנתיים" → "ארבע שנים"). Values
   * above ten are left out: such counts often take the singular noun.
   */
  private String dual(Language lang, String word, String unit, BigDecimal value) {
    if (value.compareTo(BigDecimal.valueOf(2)) == 0) {
      return word.strip();
    }
    String gender = genders.of(lang, unit);
    if (gender == null || value.stripTrailingZeros().scale() > 0
        || value.compareTo(BigDecimal.valueOf(3)) < 0 || value.compareTo(BigDecimal.TEN) > 0) {
      return null;
    }
    for (Entry e : entries.getOrDefault(lang, List.of())) {
      if (e.form().equals(gender + "i") && BigDecimal.valueOf(e.value()).compareTo(value) == 0) {
        return e.word() + " " + unit;
      }
    }
    return null;
  }

  /** The unit a dual word counts two of, or null when {@code word} is no dual of the pack. */
  String unitOfDual(Language lang, String word) {
    return word == null ? null
        : duals.getOrDefault(lang, Map.of()).get(word.strip().toLowerCase(Locale.ROOT));
  }

  private static boolean definite(Language lang, String noun) {
    String article = lang.pack().setting("definite-article", "");
    return !article.isEmpty() && noun.strip().startsWith(article);
  }

  private Set<String> forms(Language lang, String word, BigDecimal value) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    Set<String> forms = new HashSet<>();
    for (Entry e : entries.getOrDefault(lang, List.of())) {
      if (e.word().equals(w) && BigDecimal.valueOf(e.value()).compareTo(value) == 0) {
        forms.add(e.form());
      }
    }
    return forms;
  }
}
