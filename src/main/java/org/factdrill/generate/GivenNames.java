package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members of one family named in full and then by their own names alone. A text that introduces
 * several people whose full names differ in one word only ("Anna Verlo, Piet Verlo and Mara
 * Verlo", "Trịnh Khôi, Trịnh Lâm") then calls each by that word ("Piet", "Lâm"): alone, it names
 * no one a student knows, and the shared word no longer says which one. Such a word needs one of
 * its full names on screen (in the prompt or its context line) or the sentence before carried when
 * that one shows it. A word the text writes alone before it introduces the family is a name of its
 * own (a place, a dynasty), not a given name; and the members of a family are introduced
 * together, side by side in one sentence or as the rows of one list. Only in a script with capitals: without them nothing tells
 * a name from a noun.
 */
final class GivenNames {
  /** Compiled once: these run on every word of every run of names. */
  private static final Pattern BLANK = Pattern.compile("\\h");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  /** A capitalised word: letters and marks, inner apostrophes and hyphens. */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*";
  /** A run of capitalised words on one line ("Anna Verlo", "Trịnh Văn Khôi"). */
  static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{M}])" + WORD
      + "(?:\\h" + WORD + ")*");
  /** A full name has this many words at most. */
  private static final int MAX_WORDS = 4;

  private GivenNames() {}

  /**
   * A given name that {@code prompt} uses alone, of a family the text before {@code before}
   * introduced in full, when neither the prompt nor {@code contextLine} shows one of its full
   * names; null when there is none. {@code asName} says whether the text writes a word
   * capitalised in mid-sentence (a sentence's first word is capitalised whatever it is);
   * {@code joins} are the language's conjunctions ("and", "và").
   */
  static String alone(String text, int before, String prompt, String contextLine,
      Predicate<String> asName, Set<String> joins) {
    String earlier = text.substring(0, Math.max(0, Math.min(before, text.length())));
    return unshown(prompt, contextLine, asName, (m, w) -> family(earlier, w, asName, joins));
  }

  /**
   * The first name word that {@code prompt} writes alone (a run of one word) whose full names,
   * by {@code fullNames} (given the run's match and the word), are some and none of them is
   * shown in the prompt or {@code contextLine}; null when there is none or the script has no
   * capitals.
   */
  static String unshown(String prompt, String contextLine, Predicate<String> asName,
      java.util.function.BiFunction<Matcher, String, List<String>> fullNames) {
    if (TopicNames.caseless(prompt)) {
      return null;
    }
    String shown = prompt + "\n" + (contextLine == null ? "" : contextLine);
    Matcher m = RUN.matcher(prompt);
    while (m.find()) {
      String[] words = names(BLANK.split(m.group()), asName);
      if (words.length != 1) {
        continue; // a name of two words or more says which one it is
      }
      List<String> full = fullNames.apply(m, words[0]);
      if (!full.isEmpty() && full.stream().noneMatch(f -> holds(shown, f))) {
        return words[0];
      }
    }
    return null;
  }

  /** True when {@code line} shows one of the full names of {@code given}'s family in text. */
  static boolean showsFullName(String text, int before, String line, String given,
      Predicate<String> asName, Set<String> joins) {
    String earlier = text.substring(0, Math.max(0, Math.min(before, text.length())));
    return family(earlier, given, asName, joins).stream().anyMatch(f -> holds(line, f));
  }

  /** A run of capitalised words where it stands, read as names. */
  private record Run(int start, int end, String[] words) {}

  /**
   * The full names in {@code earlier} that hold {@code given} and differ from a full name beside
   * them in that word only; empty when the word is no given name of a family, or the text wrote
   * it alone before it wrote any full name with it.
   */
  private static List<String> family(String earlier, String given, Predicate<String> asName,
      Set<String> joins) {
    List<Run> runs = new ArrayList<>();
    Matcher m = RUN.matcher(earlier);
    while (m.find()) {
      runs.add(new Run(m.start(), m.end(), names(BLANK.split(m.group()), asName)));
    }
    List<String> out = new ArrayList<>();
    int firstAlone = -1;
    int firstFull = -1;
    for (int k = 0; k < runs.size(); k++) {
      String[] words = runs.get(k).words();
      int at = indexOf(words, given);
      if (at < 0) {
        continue;
      }
      if (words.length == 1) {
        firstAlone = firstAlone < 0 ? runs.get(k).start() : firstAlone;
        continue;
      }
      firstFull = firstFull < 0 ? runs.get(k).start() : firstFull;
      boolean sibling = false;
      for (int j : new int[] {k - 1, k + 1}) {
        sibling |= j >= 0 && j < runs.size() && words.length <= MAX_WORDS
            && sameBut(words, runs.get(j).words(), at)
            && together(earlier, runs.get(Math.min(j, k)), runs.get(Math.max(j, k)), joins);
      }
      if (sibling && familyName(earlier, words, at)) {
        out.add(String.join(" ", words));
      }
    }
    return firstAlone >= 0 && firstAlone < firstFull ? List.of() : out;
  }

  /** True when {@code other} is {@code words} with another word at {@code at}. */
  private static boolean sameBut(String[] words, String[] other, int at) {
    if (other.length != words.length || other[at].equals(words[at])) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (i != at && !other[i].equals(words[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when two runs are introduced together, as the members of a family are: side by side,
   * joined by a comma or a conjunction of the language ("Anna Verlo, Piet Verlo and Mara
   * Verlo"), or opening two rows of one list; not two places a text names apart ("West X" in one
   * sentence, "East X" in another).
   */
  private static boolean together(String text, Run a, Run b, Set<String> joins) {
    String between = text.substring(a.end(), b.start());
    String rest = between.replaceAll("[\\s,;&/]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    if (rest.isEmpty() || joins.contains(rest)) {
      return true;
    }
    return between.indexOf('\n') >= 0 && between.indexOf('\n') == between.lastIndexOf('\n')
        && opensRow(text, a.start()) && opensRow(text, b.start());
  }

  /** True when only a list's bullet or number stands between a line's start and {@code at}. */
  private static boolean opensRow(String text, int at) {
    int line = text.lastIndexOf('\n', at - 1) + 1;
    return text.substring(line, at).matches("[\\s\\-–—•*·\\d.)]*");
  }

  /**
   * True when the words a family shares (all but word {@code at}) are a family's name, which the
   * text never writes in lower case (a title is: "President X and President Y", "the
   * president").
   */
  private static boolean familyName(String earlier, String[] words, int at) {
    for (int i = 0; i < words.length; i++) {
      String lower = words[i].toLowerCase(java.util.Locale.ROOT);
      if (i != at && !lower.equals(words[i]) && holds(earlier, lower)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of a run that are names: a possessive ending taken off, and the first word left out
   * when the text never writes it capitalised in mid-sentence (a sentence's first word, "In").
   */
  static String[] names(String[] run, Predicate<String> asName) {
    List<String> out = new ArrayList<>();
    for (String w : run) {
      out.add(POSSESSIVE.matcher(w).replaceAll(""));
    }
    if (!out.isEmpty() && !asName.test(out.get(0))) {
      out.remove(0);
    }
    return out.toArray(new String[0]);
  }

  private static int indexOf(String[] words, String w) {
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals(w)) {
        return i;
      }
    }
    return -1;
  }

  static boolean holds(String line, String name) {
    return Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(name) + "(?![\\p{L}\\p{M}])")
        .matcher(line).find();
  }
}
