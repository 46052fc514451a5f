package org.factdrill.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A subject pronoun after an opening time phrase ("בשנת 1950 היא הוכרזה", "In 1950 it was
 * declared", with the subject after the phrase as Hebrew may put it) points back as much as one
 * opening the sentence. Pack data ({@code fronted-time.txt}): the subject pronouns and the nouns
 * that open a time phrase after a prefix letter; a phrase opening with a figure is one too; the
 * endings of a verb in the first person ({@code first-person-ending}), whose hidden subject is
 * the writer. A pack without the list never finds one.
 */
final class TimePhrasePronoun {
  /** Compiled once: these run on every word of a sentence. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern OUTER_MARKS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");
  private static final Pattern CLOSING_MARK = Pattern.compile(".*[.,;:]$");

  /** The pronoun stands within this many words of the start. */
  private static final int REACH = 7;

  private record Words(Set<String> pronouns, Set<String> times, Set<String> firstPerson,
      Set<String> firstWords) {}

  /** A quotation: its first person is the one quoted, whom the sentence names. */
  private static final Pattern QUOTED = Pattern.compile(
      "\"[^\"]*\"|“[^”]*”|«[^»]*»");

  /** A verb is a stem of at least this many letters before its person ending. */
  private static final int STEM_LETTERS = 3;

  private final Map<Language, Words> words = new HashMap<>();

  TimePhrasePronoun() {
    for (Language l : Language.values()) {
      Set<String> pro = new HashSet<>();
      Set<String> time = new HashSet<>();
      Set<String> first = new HashSet<>();
      Set<String> firstWords = new HashSet<>();
      for (String line : LangWords.lines(l, "fronted-time")) {
        String[] p = line.split("\t");
        if (p.length == 2) {
          switch (p[0].strip()) {
            case "pronoun" -> pro.add(p[1].strip());
            case "first-person-ending" -> first.add(p[1].strip());
            case "first-person-word" -> firstWords.add(p[1].strip());
            default -> time.add(p[1].strip());
          }
        }
      }
      // A month's name opens a time phrase as a time noun does ("באוקטובר 1921 הגעתי").
      l.pack().monthNames().forEach(time::addAll);
      words.put(l, new Words(Set.copyOf(pro), Set.copyOf(time), Set.copyOf(first),
          Set.copyOf(firstWords)));
    }
  }

  /**
   * True when {@code sentence} opens with a time phrase and then a subject pronoun, or has a verb
   * of the first person for its first word or its first word after an opening time phrase
   * ("עליתי לארץ ב-1890", "בשנת 1890 עליתי לארץ": the writer, whom no sentence before names).
   */
  boolean find(Language lang, String sentence) {
    Words w = words.get(lang);
    if (w == null) {
      return false;
    }
    if (firstPerson(lang, sentence)) {
      return true;
    }
    return !w.pronouns().isEmpty() && find(lang, sentence, w.pronouns()::contains);
  }

  /**
   * True when {@code sentence} opens with a time phrase and then, within reach, a word that
   * {@code subject} accepts ("ב-1786 הם", "ב-1786 והשניים").
   */
  boolean find(Language lang, String sentence, java.util.function.Predicate<String> subject) {
    Words w = words.get(lang);
    String[] t = SPACES.split(sentence.strip());
    if (w == null || t.length < 2 || !timePhrase(lang, t[0], w.times())) {
      return false;
    }
    for (int i = 1; i < Math.min(t.length, REACH); i++) {
      String bare = OUTER_MARKS.matcher(t[i]).replaceAll("");
      if (subject.test(bare)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the clause's first word, or the first word after an opening time phrase (the word
   * after its last figure), ends in the pack's first-person ending after a stem of a verb's
   * length ("עליתי", "בשנת 1890 עליתי").
   */
  boolean firstPerson(Language lang, String sentence) {
    Words w = words.get(lang);
    if (w != null && writerWord(sentence, w.firstWords())) {
      return true;
    }
    if (w == null || w.firstPerson().isEmpty()) {
      return false;
    }
    String[] t = SPACES.split(sentence.strip());
    int at = 0;
    if (t.length > 1 && timePhrase(lang, t[0], w.times())) {
      at = -1;
      for (int i = 0; i < Math.min(t.length - 1, REACH); i++) {
        if (t[i].chars().anyMatch(Character::isDigit)) {
          at = i + 1;
        }
      }
      if (at < 0) {
        return false;
      }
    }
    String word = OUTER_MARKS.matcher(t[at]).replaceAll("");
    for (String e : w.firstPerson()) {
      if (word.endsWith(e) && word.length() >= e.length() + STEM_LETTERS
          && word.chars().allMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a first-person word of the pack ({@code first-person-word}) stands in the sentence
   * outside quotation marks, and not right after a capitalised word other than the first (a
   * name's numeral: "World War I").
   */
  private static boolean writerWord(String sentence, Set<String> first) {
    if (first.isEmpty()) {
      return false;
    }
    String[] t = SPACES.split(QUOTED.matcher(sentence).replaceAll(" \" ").strip());
    for (int i = 0; i < t.length; i++) {
      String word = OUTER_MARKS.matcher(t[i]).replaceAll("");
      if (first.contains(word) && !(i > 1 && word.length() == 1
          && Character.isUpperCase(t[i - 1].codePointAt(0))
          && !CLOSING_MARK.matcher(t[i - 1]).matches())) {
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
