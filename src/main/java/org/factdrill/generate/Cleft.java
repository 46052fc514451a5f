package org.factdrill.generate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A cleft sentence that fronts a time ("It was in 1862 that the council voted …", "It was not
 * until 1899 that …"): its opening pronoun is the empty subject of the copula and points to
 * nothing; the clause after the link word is the sentence's own. Pack settings {@code
 * cleft-heads} (the pronoun with the copula, "|"-separated), {@code cleft-fronts} (the words a
 * fronted time opens with: a time preposition, "not until", "only"; "It was built in 1862 so that
 * …" fronts no time) and {@code cleft-links} (the words opening the clause); a figure must stand
 * between head and link, within a few words.
 */
final class Cleft {
  /** The fronted time phrase between the head and the link has at most this many words. */
  private static final int PHRASE_WORDS = 10;

  private final Pattern opening;

  private Cleft(Pattern opening) {
    this.opening = opening;
  }

  /** The language's cleft openings; one that finds none where the pack has no settings. */
  static Cleft of(Language lang) {
    String heads = lang.pack().setting("cleft-heads", "").strip();
    String links = lang.pack().setting("cleft-links", "").strip();
    String fronts = lang.pack().setting("cleft-fronts", "").strip();
    return new Cleft(heads.isEmpty() || links.isEmpty() || fronts.isEmpty() ? null : Pattern.compile(
        "^[\\s\"'“‘«(]*(?:" + heads.toLowerCase(Locale.ROOT) + ")\\s+((?=(?:"
            + fronts.toLowerCase(Locale.ROOT) + ")\\s|\\d)(?:\\S+\\s+){1,"
            + PHRASE_WORDS + "}?)(?:" + links.toLowerCase(Locale.ROOT) + ")\\s+",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /**
   * Where the clause after a cleft's link word starts in {@code text}, or -1 when {@code text}
   * does not open with a cleft fronting a figure ("It was the council that …" fronts none: its
   * "it" may still point back).
   */
  int clauseStart(String text) {
    if (opening == null || text.length() < 2) {
      return -1;
    }
    Matcher m = opening.matcher(text).region(0, Math.min(text.length(), 200));
    return m.find() && m.group(1).matches("(?s).*\\d.*") ? m.end() : -1;
  }
}
