package org.factdrill.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Times of day written in words are times, not counts: "at half past three", "three o'clock",
 * "3 giờ chiều", "בשעה שלוש". The pack lists the phrases written directly before the hour
 * (`clock-before`) and directly after it (`clock-after`); a number between them is an hour.
 */
final class ClockTimes {
  private final Lexicon lex;
  private final List<List<String>> before;
  private final List<List<String>> after;

  /**
   * Words a match needs next to the number: the last word of a phrase before it (a one-word
   * phrase may carry prefix letters), the first word of a phrase after it (which may too). Most
   * numbers have none, and skip the phrase-by-phrase test.
   */
  private final java.util.Set<String> lastBefore = new java.util.HashSet<>();
  private final java.util.Set<String> oneWordBefore = new java.util.HashSet<>();
  private final java.util.Set<String> firstAfter = new java.util.HashSet<>();

  ClockTimes(Lexicon lex) {
    this.lex = lex;
    this.before = phrases(lex, WordList.CLOCK_BEFORE);
    this.after = phrases(lex, WordList.CLOCK_AFTER);
    for (List<String> p : before) {
      if (!p.isEmpty()) {
        lastBefore.add(p.get(p.size() - 1));
        if (p.size() == 1) {
          oneWordBefore.add(p.get(0));
        }
      }
    }
    for (List<String> p : after) {
      if (!p.isEmpty()) {
        firstAfter.add(p.get(0));
      }
    }
  }

  /** Whether a phrase could meet the number on tokens [from, to): a necessary condition. */
  private boolean near(Toks t, int from, int to) {
    String b = t.norm(from - 1);
    if (lastBefore.contains(b)) {
      return true;
    }
    String a = t.norm(to);
    if (firstAfter.contains(a)) {
      return true;
    }
    return lex.hasPrefixes() && (lex.prefixLength(b, oneWordBefore::contains) >= 0
        || lex.prefixLength(a, firstAfter::contains) >= 0);
  }

  private static List<List<String>> phrases(Lexicon lex, WordList category) {
    List<List<String>> out = new ArrayList<>();
    for (String p : lex.words(category)) {
      List<String> norms = new ArrayList<>();
      for (Token tok : Tokenizer.tokenize(p)) {
        norms.add(tok.norm());
      }
      out.add(norms);
    }
    return out;
  }

  /** Whether the number on tokens [from, to) is an hour of the day. */
  boolean hour(Toks t, int from, int to) {
    if (!near(t, from, to)) {
      return false;
    }
    for (List<String> p : before) {
      int a = from - p.size();
      if (a >= 0 && same(t, a, p)) {
        return true;
      }
    }
    for (List<String> p : after) {
      if (to + p.size() <= t.size() && same(t, to, p)) {
        return true;
      }
    }
    return false;
  }

  /** Tokens from a read the phrase; its first word may carry prefix letters ("בשעה"). */
  private boolean same(Toks t, int a, List<String> p) {
    for (int k = 0; k < p.size(); k++) {
      String w = t.norm(a + k);
      String want = p.get(k);
      if (!w.equals(want) && !(k == 0 && lex.prefixLength(w, want::equals) >= 0)) {
        return false;
      }
    }
    return true;
  }
}
