package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.factdrill.extract.Value;

/**
 * Chooses the wrong options from the candidates below and above the answer: under a one-sided
 * hedge ("more than") one option at most, on the side where the statement is false (a set of
 * them would make the answer the extreme one), both sides and clear of the hedge's
 * reach after "about", the answer's rank drawn at random, the most plausible candidates of each
 * side first, and no evenly spaced set that singles the answer out ({@link Grid}). The answer
 * is never left alone at one end far from the rest ({@link LoneAnswer}).
 */
final class OptionSides {
  private OptionSides() {}

  /**
   * Up to {@code n} options from {@code below} and {@code above} (each most plausible first) for
   * {@code answer}, on the {@code side} the hedge allows.
   */
  static List<Option> pick(List<Option> below, List<Option> above, HedgePolicy.Side side, int n,
      SplittableRandom rnd, Value answer) {
    if (side == HedgePolicy.Side.AROUND) {
      return around(below, above, n, rnd, answer);
    }
    if (side.oneSided() && n >= 2) {
      // After "more than N" (or "since Y") only larger (earlier) values are wrong, so every
      // option would lie on one side and the answer be the extreme one: a student picks it
      // without knowing. No honest set exists.
      return List.of();
    }
    if (side.oneSided()) {
      (side.above() ? below : above).clear();
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
      Grid.keepShape(out, answer, rest);
      // The answer may sit at either end (its rank is drawn at random: an answer never at an
      // end would be a pattern of its own), but never alone there, far from the rest.
      LoneAnswer.repair(out, answer, rest);
    }
    return out;
  }

  /**
   * After "about N": every option clear of N's reach ({@link HedgeMargin}), and with two or more
   * options, some below and some above N; all on one side would tell the student the answer is
   * the smallest (or largest) one. Fewer than asked, or none, when the candidates do not allow it.
   */
  private static List<Option> around(List<Option> below, List<Option> above, int n,
      SplittableRandom rnd, Value answer) {
    BigDecimal a = Grid.number(answer);
    if (a == null) {
      return List.of();
    }
    List<Option> lo = clear(below, a);
    List<Option> hi = clear(above, a);
    if (n >= 2 && (lo.isEmpty() || hi.isEmpty())) {
      return List.of();
    }
    if (n == 1) {
      List<Option> any = new ArrayList<>(lo);
      any.addAll(hi);
      return any.isEmpty() ? List.of() : List.of(any.get(rnd.nextInt(any.size())));
    }
    // Between one and n-1 below, as the candidates allow.
    int wantBelow = 1 + rnd.nextInt(n - 1);
    int takeBelow = Math.max(1, Math.min(lo.size(), Math.max(wantBelow, n - hi.size())));
    int takeAbove = Math.max(1, Math.min(hi.size(), n - takeBelow));
    List<Option> out = new ArrayList<>(lo.subList(0, takeBelow));
    out.addAll(hi.subList(0, takeAbove));
    List<Option> restLo = new ArrayList<>(lo.subList(takeBelow, lo.size()));
    List<Option> restHi = new ArrayList<>(hi.subList(takeAbove, hi.size()));
    for (int guard = 0; guard < 8 && out.size() >= 3 && Grid.singlesOut(out, a); guard++) {
      // Swap the option farthest from the answer for a spare of its own side.
      int far = 0;
      for (int i = 1; i < out.size(); i++) {
        if (distance(out.get(i), a).compareTo(distance(out.get(far), a)) > 0) {
          far = i;
        }
      }
      boolean isLow = Grid.number(out.get(far).value()).compareTo(a) < 0;
      List<Option> spare = isLow ? restLo : restHi;
      if (spare.isEmpty()) {
        break;
      }
      out.set(far, spare.remove(0));
    }
    if (out.size() >= 3) {
      List<Option> rest = new ArrayList<>(restLo);
      rest.addAll(restHi);
      List<Option> before = new ArrayList<>(out);
      Grid.keepShape(out, answer, rest);
      boolean lower = false;
      boolean higher = false;
      for (Option o : out) {
        lower |= Grid.number(o.value()).compareTo(a) < 0;
        higher |= Grid.number(o.value()).compareTo(a) > 0;
      }
      if (!lower || !higher) { // "about N" keeps options on both sides first
        return before;
      }
    }
    return out;
  }

  private static List<Option> clear(List<Option> side, BigDecimal a) {
    List<Option> out = new ArrayList<>();
    for (Option o : side) {
      BigDecimal x = Grid.number(o.value());
      if (x != null && HedgeMargin.clearOf(a, x)) {
        out.add(o);
      }
    }
    return out;
  }

  private static BigDecimal distance(Option o, BigDecimal a) {
    return Grid.number(o.value()).subtract(a).abs();
  }
}
