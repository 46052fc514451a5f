package org.factdrill.extract;

import java.lang.Character.UnicodeScript;
import org.factdrill.text.Language;

/**
 * A date written in another language's words and script inside a page ("May 14 1948" in a
 * caption of a Hebrew page, "Friday, 15 January 2016"): a run of another script is written in
 * that language, so its date is read by that language's date grammar, where the page's pack
 * names it ({@code pack.tsv} key {@code foreign-dates}: one language code). Tried only at a word
 * of another script than the page's that is one of that language's month names, or at digits
 * right before one: the page's own grammar read such a date as a day number and a bare year.
 */
final class ForeignDates {
  private final Lexicon lex;
  private final DateRecognizer rec;
  private final UnicodeScript own;

  private ForeignDates(Lexicon lex, UnicodeScript own) {
    this.lex = lex;
    this.rec = DateRecognizer.of(lex);
    this.own = own;
  }

  /** The reader for pages of {@code page}'s language; null when its pack names no language. */
  static ForeignDates of(Language page) {
    String code = page.pack().setting("foreign-dates", "").strip();
    Language other = code.isEmpty() ? null : Language.fromCode(code).orElse(null);
    if (other == null || other.equals(page)) {
      return null;
    }
    UnicodeScript script;
    try {
      script = UnicodeScript.forName(page.pack().script());
    } catch (IllegalArgumentException e) {
      return null;
    }
    return new ForeignDates(Lexicon.of(other), script);
  }

  /** True when token {@code i} may start a date of the other language. */
  boolean may(Toks t, int i) {
    int w = t.isDigits(i) ? i + 1 : i;
    if (!t.isWordTok(w) || UnicodeScript.of(t.text.codePointAt(t.startOf(w))) == own) {
      return false; // read off the token arrays: a word of the page's script makes no Token
    }
    return !t.lineBreakBefore(w) && lex.month(t.norm(w)) > 0;
  }

  /** The other language's date starting at token {@code i}, or null. */
  Match at(Toks t, int i) {
    if (!may(t, i)) {
      return null;
    }
    Match m = rec.at(t, i);
    return m != null && m.kind() == FactKind.DATE ? m : null;
  }
}
