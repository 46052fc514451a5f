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
  private record Words(Set<String> laws, Set<String> products, Set<String> articles) {}

  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{M}'’-]+");

  private static final ConcurrentHashMap<Language, Words> WORDS = new ConcurrentHashMap<>();

  private LawStages() {}

  private static Words words(Language l) {
    return WORDS.computeIfAbsent(l, x -> {
      Set<String> articles = new java.util.HashSet<>(lower(x, "definite-articles"));
      articles.addAll(lower(x, "indefinite-articles"));
      return new Words(lower(x, "law-nouns"), lower(x, "law-product-nouns"), Set.copyOf(articles));
    });
  }

  private static Set<String> lower(Language l, String list) {
    Set<String> out = new java.util.HashSet<>();
    l.pack().words(list).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }

  /** True when one clause is a stage of a named law and the other tells that law's product. */
  static boolean tellsOrder(Language lang, String a, String b) {
    return tellsOrder(lang, a, b, Set.of());
  }

  /**
   * As above; on a page that names one law only ({@code pageLaws}: {@link #names}), a product
   * noun is that law's product without its name words ("Ten thousand pensions were being paid"
   * beside a stage of the one bill the page names): no other law is there for it to come from.
   */
  static boolean tellsOrder(Language lang, String a, String b, Set<String> pageLaws) {
    Words w = words(lang);
    if (w.laws().isEmpty()) {
      return false;
    }
    if (underLaw(w, a, b) || underLaw(w, b, a)) {
      return true;
    }
    return pageLaws.size() == 1
        && (ofOnlyLaw(w, a, b, pageLaws) || ofOnlyLaw(w, b, a, pageLaws));
  }

  /** {@code law} is a stage of the page's one named law, and {@code other} holds a product noun. */
  private static boolean ofOnlyLaw(Words w, String law, String other, Set<String> named) {
    Set<String> own = names(w, law);
    if (own.isEmpty() || !named.containsAll(own)) {
      return false;
    }
    for (String x : NOT_WORD.split(other.toLowerCase(Locale.ROOT))) {
      if (w.products().contains(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The laws {@code text} names: the capitalised words right before a law noun written with a
   * capital ("the Harbour Pensions Bill"), lower case, without a sentence's opening article
   * (the pack's definite and indefinite articles).
   */
  static Set<String> names(Language lang, String text) {
    return names(words(lang), text);
  }

  private static Set<String> names(Words w, String text) {
    Set<String> out = new java.util.HashSet<>();
    String[] t = NOT_WORD.split(text);
    for (int i = 1; i < t.length; i++) {
      if (t[i].isEmpty() || !Character.isUpperCase(t[i].charAt(0))
          || !w.laws().contains(t[i].toLowerCase(Locale.ROOT))) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      for (int k = i - 1; k >= 0 && k >= i - 4 && !t[k].isEmpty()
          && Character.isUpperCase(t[k].charAt(0))
          && !w.articles().contains(t[k].toLowerCase(Locale.ROOT)); k--) {
        name.insert(0, t[k].toLowerCase(Locale.ROOT) + " ");
      }
      if (name.length() > 0) {
        out.add(name.toString().strip());
      }
    }
    return out;
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
