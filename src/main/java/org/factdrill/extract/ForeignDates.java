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
 * Where both languages write the same script (an English date line atop a Vietnamese page,
 * "Tuesday, March 8, 2011"), only a capitalised month word beside a day's digits that the page's
 * own grammar does not read as a month is tried, and only a whole date (day, month, year) is
 * taken: a month word alone may be a word of the page.
 */
final class ForeignDates {
  private final Lexicon lex;
  private final DateRecognizer rec;
  private final UnicodeScript own;
  /** Both languages write the page's script: the word's script tells neither apart. */
  private final boolean shared;
  /** The page's own grammar, asked whether a shared-script month word is one of its months. */
  private final Lexicon page;

  private ForeignDates(Lexicon lex, UnicodeScript own, boolean shared, Lexicon page) {
    this.lex = lex;
    this.rec = DateRecognizer.of(lex);
    this.own = own;
    this.shared = shared;
    this.page = page;
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
    boolean shared = other.pack().script().equals(page.pack().script());
    return new ForeignDates(Lexicon.of(other), script, shared, Lexicon.of(page));
  }

  /** True when token {@code i} may start a date of the other language. */
  boolean may(Toks t, int i) {
    boolean day = t.isDigits(i);
    int w = day ? i + 1 : i;
    if (!t.isWordTok(w)) {
      return false;
    }
    if (shared) { // read off the arrays: a capital beside digits before any Token is made
      return Character.isUpperCase(t.chars[t.startOf(w)]) && (day || t.isDigits(i + 1))
          && !t.lineBreakBefore(w) && lex.month(t.norm(w)) > 0 && page.month(t.norm(w)) == 0;
    }
    if (UnicodeScript.of(t.text.codePointAt(t.startOf(w))) == own) {
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
    if (m == null || m.kind() != FactKind.DATE) {
      return null;
    }
    return !shared || m.year() != Match.NO_YEAR && whole(m) ? m : null;
  }

  /** A date naming its day, month and year ("2011-03-08"). */
  private static boolean whole(Match m) {
    return m.value() instanceof Value.Date d && d.iso().length() == 10 && !d.iso().startsWith("-");
  }
}
