package org.factdrill.extract;

import java.util.Set;

/**
 * Marks a site's counters, which say how a page is used, not what its text tells: a reading-time
 * line ("5 min read", "&lt; 3 דקות": a number and the pack's {@code reading-time} words alone on
 * their line, after marks at most), and a statistic after its label ("Posts: 1204", "Lượt xem:
 * 512"): one of the pack's {@code site-counters} phrases opening its line or a cell ("| Views:
 * 12"), a colon, then the number.
 */
final class SiteCounters {
  /** The longest label, in words. */
  private static final int LABEL_WORDS = 3;

  private SiteCounters() {}

  static void mark(Toks t, Lexicon lex) {
    Set<String> reading = lex.words(WordList.READING_TIME);
    Set<String> labels = lex.words(WordList.SITE_COUNTERS);
    if (reading.isEmpty() && labels.isEmpty()) {
      return;
    }
    int[] marks = t.marks();
    for (int m = 0, i = marks[0]; i >= 0; i = marks[++m]) {
      if (!t.isDigits(i) || t.isBlocked(i)) {
        continue;
      }
      if (t.isPunct(i - 1, ':') && labelled(t, i - 1, labels) || readingTime(t, i, reading)) {
        t.blocked[i] = true;
      }
    }
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
