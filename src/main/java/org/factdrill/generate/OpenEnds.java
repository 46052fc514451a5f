package org.factdrill.generate;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Language;

/**
 * Whether a sentence that ends in an ellipsis was cut inside a phrase: the word before the
 * ellipsis opens a phrase and never ends one (a preposition, an article, a conjunction, a
 * demonstrative before its noun: the pack's {@code phrase-openers}), as in a teaser or excerpt
 * that a page truncated ("… moved in the spring of …"). Such an ellipsis ends no clause, so the
 * sentence is treated as cut off: a question keeps it only up to a clause end before the cut.
 */
final class OpenEnds {
  /** Every pack's phrase openers, lower case, read once. */
  private static final Map<Language, Set<String>> OPENERS = LangWords.perLanguage(l -> {
    Set<String> w = l.pack().words("phrase-openers");
    return w.isEmpty() ? null : Set.copyOf(w.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList());
  });

  private OpenEnds() {}

  /**
   * True when {@code core} (a cleaned sentence without its closing quotes or brackets) ends in an
   * ellipsis ("…", "...", "[…]") right after one of {@code lang}'s phrase openers.
   */
  static boolean cutInsidePhrase(Language lang, String core) {
    Set<String> openers = OPENERS.get(lang);
    if (openers == null) {
      return false;
    }
    int end = core.length();
    while (end > 0 && "….[] ".indexOf(core.charAt(end - 1)) >= 0) {
      end--;
    }
    String marks = core.substring(end);
    if (!marks.contains("…") && !marks.contains("...")) {
      return false; // a full stop, not an ellipsis
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(core.charAt(start - 1))) {
      start--;
    }
    String word = core.substring(start, end).replaceAll("^[\\p{Ps}\\p{Pi}\"']+|[\\p{P}&&[^'’]]+$", "");
    return !word.isEmpty() && openers.contains(word.toLowerCase(Locale.ROOT));
  }
}
