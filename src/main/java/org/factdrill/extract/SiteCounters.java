package org.factdrill.extract;

import java.util.Set;

/**
 * Marks a site's counters, which say how a page is used, not what its text tells: a reading-time
 * line ("5 min read", "&lt; 3 דקות": a number and the pack's {@code reading-time} words alone on
 * their line, after marks at most), and a statistic after its label ("Posts: 1204", "Lượt xem:
 * 512"): one of the pack's {@code site-counters} phrases opening its line or a cell ("| Views:
 * 12"), a colon, then the number. A counter line holds nothing but its counter (after marks or
 * a bullet), so there the label may also follow the number ("• 52 views") or precede it with no
 * colon ("Followers 3"), or stand alone on the line above a number alone ("View" / "318"). Labels
 * are read in every pack: a page's chrome is often in another language than its text.
 */
final class SiteCounters {
  /** The longest label, in words. */
  private static final int LABEL_WORDS = 3;

  private SiteCounters() {}

  static void mark(Toks t, Lexicon lex) {
    Set<String> reading = lex.words(WordList.READING_TIME);
    Set<String> labels = AllPacks.SITE_COUNTERS;
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!t.isDigits(i) || t.isBlocked(i)) {
        continue;
      }
      if (t.isPunct(i - 1, ':') && labelled(t, i - 1, labels) || readingTime(t, i, reading)
          || counterLine(t, i, labels)) {
        t.blocked[i] = true;
      }
    }
  }

  /**
   * Digits i stand on a line of marks, the number and a label (before or after it) and nothing
   * else, or alone on a line below a line that is a label alone.
   */
  private static boolean counterLine(Toks t, int i, Set<String> labels) {
    int a = i;
    while (a > 0 && !t.lineBreakBefore(a) && i - a <= LABEL_WORDS + 2) {
      a--; // read off the arrays: the line's start, a few tokens back at most
    }
    if (a > 0 && !t.lineBreakBefore(a)) {
      return false;
    }
    int z = i + 1;
    while (z < t.size() && !t.lineBreakBefore(z) && z - i <= LABEL_WORDS + 1) {
      z++;
    }
    if (z < t.size() && !t.lineBreakBefore(z)) {
      return false;
    }
    int start = a;
    while (a < i && t.type(a) == Toks.PUNCT && !t.isPunct(a, ':')) {
      a++; // a bullet or a cell's bar
    }
    if (a < i && z > i + 1) {
      return false; // words on both sides: a phrase, no counter
    }
    if (a < i) {
      return label(t, a, i, labels);
    }
    if (z > i + 1) {
      return label(t, i + 1, z, labels);
    }
    // Alone on its line: the line above a label alone ("View" / "  318"), after its marks.
    int e = start;
    int b = e - 1;
    if (b < 0 || t.newlinesBefore(e) > 1) {
      return false;
    }
    while (b > 0 && !t.lineBreakBefore(b) && e - b <= LABEL_WORDS + 2) {
      b--;
    }
    if (b > 0 && !t.lineBreakBefore(b)) {
      return false;
    }
    while (b < e && t.type(b) == Toks.PUNCT) {
      b++;
    }
    return b < e && label(t, b, e, labels);
  }

  /** Tokens [a, z) are words spelling a counter label ("views", "lượt xem"). */
  private static boolean label(Toks t, int a, int z, Set<String> labels) {
    if (z - a > LABEL_WORDS) {
      return false;
    }
    String words = "";
    for (int k = a; k < z; k++) {
      if (!t.isWordTok(k)) {
        return false;
      }
      words = words.isEmpty() ? t.norm(k) : words + " " + t.norm(k);
    }
    return labels.contains(words);
  }

  /** Words ending right before colon c, opening their line or a cell, are a counter's label. */
  private static boolean labelled(Toks t, int c, Set<String> labels) {
    String label = "";
    for (int k = c - 1; k >= c - LABEL_WORDS && t.isWordTok(k); k--) {
      label = label.isEmpty() ? t.norm(k) : t.norm(k) + " " + label;
      boolean opens = k == 0 || t.lineBreakBefore(k) || t.type(k - 1) == Toks.PUNCT
          && t.punct(k - 1) != '\'' && t.punct(k - 1) != '"';
      if (opens) {
        return labels.contains(label);
      }
    }
    return false;
  }

  /** Digits i, with marks at most before them on their line and reading-time words after. */
  private static boolean readingTime(Toks t, int i, Set<String> reading) {
    for (int k = i; ; k--) {
      if (k == 0 || t.lineBreakBefore(k)) { // read off the arrays: no Token per digit run
        break;
      }
      if (t.type(k - 1) != Toks.PUNCT) {
        return false;
      }
    }
    String words = "";
    int k = i + 1;
    for (; k < t.size() && !t.lineBreakBefore(k); k++) {
      if (!t.isWordTok(k)) {
        return false;
      }
      words = words.isEmpty() ? t.norm(k) : words + " " + t.norm(k);
    }
    return !words.isEmpty() && reading.contains(words);
  }
}
