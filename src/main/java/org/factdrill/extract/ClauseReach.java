package org.factdrill.extract;

import java.util.List;

/**
 * The span of text around a candidate up to the nearest break character, within a reach, and a
 * test for any of a pack's words in it: how the observance and season readers find the clause and
 * the sentence a day or a month stands in.
 */
final class ClauseReach {
  private ClauseReach() {}

  /** The start of the span ending at {@code start}: back to a break or at most {@code reach}. */
  static int back(String text, int start, int reach, String breaks) {
    int from = start;
    for (int lim = Math.max(0, start - reach); from > lim && breaks.indexOf(text.charAt(from - 1)) < 0; ) {
      from--;
    }
    return from;
  }

  /** The end of the span starting at {@code end}: on to a break or at most {@code reach}. */
  static int ahead(String text, int end, int reach, String breaks) {
    int to = end;
    for (int lim = Math.min(text.length(), end + reach); to < lim && breaks.indexOf(text.charAt(to)) < 0; ) {
      to++;
    }
    return to;
  }

  /** True when one of {@code words} stands in {@code text} as a whole word. */
  static boolean holdsAny(String text, List<String> words) {
    for (String w : words) {
      if (ObservanceDays.holdsWord(text, w)) {
        return true;
      }
    }
    return false;
  }
}
