package org.factdrill.generate;

import org.factdrill.generate.Stem.DocState;
import org.factdrill.text.Language;
import org.factdrill.text.Span;

/**
 * Whether a sentence opens by pointing back to the one before it (a pronoun, a dropped subject,
 * a demonstrative phrase), so that it cannot be asked alone.
 */
final class PointingBack {
  private final Context context;
  private final RelativeTime relative;
  private final java.util.Map<Language, OpeningAnaphor> anaphors =
      new java.util.HashMap<>();
  private final TimePhrasePronoun fronted = new TimePhrasePronoun();

  PointingBack(Context context, RelativeTime relative) {
    this.context = context;
    this.relative = relative;
  }

  /**
   * True when the sentence from {@code from} opens by pointing back: a pronoun, or a demonstrative
   * in its first phrase ("Sau đó, …", "At that time, …", "Kế hoạch này …"; pack data), unless
   * that phrase is a relative time the document resolves ("that year", "năm đó": its year is
   * shown instead) or names what the context line names ("Chiến dịch này" under "Chiến dịch …").
   */
  boolean pointsBack(DocState st, int from, Span s) {
    Language lang = st.doc().lang();
    String text = st.doc().text();
    String opening = PromptBuilder.clean(text.substring(from, s.end()));
    if (context.opensWithPronoun(lang, opening)) {
      // Where kin words are pronouns and titles alike ("Ông" = he, "Ông Diệm" = Mr Diệm; pack
      // setting pronoun-as-title), one followed by a capitalized name is a title, not a pronoun.
      return !OpeningWords.titledKin(lang, opening);
    }
    if (FrontedPronoun.find(lang, opening, context.subordinators(lang), context.pronouns(lang))) {
      return true; // "Sau khi X, ông …": the main clause's subject points back
    }
    if (Referents.of(lang).dropsSubject(opening)) {
      return true; // "Đã ký …": the subject was dropped, the sentence before has it
    }
    if (fronted.find(lang, opening)) {
      return true; // "בשנת 1950 היא ...": the subject pronoun after a time phrase
    }
    OpeningAnaphor.Found a = anaphors.computeIfAbsent(lang, OpeningAnaphor::of).find(opening);
    if (a == null) {
      return false;
    }
    int near = Math.min(s.end(), from + 60);
    for (RelativeTime.Found r : relative.find(lang, text, from, near)) {
      if (r.text().toLowerCase(java.util.Locale.ROOT).contains(a.word())) {
        return false;
      }
    }
    return !(a.noun().contains(" ") && Context.mentions(lang, st.context().line(s.start()),
        a.noun()));
  }
}
