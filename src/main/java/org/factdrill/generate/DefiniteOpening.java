package org.factdrill.generate;

import java.util.Locale;
import java.util.Set;
import org.factdrill.text.Document;
import org.factdrill.text.Language;

/**
 * Whether a sentence opens with a definite noun that points back ("The town had …", "The house
 * was …"): the article says the noun was named before, and when the sentence names nothing
 * itself (no proper noun, no acronym) and the context line does not say the noun either, the
 * student cannot tell which town. The generator then treats it as a pronoun opening a sentence:
 * the sentence before is shown, or the fact is not asked. The articles are pack data (setting
 * {@code definite-articles}); a language without such a word (Vietnamese) or that glues it to the
 * noun (Hebrew: {@code topic-nouns.txt}) never finds one here.
 */
final class DefiniteOpening {
  private DefiniteOpening() {}

  /** True when {@code opening} opens with an article and a lower-case noun nothing names. */
  static boolean pointsBack(Language lang, Document doc, String opening, String contextLine,
      Context context) {
    String articles = lang.pack().setting("definite-articles", "");
    if (articles.isBlank()) {
      return false;
    }
    String t = opening.replaceFirst("^[\\s…\"'“‘«(\\-–—]+", "");
    String[] w = t.split("\\s+", 3);
    if (w.length < 3 || !Set.of(articles.toLowerCase(Locale.ROOT).split("\\s+"))
        .contains(w[0].toLowerCase(Locale.ROOT))) {
      return false;
    }
    String noun = w[1];
    if (!noun.matches("\\p{Ll}[\\p{Ll}\\p{M}]+")) {
      return false; // "The 1906 earthquake", "The Allies": the words say which
    }
    if (context.namesSubject(doc, t)) {
      return false; // a name in the sentence says which
    }
    return !Context.mentions(lang, contextLine, noun);
  }
}
