package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdrill.extract.Value;

/**
 * An answer alone at one end of the options, far from a cluster of wrong ones (1975 / 1976 / 1977
 * against 1989), is the odd one out: a student picks it unread. It is the lone extreme when every
 * wrong option lies on one side of it and its gap to the nearest is more than {@link #K} times the
 * widest gap between neighbouring wrong options.
 */
final class LoneAnswer {
  /** How much wider than the options' own spacing the answer's gap may be. */
  static final int K = 2;

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
    BigDecimal gap = lowest ? xs.get(0).subtract(a) : a.subtract(xs.get(xs.size() - 1));
    BigDecimal spacing = BigDecimal.ZERO;
    for (int i = 1; i < xs.size(); i++) {
      spacing = spacing.max(xs.get(i).subtract(xs.get(i - 1)));
    }
    return gap.compareTo(spacing.multiply(BigDecimal.valueOf(K))) > 0;
  }

  /**
   * When {@code out} leaves the answer the lone extreme, the options nearest the answer from
   * {@code out} and {@code spare} instead, if they do not (nor form a grid that singles it out).
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
    }
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
