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

  ClockTimes(Lexicon lex) {
    this.lex = lex;
    this.before = phrases(lex, WordList.CLOCK_BEFORE);
    this.after = phrases(lex, WordList.CLOCK_AFTER);
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
