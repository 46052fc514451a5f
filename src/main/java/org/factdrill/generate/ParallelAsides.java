package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.extract.Fact;

/**
 * Figures that stand each in its own bracketed aside after a listed item ("A (for nine years),
 * B (for five years) and C (for four years)") are parallel attributes of the items: a term, an
 * age, a count per item. They are not parts of a whole, so one of them equal to the sum of the
 * others is chance, not a giveaway; a sum is a giveaway when its parts run in the sentence itself
 * ("Of the 12 seats, 8 went to A and 4 to B") or share the answer's aside.
 */
final class ParallelAsides {
  private ParallelAsides() {}

  /**
   * The figures of {@code sameSentence} that may be parts of {@code f}: all of them, unless
   * {@code f} stands in a bracketed aside, when those in other asides are left out.
   */
  static List<Fact> parts(String text, Fact f, List<Fact> sameSentence) {
    int own = opening(text, f.start(), f.end());
    if (own < 0) {
      return sameSentence;
    }
    List<Fact> out = new ArrayList<>(sameSentence.size());
    for (Fact o : sameSentence) {
      int aside = o == f ? own : opening(text, o.start(), o.end());
      if (aside < 0 || aside == own) {
        out.add(o);
      }
    }
    return out;
  }

  /**
   * The offset of the round bracket that opens the aside holding [start, end), or -1 when the
   * span is not inside one (the aside must close after it, before the next opening bracket).
   */
  static int opening(String text, int start, int end) {
    int open = -1;
    for (int i = start - 1; i >= 0 && start - i <= 80; i--) {
      char c = text.charAt(i);
      if (c == ')' || c == '\n') {
        return -1;
      }
      if (c == '(') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return -1;
    }
    for (int i = end; i < text.length() && i - end <= 80; i++) {
      char c = text.charAt(i);
      if (c == ')') {
        return open;
      }
      if (c == '(' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }
}
