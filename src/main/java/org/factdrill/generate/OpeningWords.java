package org.factdrill.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * The words that, opening a sentence, tie it to the one before: pronouns and the pack's anaphoric
 * openers ("they", "as a result", "אחריה"), which need the sentence before shown or the fact not
 * asked, and connectives ("and", "however", "ngoài ra"), which may be taken off. Pack data only
 * ({@code pronouns.txt}, {@code connectives.txt}, {@code anaphora.txt}).
 */
final class OpeningWords {
  /** Compiled once: runs on every sentence. */
  private static final Pattern OPENING_MARKS = Pattern.compile("^[\\s…\"'“‘«(\\-–—]+");

  private final Map<Language, Set<String>> backWords = new java.util.HashMap<>();
  private final Map<Language, Set<String>> pronouns = new java.util.HashMap<>();
  private final Map<Language, Set<String>> connectives = new java.util.HashMap<>();
  private final Map<Language, Cleft> clefts = new java.util.concurrent.ConcurrentHashMap<>();

  OpeningWords() {
    for (Language l : Language.values()) {
      Set<String> words = new TreeSet<>();
      Set<String> p = new TreeSet<>();
      Set<String> c = new TreeSet<>();
      for (String name : List.of("pronouns", "connectives")) {
        for (String w : LangWords.lines(l, name)) {
          words.add(w.toLowerCase(Locale.ROOT));
          (name.equals("pronouns") ? p : c).add(w.toLowerCase(Locale.ROOT));
        }
      }
      // Openers pointing back as a pronoun does ("after that", "in response", a preposition with
      // a pronoun suffix): the pack's anaphora list.
      for (String w : AnaphoricOpeners.of(l)) {
        words.add(w);
        p.add(w);
      }
      connectives.put(l, c);
      backWords.put(l, words);
      pronouns.put(l, p);
    }
  }

  /** The language's pronouns and anaphoric openers ("they", "ông", "אחריה"), lower-case. */
  Set<String> pronouns(Language lang) {
    return pronouns.getOrDefault(lang, Set.of());
  }

  /** The language's connectives ("and", "but", "và", "ו"), lower-case. */
  Set<String> connectives(Language lang) {
    return connectives.getOrDefault(lang, Set.of());
  }

  /** True when {@code text} opens with a pronoun, demonstrative or connective of its language. */
  boolean pointsBack(Language lang, String text) {
    return opensWith(lang, text, backWords.getOrDefault(lang, Set.of()))
        || BareCount.opens(lang, text);
  }

  /**
   * True when {@code text} opens with a pronoun or demonstrative (a clause cut out of a longer
   * sentence may open with "and", but not with "they"), or with a bare number as its subject,
   * which counts a group named before as a pronoun points to it ({@link BareCount}).
   */
  /**
   * True when the opening kin word is a title: where the pack says kin words are titles too
   * (setting {@code pronoun-as-title}: "Ông" = he, "Ông Diệm" = Mr Diệm), one followed by a
   * capitalised name names that person, not someone before.
   */
  static boolean titledKin(Language lang, String text) {
    return "yes".equals(lang.pack().setting("pronoun-as-title", ""))
        && TITLED.matcher(text).matches();
  }

  /** A first word followed by a capitalised word. */
  private static final Pattern TITLED =
      java.util.regex.Pattern.compile("(?s)^\\P{L}*\\p{L}+\\s+\\p{Lu}.*");

  boolean opensWithPronoun(Language lang, String text) {
    int cleft = clefts.computeIfAbsent(lang, Cleft::of).clauseStart(text);
    if (cleft > 0) { // "It was in 1862 that they …": the clause after the link is what opens it
      return opensWithPronoun(lang, text.substring(cleft));
    }
    return opensWith(lang, text, pronouns.getOrDefault(lang, Set.of()))
        || BareCount.opens(lang, text);
  }

  /**
   * How many characters of {@code text} (from its start) are a connective opening it ("Moreover, ",
   * "Vì vậy, ", "And "), with the comma and spaces after it; 0 when it opens otherwise. The
   * clause after a connective stands on its own once the connective is taken off.
   */
  int connectiveLength(Language lang, String text) {
    Set<String> pro = pronouns.getOrDefault(lang, Set.of());
    String lower = text.toLowerCase(Locale.ROOT);
    int best = 0;
    for (String w : backWords.getOrDefault(lang, Set.of())) {
      if (!pro.contains(w) && lower.startsWith(w) && (lower.length() == w.length()
          || !Character.isLetterOrDigit(lower.charAt(w.length()))) && w.length() > best) {
        best = w.length();
      }
    }
    if (best == 0 || startLength(lower, pro) > best) {
      return 0; // a longer pointing phrase opens it ("còn có", there is also): not taken off
    }
    int i = best;
    while (i < text.length() && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    return i < text.length() ? i : 0;
  }

  private static boolean opensWith(Language lang, String text, Set<String> words) {
    String t = OPENING_MARKS.matcher(text).replaceFirst("").toLowerCase(Locale.ROOT);
    if (startsWithAny(t, words)) {
      return true;
    }
    // Hebrew glues "and", "that", "as" onto the next word: "והם", "וזה".
    String prefixes = lang.pack().setting("clause-prefixes", "");
    return !t.isEmpty() && prefixes.indexOf(t.charAt(0)) >= 0
        && startsWithAny(t.substring(1), words);
  }

  /** The length of the longest of {@code words} that opens {@code lower} as whole words; 0 if none. */
  private static int startLength(String lower, Set<String> words) {
    int best = 0;
    for (String w : words) {
      if (lower.startsWith(w) && (lower.length() == w.length()
          || !Character.isLetterOrDigit(lower.charAt(w.length()))
          && !numeralMark(lower, w.length()))) {
        best = Math.max(best, w.length());
      }
    }
    return best;
  }

  /**
   * A geresh or gershayim right after the letters ("בה' באייר", on the 5th of Iyar; "בו׳"): they
   * are a Hebrew numeral or an abbreviation, not the word those letters also spell ("בה", in
   * it). An ASCII apostrophe counts only before a space or the end ("it's" is a pronoun).
   */
  private static boolean numeralMark(String t, int at) {
    char c = t.charAt(at);
    return c == '׳' || c == '״'
        || c == '\'' && (at + 1 == t.length() || Character.isWhitespace(t.charAt(at + 1)));
  }

  private static boolean startsWithAny(String t, Set<String> words) {
    return startLength(t, words) > 0;
  }

}
