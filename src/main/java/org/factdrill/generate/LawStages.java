package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.factdrill.text.Language;

/**
 * A law's stages (its bill passed, voted, signed, made law) come before what is done under it
 * (its pensions paid, its board appointed, a count of its benefits in force). A "which happened
 * first?" pair of a stage of a named law (capitalised words right before a pack
 * {@code law-nouns} word: "the Harbour Bill") and a clause whose subject is that law's product or
 * office (a pack {@code law-product-nouns} word in a clause naming the law's name: "harbour
 * pensions") is answered by its wording, whichever way round it is shown.
 */
final class LawStages {
  private record Words(Set<String> laws, Set<String> products) {}

  private static final ConcurrentHashMap<Language, Words> WORDS = new ConcurrentHashMap<>();

  private LawStages() {}

  private static Words words(Language l) {
    return WORDS.computeIfAbsent(l, x -> new Words(lower(x, "law-nouns"),
        lower(x, "law-product-nouns")));
  }

  private static Set<String> lower(Language l, String list) {
    Set<String> out = new java.util.HashSet<>();
    l.pack().words(list).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }

  /** True when one clause is a stage of a named law and the other tells that law's product. */
  static boolean tellsOrder(Language lang, String a, String b) {
    Words w = words(lang);
    if (w.laws().isEmpty()) {
      return false;
    }
    return underLaw(w, a, b) || underLaw(w, b, a);
  }

  /** {@code law} names a law, and {@code other} its product under one of the law's name words. */
  private static boolean underLaw(Words w, String law, String other) {
    String[] t = law.split("[^\\p{L}\\p{M}'’-]+");
    String[] o = other.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}'’-]+");
    boolean product = false;
    for (String x : o) {
      product |= w.products().contains(x);
    }
    if (!product) {
      return false;
    }
    Set<String> others = new java.util.HashSet<>(java.util.Arrays.asList(o)); // words repeat
    for (int i = 1; i < t.length; i++) {
      if (!w.laws().contains(t[i].toLowerCase(Locale.ROOT))) {
        continue;
      }
      // The law's name: the capitalised words right before its noun ("Harbour", "Old Age").
      for (int k = i - 1; k >= 0 && k >= i - 3 && !t[k].isEmpty()
          && Character.isUpperCase(t[k].charAt(0)); k--) {
        String name = t[k].toLowerCase(Locale.ROOT);
        if (name.length() >= 4 && others.contains(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
