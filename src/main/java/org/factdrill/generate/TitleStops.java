package org.factdrill.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.text.Span;

/**
 * The period of a title or rank written before a name ("Gen.", "Mrs.", "Capt.", "TS.": a pack's
 * {@code abbreviations} that are no month or weekday) ends no sentence. A sentence the page split
 * there (a paragraph or line broken right after the title) holds half a clause: a prompt never
 * ends at such a period ("… opened by Capt."), nor starts right after it ("Harlow crossed …"),
 * and a sentence shown before the asked one never ends there. After a capitalised word the
 * abbreviation ends a name instead ("Main St.", "Elm Dr."), which may end a sentence.
 */
final class TitleStops {
  /** Every pack's title abbreviations, lower-case: for texts whose language is not at hand. */
  private static final Set<String> ANY_PACK = anyPack();

  private TitleStops() {}

  private static Set<String> anyPack() {
    Set<String> s = new HashSet<>();
    for (LanguagePack p : LanguagePacks.all()) {
      s.addAll(titles(p));
    }
    return Set.copyOf(s);
  }

  private static Set<String> titles(LanguagePack p) {
    Set<String> s = new HashSet<>(p.words("abbreviations"));
    s.removeAll(p.monthForms().keySet());
    s.removeAll(p.words("weekday-abbreviations"));
    return s;
  }

  /**
   * True when sentence {@code s} of {@code text} ends at a title's period or starts right after
   * one (white space between): the page split a clause at the title.
   */
  static boolean splitAt(String text, Span s) {
    if (s == null || s.end() > text.length()) {
      return false;
    }
    int end = s.end();
    while (end > s.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (endsAtTitle(text, s.start(), end)) {
      return true;
    }
    int before = s.start();
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    return before < s.start() && endsAtTitle(text, 0, before);
  }

  /**
   * True when {@code text} before {@code end} (not before {@code from}) ends with a capitalised
   * title abbreviation and its period ("… by Capt.").
   */
  static boolean endsAtTitle(String text, int from, int end) {
    if (end - 1 <= from || text.charAt(end - 1) != '.') {
      return false;
    }
    int w = end - 1;
    while (w > from && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (w == end - 1 || !Character.isUpperCase(text.charAt(w))
        || w > from && (Character.isLetterOrDigit(text.charAt(w - 1))
        || text.charAt(w - 1) == '.')) {
      return false; // no word, a lower-case word, or part of a dotted acronym ("U.S.")
    }
    if (!ANY_PACK.contains(text.substring(w, end - 1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    // After a capitalised word of its own the abbreviation ends a name ("Main St.", "Elm Dr."):
    // a title stands after a lower-case word, a mark, or another title ("Lt. Col.").
    int b = w;
    while (b > from && text.charAt(b - 1) == ' ') {
      b--;
    }
    int a = b;
    while (a > from && Character.isLetter(text.charAt(a - 1))) {
      a--;
    }
    if (a == b || !Character.isUpperCase(text.charAt(a))) {
      return true;
    }
    int c = a; // a capitalised word that opens its sentence says nothing ("When Capt. Orme")
    while (c > from && Character.isWhitespace(text.charAt(c - 1))) {
      c--;
    }
    return c == from || ".!?\"“".indexOf(text.charAt(c - 1)) >= 0;
  }
}
