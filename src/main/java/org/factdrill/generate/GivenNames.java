package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
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
 * together, in one paragraph or list. Only in a script with capitals: without them nothing tells
 * a name from a noun.
 */
final class GivenNames {
  /** A capitalised word: letters and marks, inner apostrophes and hyphens. */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*";
  /** A run of capitalised words on one line ("Anna Verlo", "Trịnh Văn Khôi"). */
  private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{M}])" + WORD
      + "(?:\\h" + WORD + ")*");
  /** A full name has this many words at most. */
  private static final int MAX_WORDS = 4;

  private GivenNames() {}

  /**
   * A given name that {@code prompt} uses alone, of a family the text before {@code before}
   * introduced in full, when neither the prompt nor {@code contextLine} shows one of its full
   * names; null when there is none. {@code asName} says whether the text writes a word
   * capitalised in mid-sentence (a sentence's first word is capitalised whatever it is).
   */
  static String alone(String text, int before, String prompt, String contextLine,
      Predicate<String> asName) {
    if (TopicNames.caseless(prompt)) {
      return null;
    }
    String earlier = text.substring(0, Math.max(0, Math.min(before, text.length())));
    String shown = prompt + "\n" + (contextLine == null ? "" : contextLine);
    Matcher m = RUN.matcher(prompt);
    while (m.find()) {
      String[] words = names(m.group().split("\\h"), asName);
      if (words.length != 1) {
        continue; // a name of two words or more says which one it is
      }
      List<String> full = family(earlier, words[0], asName);
      if (!full.isEmpty() && full.stream().noneMatch(f -> holds(shown, f))) {
        return words[0];
      }
    }
    return null;
  }

  /** True when {@code line} shows one of the full names of {@code given}'s family in text. */
  static boolean showsFullName(String text, int before, String line, String given,
      Predicate<String> asName) {
    String earlier = text.substring(0, Math.max(0, Math.min(before, text.length())));
    return family(earlier, given, asName).stream().anyMatch(f -> holds(line, f));
  }

  /**
   * The full names in {@code earlier} that hold {@code given} and differ from another full name
   * there in that word only; empty when the word is no given name of a family, or the text wrote
   * it alone before it wrote any full name with it.
   */
  private static List<String> family(String earlier, String given, Predicate<String> asName) {
    List<String> out = new ArrayList<>();
    int firstAlone = -1;
    int firstFull = -1;
    Matcher m = RUN.matcher(earlier);
    while (m.find()) {
      String[] words = names(m.group().split("\\h"), asName);
      int at = indexOf(words, given);
      if (at < 0) {
        continue;
      }
      if (words.length == 1) {
        firstAlone = firstAlone < 0 ? m.start() : firstAlone;
        continue;
      }
      if (words.length > MAX_WORDS) {
        continue;
      }
      firstFull = firstFull < 0 ? m.start() : firstFull;
      int from = earlier.lastIndexOf("\n\n", m.start());
      int to = earlier.indexOf("\n\n", m.end());
      String block = earlier.substring(Math.max(0, from), to < 0 ? earlier.length() : to);
      if (hasSibling(earlier, block, words, at, asName)) {
        out.add(String.join(" ", words));
      }
    }
    return firstAlone >= 0 && firstAlone < firstFull ? List.of() : out;
  }

  /**
   * True when {@code block} holds a full name like {@code words} but for word {@code at}: the
   * members of a family are introduced together, in one paragraph or the rows of one list ("Piet
   * Verlo and Mara Verlo"), not two places of the text that happen to share a word. The words
   * they share are a family's name, which the text never writes in lower case (a title is:
   * "President X and President Y", "the president").
   */
  private static boolean hasSibling(String earlier, String block, String[] words, int at,
      Predicate<String> asName) {
    for (int i = 0; i < words.length; i++) {
      String lower = words[i].toLowerCase(java.util.Locale.ROOT);
      if (i != at && !lower.equals(words[i]) && holds(earlier, lower)) {
        return false;
      }
    }
    Matcher m = RUN.matcher(block);
    while (m.find()) {
      String[] other = names(m.group().split("\\h"), asName);
      if (other.length != words.length || other[at].equals(words[at])) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < words.length && same; i++) {
        same = i == at || other[i].equals(words[i]);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a run that are names: a possessive ending taken off, and the first word left out
   * when the text never writes it capitalised in mid-sentence (a sentence's first word, "In").
   */
  private static String[] names(String[] run, Predicate<String> asName) {
    List<String> out = new ArrayList<>();
    for (String w : run) {
      out.add(w.replaceAll("['’]s$", ""));
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

  private static boolean holds(String line, String name) {
    return Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(name) + "(?![\\p{L}\\p{M}])")
        .matcher(line).find();
  }
}
