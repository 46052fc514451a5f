package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdrill.extract.Value;

/**
 * An answer alone at one end of the options, apart from a cluster of wrong ones (1975 / 1976 /
 * 1977 against 1989; 1961 / 1964 / 1966 against 1972), is the odd one out: a student picks it
 * unread. It is the lone extreme when every wrong option lies on one side of it and its gap to the
 * nearest is wider than every gap between neighbouring wrong options: the options then do not
 * spread evenly through the answer, they cluster away from it.
 */
final class LoneAnswer {
  /**
   * How much wider than the options' own widest spacing the answer's gap may be: not at all. An
   * answer at an end is as far from its neighbour as the wrong options are from theirs, at most.
   */
  static final int K = 1;

  private LoneAnswer() {}

  /** True when the answer is the lone extreme of {@code wrong} (three or more numeric options). */
  static boolean isolated(List<Option> wrong, Value answer) {
    BigDecimal a = Grid.number(answer);
    List<BigDecimal> xs = numbers(wrong);
    if (a == null || xs == null || xs.size() < 3) {
      return false;
    }
    xs.sort(null);
    boolean lowest = a.compareTo(xs.get(0)) < 0;
    boolean highest = a.compareTo(xs.get(xs.size() - 1)) > 0;
    if (!lowest && !highest) {
      return false;
    }
    if (!(answer instanceof Value.Date) && a.signum() > 0 && xs.get(0).signum() > 0) {
      // Counts and amounts are told apart by their ratio (100 is as far from 200 as 1,000 from
      // 2,000): the gaps are compared as ratios, so no member of a series a, aq, aq², aq³
      // stands alone, whichever of them is the answer.
      double gap = lowest ? ratio(xs.get(0), a) : ratio(a, xs.get(xs.size() - 1));
      double spacing = 0;
      for (int i = 1; i < xs.size(); i++) {
        spacing = Math.max(spacing, ratio(xs.get(i), xs.get(i - 1)));
      }
      return gap > spacing * K + 1e-9;
    }
    BigDecimal gap = lowest ? xs.get(0).subtract(a) : a.subtract(xs.get(xs.size() - 1));
    BigDecimal spacing = BigDecimal.ZERO;
    for (int i = 1; i < xs.size(); i++) {
      spacing = spacing.max(xs.get(i).subtract(xs.get(i - 1)));
    }
    return gap.compareTo(spacing.multiply(BigDecimal.valueOf(K))) > 0;
  }

  /** The distance of two positive numbers as they look: the log of their ratio. */
  private static double ratio(BigDecimal hi, BigDecimal lo) {
    return Math.log(hi.doubleValue() / lo.doubleValue());
  }

  /**
   * When {@code out} leaves the answer the lone extreme, the options nearest the answer from
   * {@code out} and {@code spare} instead, if they do not (nor form a grid that singles it out);
   * else the set of that many nearest the answer (least total distance) that does neither: when
   * only one side holds candidates, options spaced as far apart as the answer is from them.
   */
  static void repair(List<Option> out, Value answer, List<Option> spare) {
    BigDecimal a = Grid.number(answer);
    if (a == null || !isolated(out, answer)) {
      return;
    }
    List<Option> pool = new ArrayList<>(out);
    for (Option s : spare) {
      if (!pool.contains(s) && Grid.number(s.value()) != null) {
        pool.add(s);
      }
    }
    pool.sort(Comparator.comparing(o -> Grid.number(o.value()).subtract(a).abs()));
    List<Option> near = new ArrayList<>(pool.subList(0, Math.min(out.size(), pool.size())));
    if (near.size() == out.size() && !isolated(near, answer) && !Grid.singlesOut(near, a)) {
      out.clear();
      out.addAll(near);
      return;
    }
    List<Option> best = fairest(pool.subList(0, Math.min(pool.size(), POOL)), out.size(),
        answer, a);
    if (best != null) {
      out.clear();
      out.addAll(best);
    }
  }

  /** How many of the nearest candidates the search for a fair set looks at. */
  private static final int POOL = 16;

  /** The {@code k} options of {@code pool} nearest {@code answer} in total that leave it fair. */
  private static List<Option> fairest(List<Option> pool, int k, Value answer, BigDecimal a) {
    if (k != 3 || pool.size() < k) {
      return null;
    }
    List<Option> best = null;
    BigDecimal bestSum = null;
    for (int i = 0; i < pool.size(); i++) {
      for (int j = i + 1; j < pool.size(); j++) {
        for (int l = j + 1; l < pool.size(); l++) {
          List<Option> set = List.of(pool.get(i), pool.get(j), pool.get(l));
          BigDecimal sum = BigDecimal.ZERO;
          for (Option o : set) {
            sum = sum.add(Grid.number(o.value()).subtract(a).abs());
          }
          if ((bestSum == null || sum.compareTo(bestSum) < 0) && !isolated(set, answer)
              && !Grid.singlesOut(set, a)) {
            best = new ArrayList<>(set);
            bestSum = sum;
          }
        }
      }
    }
    return best;
  }

  private static List<BigDecimal> numbers(List<Option> wrong) {
    List<BigDecimal> xs = new ArrayList<>();
    for (Option o : wrong) {
      BigDecimal x = Grid.number(o.value());
      if (x == null) {
        return null;
      }
      xs.add(x);
    }
    return xs;
  }
}
