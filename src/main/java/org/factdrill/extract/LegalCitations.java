package org.factdrill.extract;

import java.util.List;
import java.util.Locale;
import org.factdrill.lang.LanguagePack;

/**
 * The numbers of a legal citation are references, never figures: a statute's volume and page
 * around its reporter's abbreviation ("118 Stat. 1811", "42 U.S.C. 1983", "See 110 Stat. 2422,
 * 2501"), and the number after a law's or an order's label ("Pub. L. 108-375", "Executive Order
 * 9066"). The reporters and labels are the pack's ({@code citation-reporters},
 * {@code citation-labels}), matched as written, case aside, with no letter glued before or after;
 * a number counts only when at most one space parts it from them; before a label, one of the pack's
 * prefix letters may stand ("בס״ח 1234": in the statute book). Run over the digit runs only.
 * A reporter's abbreviation names its code whatever the page's language (a Vietnamese page's
 * licence line cites "5 U.S.C. 552"), so the reporters of every pack are read; a label is a
 * phrase of the page's own language.
 */
final class LegalCitations {
  /** The widest gap between a number and the abbreviation beside it. */
  private static final int GAP = 1;

  private final char[][] reporters;
  private final char[][] labels;
  /** Letters a word of the language may carry in front ("ב", "ו"); empty for most languages. */
  private final String prefixes;

  private LegalCitations(LanguagePack pack) {
    this.reporters = forms(org.factdrill.lang.LanguagePacks.allWords("citation-reporters"));
    this.labels = forms(pack.words("citation-labels"));
    this.prefixes = pack.prefixes();
  }

  /** The citations of {@code pack}'s language; null when the pack lists none. */
  static LegalCitations of(LanguagePack pack) {
    LegalCitations c = new LegalCitations(pack);
    return c.reporters.length == 0 && c.labels.length == 0 ? null : c;
  }

  private static char[][] forms(java.util.Set<String> words) {
    List<String> sorted = words.stream().map(w -> w.toLowerCase(Locale.ROOT))
        .sorted((a, b) -> b.length() - a.length()).toList();
    char[][] out = new char[sorted.size()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = sorted.get(k).toCharArray();
    }
    return out;
  }

  void mark(Toks t) {
    int[] marks = t.marks();
    for (int m = 0, d = marks[0]; d >= 0; d = marks[++m]) {
      if (!t.isDigits(d) || t.isBlocked(d)) {
        continue;
      }
      boolean afterReporter = endsBefore(t.chars, t.startOf(d), reporters, "");
      if (afterReporter || endsBefore(t.chars, t.startOf(d), labels, prefixes)) {
        int last = blockRange(t, d);
        if (afterReporter) {
          blockPages(t, last);
        }
      } else if (startsAfter(t.chars, t.endOf(d), reporters)) {
        t.blocked[d] = true; // the volume before the reporter
      }
    }
  }

  /** Blocks digits d and the other end of a range glued to it ("108-375"); the last token blocked. */
  private static int blockRange(Toks t, int d) {
    t.blocked[d] = true;
    if (t.isDash(d + 1) && t.attached(d + 1) && t.isDigits(d + 2) && t.attached(d + 2)) {
      t.blocked[d + 1] = true;
      t.blocked[d + 2] = true;
      return d + 2;
    }
    return d;
  }

  /** The further pages of one reporter's volume: ", 2501, 2503". */
  private static void blockPages(Toks t, int last) {
    int k = last + 1;
    while (t.isPunct(k, ',') && t.isDigits(k + 1) && !t.attached(k + 1) && t.attached(k)) {
      t.blocked[k + 1] = true;
      k += 2;
    }
  }

  /**
   * One of {@code forms} ends at most {@link #GAP} spaces before {@code at}, no letter before it
   * but one of {@code prefixes} opening the word.
   */
  private static boolean endsBefore(char[] s, int at, char[][] forms, String prefixes) {
    int e = at;
    for (int g = 0; g < GAP && e > 0 && s[e - 1] == ' '; g++) {
      e--;
    }
    for (char[] f : forms) {
      int b = e - f.length;
      if (b >= 0 && same(s, b, f) && (b == 0 || !Character.isLetter(s[b - 1])
          || prefixes.indexOf(s[b - 1]) >= 0 && (b == 1 || !Character.isLetter(s[b - 2])))) {
        return true;
      }
    }
    return false;
  }

  /** One of {@code forms} starts at most {@link #GAP} spaces after {@code at}, no letter after it. */
  private static boolean startsAfter(char[] s, int at, char[][] forms) {
    int b = at;
    for (int g = 0; g < GAP && b < s.length && s[b] == ' '; g++) {
      b++;
    }
    if (b == at) {
      return false; // "1811Stat." is no citation
    }
    for (char[] f : forms) {
      int e = b + f.length;
      if (e <= s.length && same(s, b, f) && (e == s.length || !Character.isLetter(s[e]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(char[] s, int from, char[] f) {
    for (int k = 0; k < f.length; k++) {
      if (Character.toLowerCase(s[from + k]) != f[k]) {
        return false;
      }
    }
    return true;
  }
}
