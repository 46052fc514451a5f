package org.factdrill.generate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A definite abstract noun that is the object of a verb of responding ("answered the
 * challenge", "met the threat", "responded to the move"; pack words {@code responding-verbs},
 * {@code responded-nouns}, after one of the pack's {@code definite-articles}) stands for the event
 * of the sentence before (a rival's launch, an enemy's offer), wherever it stands in its clause:
 * the prompt must show that sentence, or the fact is not asked. A phrase after the noun that says
 * which ("the challenge of the rival league", "the threat posed by …") names it.
 */
final class RespondedNoun {
  /** Every pack's pattern, built once; null for a pack without the words. */
  private static final Map<Language, Pattern> PATTERNS = LangWords.perLanguage(RespondedNoun::of);

  private RespondedNoun() {}

  private static Pattern of(Language l) {
    List<String> verbs = l.pack().words("responding-verbs").stream().toList();
    List<String> nouns = l.pack().words("responded-nouns").stream().toList();
    List<String> arts = l.pack().words("definite-articles").stream().toList();
    if (verbs.isEmpty() || nouns.isEmpty() || arts.isEmpty()) {
      return null;
    }
    List<String> which = l.pack().words("responded-namers").stream().toList();
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:" + alt(verbs) + ")\\s+(?:" + alt(arts)
        + ")\\s+(?:(?-i:[\\p{Ll}\\p{M}-]+)\\s+)?(" + alt(nouns) + ")(?![\\p{L}\\p{M}])"
        + (which.isEmpty() ? "" : "(?!\\s+(?:" + alt(which) + ")(?![\\p{L}\\p{M}]))"));
  }

  private static String alt(List<String> words) {
    return String.join("|", words.stream().sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote).toList());
  }

  /** The responded noun in {@code clause}, or null when there is none. */
  static String in(Language lang, String clause) {
    Pattern p = PATTERNS.get(lang);
    if (p == null || clause == null) {
      return null;
    }
    Matcher m = p.matcher(clause);
    return m.find() ? m.group(1) : null;
  }
}
