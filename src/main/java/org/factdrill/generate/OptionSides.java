package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.factdrill.extract.Value;

/**
 * Chooses the wrong options from the candidates below and above the answer: only the side where
 * the hedged statement is false (larger after "more than"), the answer's rank drawn at random,
 * the most plausible candidates of each side first, and no evenly spaced set that singles the
 * answer out ({@link Grid}).
 */
final class OptionSides {
  private OptionSides() {}

  /**
   * Up to {@code n} options from {@code below} and {@code above} (each most plausible first) for
   * {@code answer}, on the {@code side} the hedge allows.
   */
  static List<Option> pick(List<Option> below, List<Option> above, HedgePolicy.Side side, int n,
      SplittableRandom rnd, Value answer) {
    if (side == HedgePolicy.Side.ABOVE) {
      below.clear();
    } else if (side == HedgePolicy.Side.BELOW) {
      above.clear();
    }
    // The answer's rank among the options is drawn at random, so it is not always the middle
    // or the latest one; each side keeps its most plausible candidates first.
    int wantBelow = rnd.nextInt(n + 1);
    int takeBelow = Math.min(below.size(), Math.max(wantBelow, n - above.size()));
    int takeAbove = Math.min(above.size(), n - takeBelow);
    List<Option> out = new ArrayList<>(below.subList(0, takeBelow));
    out.addAll(above.subList(0, takeAbove));
    if (n >= 3 && out.size() >= 3) {
      List<Option> rest = new ArrayList<>(below.subList(takeBelow, below.size()));
      rest.addAll(above.subList(takeAbove, above.size()));
      Grid.avoid(out, answer, rest);
    }
    return out;
  }
}
