package org.factdrill.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.extract.Values;

/**
 * Wrong values for a count, amount or share: the answer times a factor, rounded to its
 * significant digits and decimals (money keeps its currency, a percentage stays within 0-100),
 * the same number of integer digits first; for a small whole count, its next neighbours.
 */
final class QuantityCandidates {
  private static final double[] FACTORS = {0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.2, 1.25, 1.3, 1.4,
      1.5, 1.75, 2, 2.5, 3};
  /**
   * For a precise quantity (a fraction written to four significant digits or more, "29.53 days",
   * "365.24"): a measured constant, whose plausible mistakes lie within a few percent; a value a
   * quarter or twice as large is ruled out unread.
   */
  private static final double[] PRECISE_FACTORS = {0.95, 0.96, 0.97, 0.98, 0.99, 1.01, 1.02,
      1.03, 1.04, 1.05};
  /** Significant digits from which a number with a fraction is a precise quantity. */
  static final int PRECISE_DIGITS = 4;
  /**
   * Decimals from which a precise quantity varies in its last places only: "365.24 days" is
   * known to its hundredths, and a wrong value a few percent off (347 days) names a year no
   * calendar has; its plausible mistakes are 365.21 to 365.27.
   */
  static final int LAST_PLACE_DECIMALS = 2;
  /** How many units of the last written place a precise quantity's wrong values lie off. */
  private static final int LAST_PLACE_STEPS = 4;

  private QuantityCandidates() {}

  /**
   * Candidate values, most plausible first (shuffled within their groups), added to out.
   * {@code fine}: a precise length of time or rate ({@link FineValues}), whose wrong values lie at
   * its precision; any other figure, precise or not, is varied as a whole.
   */
  static void add(Fact f, OptionShape s, SplittableRandom rnd, List<Value> out, boolean fine) {
    List<BigDecimal> nums = numbers(f.value());
    boolean precise = fine && precise(f, nums);
    if (precise && nums.get(0).stripTrailingZeros().scale() >= LAST_PLACE_DECIMALS) {
      lastPlaces(f.value(), nums.get(0), rnd, out);
      return;
    }
    double[] factors = precise ? PRECISE_FACTORS : FACTORS;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < factors.length; i++) {
      order.add(i);
    }
    Distractors.shuffle(order, rnd);
    BigDecimal minGap = precise ? BigDecimal.valueOf(0.005) : minGap(f);
    List<Value> sameDigits = new ArrayList<>();
    List<Value> otherDigits = new ArrayList<>();
    for (int i : order) {
      List<BigDecimal> shown = scaled(f, s, factors[i], minGap);
      if (shown == null) {
        continue;
      }
      boolean sameScale = true;
      for (int j = 0; j < nums.size(); j++) {
        ValueText.Run run = s.runs.isEmpty() ? null : s.runs.get(j);
        BigDecimal scale = run == null ? BigDecimal.ONE : run.scale();
        sameScale &= Grid.digits(shown.get(j).divide(scale)) == Grid.digits(nums.get(j).divide(scale));
      }
      (sameScale ? sameDigits : otherDigits).add(rebuild(f.value(), shown));
    }
    out.addAll(sameDigits);
    out.addAll(otherDigits);
    if (nums.size() == 1 && nums.get(0).compareTo(BigDecimal.TEN) < 0
        && nums.get(0).stripTrailingZeros().scale() <= 0) {
      // Small whole counts (1, 2, 3 divisions): neighbours are the plausible mistakes.
      for (int d = 1; d <= 4; d++) {
        out.add(rebuild(f.value(), List.of(nums.get(0).add(BigDecimal.valueOf(d)))));
      }
    }
  }

  /** Wrong values of {@code like} (number x) one to a few units of x's last decimal off. */
  private static void lastPlaces(Value like, BigDecimal x, SplittableRandom rnd, List<Value> out) {
    BigDecimal unit = BigDecimal.ONE.movePointLeft(x.stripTrailingZeros().scale());
    List<Integer> steps = new ArrayList<>();
    for (int k = 1; k <= LAST_PLACE_STEPS; k++) {
      steps.add(k);
      steps.add(-k);
    }
    Distractors.shuffle(steps, rnd);
    for (int k : steps) {
      BigDecimal y = x.add(unit.multiply(BigDecimal.valueOf(k)));
      if (y.signum() > 0) {
        out.add(rebuild(like, List.of(y)));
      }
    }
  }

  /**
   * The numbers of {@code f} times {@code factor}, each rounded like the number it replaces (its
   * significant digits, at most its run's decimals); null when one is not positive, a share leaves
   * 0-100, one lies within {@code minGap} (a share of the number) of its own, or a range's ends
   * no longer rise.
   */
  static List<BigDecimal> scaled(Fact f, OptionShape s, double factor, BigDecimal minGap) {
    List<BigDecimal> nums = numbers(f.value());
    boolean percent = f.kind() == FactKind.PERCENT;
    List<BigDecimal> shown = new ArrayList<>();
    for (int j = 0; j < nums.size(); j++) {
      ValueText.Run run = s.runs.isEmpty() ? null : s.runs.get(j);
      BigDecimal scale = run == null ? BigDecimal.ONE : run.scale();
      BigDecimal x = nums.get(j).divide(scale);
      BigDecimal y = roundLike(x.multiply(BigDecimal.valueOf(factor)), x,
          run == null ? Math.max(0, x.stripTrailingZeros().scale()) : run.decimals());
      if (y.signum() <= 0 || percent && y.compareTo(BigDecimal.valueOf(100)) > 0
          && x.compareTo(BigDecimal.valueOf(100)) <= 0) {
        return null;
      }
      if (y.subtract(x).abs().divide(x, MathContext.DECIMAL64).compareTo(minGap) < 0) {
        return null;
      }
      shown.add(y.multiply(scale));
    }
    return shown.size() > 1 && shown.get(0).compareTo(shown.get(1)) >= 0 ? null : shown;
  }

  /** How far a wrong value lies from the answer at least, as a share of it. */
  static BigDecimal minGap(Fact f) {
    return BigDecimal.valueOf(f.approx() ? 0.2 : 0.1);
  }

  /** Value {@code like} with its numbers replaced by {@code nums}. */
  static Value with(Value like, List<BigDecimal> nums) {
    return rebuild(like, nums);
  }

  /**
   * True for an unhedged count or amount (no percentage) written with a fraction to
   * {@link #PRECISE_DIGITS} significant digits or more: a measured value, not a round figure.
   */
  static boolean precise(Fact f, List<BigDecimal> nums) {
    if (f.approx() || f.kind() == FactKind.PERCENT || nums.size() != 1) {
      return false;
    }
    BigDecimal x = nums.get(0).stripTrailingZeros();
    return x.scale() > 0 && significant(x) >= PRECISE_DIGITS;
  }

  /** Rounds y to the significant digits of x, at most {@code decimals} decimals. */
  static BigDecimal roundLike(BigDecimal y, BigDecimal x, int decimals) {
    int sig = significant(x);
    BigDecimal r = y.round(new MathContext(Math.max(1, sig), RoundingMode.HALF_UP));
    if (r.scale() > decimals) {
      r = r.setScale(decimals, RoundingMode.HALF_UP);
    }
    return Values.canonical(r);
  }

  /** Significant digits: 23000 has 2, 102 has 3, 1.5 has 2. */
  static int significant(BigDecimal x) {
    BigDecimal s = x.stripTrailingZeros();
    return Math.max(1, s.precision());
  }

  /** The numbers of a count, range or amount (none for a date). */
  static List<BigDecimal> numbers(Value v) {
    if (v instanceof Value.Num n) {
      return List.of(n.value());
    }
    if (v instanceof Value.NumRange r) {
      return List.of(r.lo(), r.hi());
    }
    if (v instanceof Value.Money m) {
      return numbers(m.amount());
    }
    return List.of();
  }

  private static Value rebuild(Value like, List<BigDecimal> nums) {
    if (like instanceof Value.Num) {
      return new Value.Num(Values.canonical(nums.get(0)));
    }
    if (like instanceof Value.NumRange) {
      return new Value.NumRange(Values.canonical(nums.get(0)), Values.canonical(nums.get(1)));
    }
    Value.Money m = (Value.Money) like;
    return new Value.Money(rebuild(m.amount(), nums), m.currency());
  }
}
