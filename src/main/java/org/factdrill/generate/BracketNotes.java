package org.factdrill.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.factdrill.lang.LanguagePacks;

/**
 * An editor's note mark in round brackets left in a prompt ("the council (12) met"), taken out
 * as "[12]" is: one to three digits alone in brackets after a word and a space, before the
 * clause goes on (a space and a lower-case word, or a comma or semicolon). A count in brackets
 * before its counted noun or unit ("had (12) members") stays: the word after is checked against
 * every pack's count nouns, duration units and numerals, and plural endings (extract/NoteMarks
 * makes the same test with the page's own pack). A designator before it ("paragraph (2)") makes
 * it a reference, kept.
 */
final class BracketNotes {
  private static final Set<String> COUNTED = counted();
  private static final Set<String> ENDINGS = LanguagePacks.allWords("plural-endings");
  private static final Set<String> NOT_PLURAL = notPlural();
  private static final Set<String> DESIGNATORS = LanguagePacks.allWords("designators");

  private BracketNotes() {}

  private static Set<String> counted() {
    Set<String> s = new HashSet<>(LanguagePacks.allWords("count-nouns"));
    s.addAll(LanguagePacks.allWords("duration-units"));
    for (var p : LanguagePacks.all()) {
      s.addAll(p.numerals().keySet());
    }
    return Set.copyOf(s);
  }

  private static Set<String> notPlural() {
    Set<String> s = new HashSet<>(LanguagePacks.allWords("unit-stops"));
    s.addAll(LanguagePacks.allWords("not-plurals"));
    return Set.copyOf(s);
  }

  /** {@code t} without its bracketed note marks (and the space before each). */
  static String strip(String t) {
    if (t.indexOf('(') < 0) {
      return t;
    }
    StringBuilder out = null;
    int copied = 0;
    for (int i = t.indexOf('('); i >= 0; i = t.indexOf('(', i + 1)) {
      int d = i + 1;
      while (d < t.length() && d - i <= 4 && Character.isDigit(t.charAt(d))) {
        d++;
      }
      if (d == i + 1 || d - i > 4 || d >= t.length() || t.charAt(d) != ')'
          || i < 2 || t.charAt(i - 1) != ' ' || !Character.isLetter(t.charAt(i - 2))
          && Character.getType(t.charAt(i - 2)) != Character.NON_SPACING_MARK
          || designated(t, i - 1) || !goesOn(t, d + 1)) {
        continue;
      }
      out = out == null ? new StringBuilder(t.length()) : out;
      out.append(t, copied, i - 1);
      copied = d + 1;
    }
    return out == null ? t : out.append(t, copied, t.length()).toString();
  }

  /** The clause goes on at {@code k}: a comma, a semicolon, or a space and an uncounting word. */
  private static boolean goesOn(String t, int k) {
    if (k < t.length() && (t.charAt(k) == ',' || t.charAt(k) == ';')) {
      return true;
    }
    if (k + 1 >= t.length() || t.charAt(k) != ' ' || !Character.isLetter(t.charAt(k + 1))
        || Character.isUpperCase(t.charAt(k + 1)) || Character.isTitleCase(t.charAt(k + 1))) {
      return false;
    }
    int e = k + 1;
    while (e < t.length() && (Character.isLetter(t.charAt(e))
        || Character.getType(t.charAt(e)) == Character.NON_SPACING_MARK)) {
      e++;
    }
    String w = t.substring(k + 1, e).toLowerCase(Locale.ROOT);
    if (COUNTED.contains(w)) {
      return false;
    }
    if (w.length() > 3 && !NOT_PLURAL.contains(w)) {
      for (String end : ENDINGS) {
        if (w.endsWith(end) && !w.endsWith(end + end)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The one or two words before {@code end} are a designator ("paragraph (2)"): a reference. */
  private static boolean designated(String t, int end) {
    int a = wordStart(t, end);
    String one = t.substring(a, end).toLowerCase(Locale.ROOT);
    if (DESIGNATORS.contains(one)) {
      return true;
    }
    if (a < 2 || t.charAt(a - 1) != ' ') {
      return false;
    }
    int b = wordStart(t, a - 1);
    return b < a - 1 && DESIGNATORS.contains(t.substring(b, end).toLowerCase(Locale.ROOT));
  }

  private static int wordStart(String t, int end) {
    int a = end;
    while (a > 0 && (Character.isLetter(t.charAt(a - 1))
        || Character.getType(t.charAt(a - 1)) == Character.NON_SPACING_MARK)) {
      a--;
    }
    return a;
  }
}
