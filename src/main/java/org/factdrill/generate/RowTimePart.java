package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * A dated time phrase that is one comma-separated part of a list row ("thống nhất từ năm
 * canh-thìn 1640", "united from the year 1640"): at most three lower-case words (a verb of
 * founding or unifying, or none), a preposition of time, the year word or none, the year's name
 * in the sixty-year cycle or none (stem and branch, with a hyphen or a space), and the year's
 * figure last. It dates the row; it is no clause's predicate. Pack data: time-prepositions,
 * year-units, date-fillers, sexagenary-stems, sexagenary-branches.
 */
final class RowTimePart {
  /** Lower-case words before the preposition: a verb of one to three syllables or words. */
  private static final int VERB_WORDS = 3;

  private RowTimePart() {}

  /** True when {@code part} is such a dated time phrase. */
  static boolean is(Language lang, String part) {
    String[] w = part.strip().split("\\s+");
    if (w.length < 2 || !w[w.length - 1].matches("\\p{N}{3,4}")) {
      return false;
    }
    Set<String> preps = lang.pack().words("time-prepositions");
    int i = 0;
    while (i < w.length - 1 && !preps.contains(w[i].toLowerCase(Locale.ROOT))) {
      if (i >= VERB_WORDS || !w[i].matches("[\\p{Ll}\\p{M}]+")) {
        return false; // a name, a figure, or more than a verb before the preposition
      }
      i++;
    }
    if (i >= w.length - 1) {
      return false;
    }
    i++; // the preposition
    Set<String> yearWords = new java.util.HashSet<>(lang.pack().words("year-units"));
    yearWords.addAll(lang.pack().words("date-fillers"));
    while (i < w.length - 1 && yearWords.contains(w[i].toLowerCase(Locale.ROOT))) {
      i++;
    }
    Set<String> stems = lang.pack().indexedWords("sexagenary-stems").keySet();
    Set<String> branches = lang.pack().indexedWords("sexagenary-branches").keySet();
    int cycle = 0;
    while (i < w.length - 1 && cycle < 2) {
      String[] halves = w[i].toLowerCase(Locale.ROOT).split("-");
      boolean named = halves.length == 2 ? stems.contains(halves[0]) && branches.contains(halves[1])
          : halves.length == 1 && (cycle == 0 ? stems : branches).contains(halves[0]);
      if (!named) {
        return false;
      }
      cycle += halves.length;
      i++;
    }
    return i == w.length - 1;
  }
}
