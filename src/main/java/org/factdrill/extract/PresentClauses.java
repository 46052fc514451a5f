package org.factdrill.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * A clause in the present tense told by agreement, where the pack can say so (Hebrew): a
 * present-tense predicate (a participle, or an adjective) agrees with its subject and, unlike an
 * attribute, takes no article, so a definite noun (the pack's {@code present-subject-marks}
 * after at most one of its {@code present-subject-conjunctions}) followed at once by an
 * article-less word with a plural ending ({@code present-predicate-endings}; not opening with
 * one of {@code present-predicate-not-initials}, a preposition's or a relative's letter; not one
 * of {@code present-predicate-not}, counted time and tens) is a subject and its present verb:
 * "העגורים נודדים", "החצבים פורחים"; the noun is plural too (it agrees), and the clause holds none
 * of the pack's past-tense {@code clause-verbs} ("היו מבודדים" is a past). A history text tells events in the past, so a yearless month
 * in such a clause is a season of every year ({@link SeasonMonths}). A pack without these lists
 * (its present cannot be told by its words' forms: English, Vietnamese) finds none.
 */
final class PresentClauses {
  /** The shortest predicate word (its stem then its ending): "עולים". */
  private static final int MIN_PREDICATE = 5;

  private record Words(List<String> marks, List<String> conjunctions, List<String> endings,
      String notInitials, Set<String> not, Set<String> past, List<String> pastStems, String prefixes) {}

  private static final Map<Language, Words> WORDS = words();

  private PresentClauses() {}

  private static Map<Language, Words> words() {
    Map<Language, Words> m = new HashMap<>();
    for (Language l : Language.values()) {
      List<String> marks = List.copyOf(l.pack().words("present-subject-marks"));
      if (!marks.isEmpty()) {
        List<String> verbs = List.copyOf(l.pack().words("clause-verbs"));
        m.put(l, new Words(marks, List.copyOf(l.pack().words("present-subject-conjunctions")),
            List.copyOf(l.pack().words("present-predicate-endings")),
            String.join("", l.pack().words("present-predicate-not-initials")),
            Set.copyOf(l.pack().words("present-predicate-not")),
            verbs.stream().filter(v -> !v.endsWith("*")).collect(java.util.stream.Collectors.toSet()),
            verbs.stream().filter(v -> v.endsWith("*")).map(v -> v.substring(0, v.length() - 1)).toList(),
            l.pack().setting("clause-prefixes", "")));
      }
    }
    return Map.copyOf(m);
  }

  /** True when {@code clause} (lower case, words split by spaces) holds a subject and its present verb. */
  static boolean holds(Language lang, String clause) {
    Words w = WORDS.get(lang);
    if (w == null) {
      return false;
    }
    String[] words = clause.split("\\s+");
    boolean pair = false;
    for (int i = 0; i < words.length; i++) {
      String word = letters(words[i]);
      if (past(w, word, 0) || word.length() > 1 && w.prefixes().indexOf(word.charAt(0)) >= 0
          && past(w, word, 1)) {
        return false; // a past-tense verb of the pack's clause-verbs: the clause tells an event
      }
      pair |= i + 1 < words.length && definite(w, word) && predicate(w, letters(words[i + 1]));
    }
    return pair;
  }

  private static boolean past(Words w, String word, int from) {
    String v = word.substring(from);
    if (w.past().contains(v)) {
      return true;
    }
    for (String stem : w.pastStems()) {
      if (v.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean definite(Words w, String word) {
    for (String c : w.conjunctions()) {
      if (word.startsWith(c) && mark(w, word.substring(c.length()))) {
        return true;
      }
    }
    return mark(w, word);
  }

  /** A definite noun that agrees with a plural predicate: the article, then a plural ending. */
  private static boolean mark(Words w, String word) {
    for (String m : w.marks()) {
      if (word.length() > m.length() + 1 && word.startsWith(m) && plural(w, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean plural(Words w, String word) {
    for (String e : w.endings()) {
      if (word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean predicate(Words w, String word) {
    return word.codePointCount(0, word.length()) >= MIN_PREDICATE && !w.not().contains(word)
        && w.notInitials().indexOf(word.charAt(0)) < 0 && plural(w, word);
  }

  /** The word without marks around it (brackets, quotes, a dash). */
  private static String letters(String word) {
    int a = 0;
    int b = word.length();
    while (a < b && !Character.isLetter(word.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetter(word.charAt(b - 1))) {
      b--;
    }
    return word.substring(a, b);
  }
}
