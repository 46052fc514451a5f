package org.factdrill.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;

/**
 * Options for a count, amount or share (in digits or in words) that do not tell which of them is
 * the answer: a series a·q^k (k from -r to n-r), the ratio q drawn for the question and the
 * answer's rank r drawn uniformly, each value rounded to the unit of the answer's last written digit (every option has
 * the answer's precision). Wrong values drawn around the answer (a few below, a few above, the
 * nearest kept) made it the middle option three times in four, and the option nearest the
 * others' mean half the time: a student picked it unread. In a series every member, the answer
 * too, sits among the others the same way, so a guess from the options alone is right one time
 * in n+1.
 */
final class OptionLattice {
  /** The ratio between neighbouring options of an unhedged figure is drawn between these. */
  static final double MIN_RATIO = 1.15;
  static final double MAX_RATIO = 1.45;
  /**
   * Under "about" a neighbour must lie clear of the hedge's reach ({@link HedgeMargin}: a tenth
   * either side of both figures), which needs a ratio above 1.22.
   */
  static final double MIN_RATIO_HEDGED = 1.25;
  private static final int TRIES = 6;
  /** No option lies further than this factor from the answer, after rounding: none absurd. */
  static final double MAX_SPAN = 4;
  /** How much each further try widens the ratio: at most to 1.6, a fourfold span of options. */
  private static final double WIDEN = 0.03;

  private OptionLattice() {}

  /**
   * {@code n} wrong options of figure {@code f} (one number, shown as {@code s} writes it) in a
   * series with the answer, each accepted by {@code accept} (null when a value may not be
   * offered), or null when no ratio gives such a set. {@code hedged}: every option clear of
   * "about"'s reach.
   */
  static List<Option> pick(Fact f, OptionShape s, int n, SplittableRandom rnd, boolean hedged,
      Function<Value, Option> accept) {
    List<BigDecimal> nums = QuantityCandidates.numbers(f.value());
    if (n < 2 || nums.size() != 1 || nums.get(0).signum() <= 0
        || s.mode != OptionShape.Mode.NUMBER && s.mode != OptionShape.Mode.WORDS) {
      return null;
    }
    ValueText.Run run = s.runs.isEmpty() ? null : s.runs.get(0);
    BigDecimal scale = run == null ? BigDecimal.ONE : run.scale();
    BigDecimal x = nums.get(0).divide(scale);
    int rank = rnd.nextInt(n + 1);
    double lo = hedged ? MIN_RATIO_HEDGED : MIN_RATIO;
    for (int t = 0; t < TRIES; t++) {
      // Later tries widen the ratio: small or round figures need it to keep options apart.
      double q = lo + (MAX_RATIO - lo) * rnd.nextDouble() + WIDEN * t;
      List<Option> set = series(f, x, scale, q, n, rank, hedged, accept);
      if (set != null) {
        return set;
      }
    }
    return null;
  }

  private static List<Option> series(Fact f, BigDecimal x, BigDecimal scale, double q, int n,
      int rank, boolean hedged, Function<Value, Option> accept) {
    BigDecimal a = Grid.number(f.value());
    int unitScale = Math.max(x.stripTrailingZeros().scale(), -x.precision());
    boolean percent = f.kind() == FactKind.PERCENT;
    BigDecimal hundred = BigDecimal.valueOf(100);
    double minGap = QuantityCandidates.minGap(f).doubleValue();
    List<Option> out = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    BigDecimal last = BigDecimal.ZERO;
    for (int k = -rank; k <= n - rank; k++) {
      if (k == 0) {
        last = x;
        continue;
      }
      BigDecimal y = BigDecimal.valueOf(x.doubleValue() * Math.pow(q, k))
          .setScale(unitScale, RoundingMode.HALF_UP);
      double share = y.doubleValue() / x.doubleValue();
      if (y.compareTo(last) <= 0 || Math.abs(share - 1) < minGap || share * MAX_SPAN < 1
          || share > MAX_SPAN
          || percent && y.compareTo(hundred) > 0 && x.compareTo(hundred) <= 0) {
        return null;
      }
      last = y;
      Option o = accept.apply(QuantityCandidates.with(f.value(), List.of(y.multiply(scale))));
      if (o == null || !texts.add(o.text())
          || hedged && !HedgeMargin.clearOf(a, Grid.number(o.value()))) {
        return null;
      }
      out.add(o);
    }
    return Grid.singlesOut(out, a) || LoneAnswer.isolated(out, f.value())
        || Grid.onlyOfItsShape(out, a) ? null : out;
  }
}
