package org.factdrill.generate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.extract.Fact;
import org.factdrill.text.Language;

/**
 * Whether a precisely written figure may take wrong values at its own precision (its last places,
 * or a few percent off): only a length of time, the span of a cycle of nature written to its
 * hundredths ("a mean year of 365.24 days", "a month of 29.531 days"), or a rate, one unit per
 * another ("3.1275 shillings an ounce", "14.25 miles per hour"). A measured size, count or amount
 * ("an area of 4,512.37 square kilometres", "1,250.75 tonnes of flour") is known to its decimals
 * only by its measurer: options that differ in them test nothing a student can know, so its
 * wrong values vary the whole figure, as for any count.
 */
final class FineValues {
  /** How many words after the figure may hold its unit before a rate word ("square miles per"). */
  private static final int UNIT_WORDS = 3;
  private static final java.util.regex.Pattern TRAIL = java.util.regex.Pattern.compile(
      "[\\p{P}&&[^/]]+$");
  private static final java.util.regex.Pattern SLASHED = java.util.regex.Pattern.compile(
      "\\p{L}+/\\p{L}+");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private FineValues() {}

  /**
   * True when {@code f}, written precisely ({@link QuantityCandidates#precise}), is a length of
   * time or a rate: its unit is one of the pack's duration-units, or the words after the blank of
   * {@code template} (null when unknown) reach one of the pack's rate-words ("per", "each"), a
   * rate-article before one of its rate-units ("an hour", "a pound") or a slash ("km/h") within
   * its unit's few words.
   */
  static boolean suits(Language lang, Fact f, String template) {
    if (!QuantityCandidates.precise(f, QuantityCandidates.numbers(f.value()))) {
      return false;
    }
    Set<String> durations = lang.pack().words("duration-units");
    Locale loc = lang.pack().locale();
    if (f.unit() != null && durations.contains(f.unit().toLowerCase(loc))) {
      return true;
    }
    int h = template == null ? -1 : template.indexOf(PromptBuilder.HOLE);
    return h >= 0 && rate(lang, template.substring(h + 1));
  }

  private static boolean rate(Language lang, String after) {
    Locale loc = lang.pack().locale();
    Set<String> rateWords = lang.pack().words("rate-words");
    Set<String> articles = lang.pack().words("rate-articles");
    Set<String> perUnits = lang.pack().words("rate-units");
    List<String> words = List.of(SPACES.split(after.strip(), UNIT_WORDS + 3));
    for (int i = 0; i < Math.min(words.size(), UNIT_WORDS + 1); i++) {
      String raw = words.get(i);
      String w = TRAIL.matcher(raw).replaceAll("").toLowerCase(loc);
      if (w.isEmpty()) {
        return false;
      }
      if (rateWords.contains(w) || SLASHED.matcher(w).matches()) {
        return true;
      }
      if (articles.contains(w) && i + 1 < words.size() && perUnits.contains(
          TRAIL.matcher(words.get(i + 1)).replaceAll("").toLowerCase(loc))) {
        return true;
      }
      if (!raw.equals(w) && !raw.toLowerCase(loc).equals(w)) {
        return false; // a punctuation mark ends the figure's phrase
      }
    }
    return false;
  }
}
