package org.factdrill.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * A subject pronoun after an opening time phrase ("בשנת 1950 היא הוכרזה", "In 1950 it was
 * declared", with the subject after the phrase as Hebrew may put it) points back as much as one
 * opening the sentence. Pack data ({@code fronted-time.txt}): the subject pronouns and the nouns
 * that open a time phrase after a prefix letter; a phrase opening with a figure is one too. A
 * pack without the list never finds one.
 */
final class TimePhrasePronoun {
  /** The pronoun stands within this many words of the start. */
  private static final int REACH = 7;

  private record Words(Set<String> pronouns, Set<String> times) {}

  private final Map<Language, Words> words = new HashMap<>();

  TimePhrasePronoun() {
    for (Language l : Language.values()) {
      Set<String> pro = new HashSet<>();
      Set<String> time = new HashSet<>();
      for (String line : LangWords.lines(l, "fronted-time")) {
        String[] p = line.split("\t");
        if (p.length == 2) {
          (p[0].strip().equals("pronoun") ? pro : time).add(p[1].strip());
        }
      }
      words.put(l, new Words(Set.copyOf(pro), Set.copyOf(time)));
    }
  }

  /** True when {@code sentence} opens with a time phrase and then a subject pronoun. */
  boolean find(Language lang, String sentence) {
    Words w = words.get(lang);
    if (w == null || w.pronouns().isEmpty()) {
      return false;
    }
    String[] t = sentence.strip().split("\\s+");
    if (t.length < 2 || !timePhrase(lang, t[0], w.times())) {
      return false;
    }
    for (int i = 1; i < Math.min(t.length, REACH); i++) {
      String bare = t[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      if (w.pronouns().contains(bare)) {
        return true;
      }
    }
    return false;
  }

  /** A first word that opens a time phrase: prefix letters, then a figure or a time noun. */
  private static boolean timePhrase(Language lang, String first, Set<String> times) {
    String prefixes = lang.pack().prefixes();
    // Prefix letters are also a word's own first letters ("בשנות" is ב + שנות, not בש + נות).
    for (int k = 1; k <= Math.min(2, first.length() - 1); k++) {
      if (prefixes.indexOf(first.charAt(k - 1)) < 0) {
        return false;
      }
      String rest = first.substring(k).replaceFirst("^[\\-־]", "");
      if (!rest.isEmpty() && (Character.isDigit(rest.charAt(0))
          || times.contains(rest.replaceAll("[^\\p{L}]+$", "")))) {
        return true;
      }
    }
    return false;
  }
}
