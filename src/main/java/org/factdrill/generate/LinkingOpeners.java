package org.factdrill.generate;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * Openers that tie a sentence to what the one before told: an answer or a consequence ("In
 * response, …", "As a result, …", "Vì vậy, …", "בתגובה …"; pack words {@code linking-openers}).
 * Such a sentence reads best with the sentence before it, so that one is shown when it is prose
 * and short; else the opener is taken off, as a connective is, and the clause after it (which
 * names its own subject) is asked alone. An opener that a preposition continues ("In response to
 * the strike", "As a result of the war") heads a phrase that names what it answers: no link.
 */
final class LinkingOpeners {
  /** Every pack's openers, lower case, read once. */
  private static final Map<Language, Set<String>> OPENERS = LangWords.perLanguage(l -> {
    Set<String> w = l.pack().words("linking-openers");
    return w.isEmpty() ? null : Set.copyOf(w.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList());
  });

  /** Every pack's prepositions that continue an opener into a phrase ("to", "of"). */
  private static final Map<Language, Set<String>> CONTINUED = LangWords.perLanguage(l -> {
    Set<String> w = l.pack().words("linking-continuers");
    return w.isEmpty() ? null : w;
  });

  private LinkingOpeners() {}

  /**
   * How many characters of {@code text} an opener takes, with the comma and spaces after it (one
   * letter of the pack's clause prefixes may join it: "ולכן"); 0 when it opens with none, or
   * when nothing follows it.
   */
  static int length(Language lang, String text) {
    Set<String> openers = OPENERS.get(lang);
    if (openers == null) {
      return 0;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String prefixes = lang.pack().setting("clause-prefixes", "");
    int skip = !lower.isEmpty() && prefixes.indexOf(lower.charAt(0)) >= 0 ? 1 : 0;
    int best = 0;
    for (int k = 0; k <= skip; k++) {
      for (String w : openers) {
        if (lower.startsWith(w, k) && (lower.length() == k + w.length()
            || !Character.isLetterOrDigit(lower.charAt(k + w.length())))) {
          best = Math.max(best, k + w.length());
        }
      }
    }
    if (best > 0 && continued(lang, lower, best)) {
      return 0; // "In response to the strike, …": the phrase names what it answers
    }
    int i = best;
    while (best > 0 && i < text.length()
        && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    return best > 0 && i < text.length() ? i : 0;
  }

  /** True when the word after the opener ending at {@code end} (a space between) opens a phrase. */
  private static boolean continued(Language lang, String lower, int end) {
    Set<String> words = CONTINUED.get(lang);
    if (words == null || end >= lower.length() || lower.charAt(end) != ' ') {
      return false;
    }
    int e = end + 1;
    while (e < lower.length() && Character.isLetter(lower.charAt(e))) {
      e++;
    }
    return e > end + 1 && words.contains(lower.substring(end + 1, e));
  }
}
