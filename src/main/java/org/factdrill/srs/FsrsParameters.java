package org.factdrill.srs;

import java.time.Duration;
import java.util.List;

/**
 * Scheduler settings: the 21 FSRS-6 weights, desired retention, (re)learning steps, the longest
 * interval in days, and whether intervals are fuzzed.
 */
public record FsrsParameters(double[] w, double desiredRetention, List<Duration> learningSteps,
    List<Duration> relearningSteps, int maximumIntervalDays, boolean fuzz) {

  /** The FSRS-6 default weights of the reference implementation. */
  public static final double[] DEFAULT_WEIGHTS = {
      0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
      0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

  public FsrsParameters {
    if (w.length != 21) {
      throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + w.length);
    }
    if (!(desiredRetention > 0 && desiredRetention < 1)) {
      throw new IllegalArgumentException("desired retention must be between 0 and 1");
    }
    if (maximumIntervalDays < 1) {
      throw new IllegalArgumentException("maximum interval must be at least 1 day");
    }
    for (double x : w) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("FSRS weights must be finite numbers");
      }
    }
    for (List<Duration> steps : List.of(learningSteps, relearningSteps)) {
      for (Duration d : steps) {
        if (d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("(re)learning steps must be positive, got " + d);
        }
      }
    }
    w = w.clone();
    learningSteps = List.copyOf(learningSteps);
    relearningSteps = List.copyOf(relearningSteps);
  }

  /** Reference defaults: retention 0.9, steps 1m 10m / 10m, 36500 days, no fuzz. */
  public static FsrsParameters defaults() {
    return new FsrsParameters(DEFAULT_WEIGHTS, 0.9,
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
        36500, false);
  }

  public FsrsParameters withDesiredRetention(double r) {
    return new FsrsParameters(w, r, learningSteps, relearningSteps, maximumIntervalDays, fuzz);
  }

  /** The same settings with other weights (e.g. fitted by {@link FsrsOptimizer}). */
  public FsrsParameters withWeights(double[] weights) {
    return new FsrsParameters(weights, desiredRetention, learningSteps, relearningSteps,
        maximumIntervalDays, fuzz);
  }

  public FsrsParameters withFuzz(boolean on) {
    return new FsrsParameters(w, desiredRetention, learningSteps, relearningSteps,
        maximumIntervalDays, on);
  }

  public FsrsParameters withMaximumIntervalDays(int days) {
    return new FsrsParameters(w, desiredRetention, learningSteps, relearningSteps, days, fuzz);
  }

  public FsrsParameters withSteps(List<Duration> learning, List<Duration> relearning) {
    return new FsrsParameters(w, desiredRetention, learning, relearning, maximumIntervalDays, fuzz);
  }

  /** Arrays compare by content, so two parameter sets with the same weights are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FsrsParameters p && java.util.Arrays.equals(w, p.w)
        && desiredRetention == p.desiredRetention && learningSteps.equals(p.learningSteps)
        && relearningSteps.equals(p.relearningSteps)
        && maximumIntervalDays == p.maximumIntervalDays && fuzz == p.fuzz;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(java.util.Arrays.hashCode(w), desiredRetention, learningSteps,
        relearningSteps, maximumIntervalDays, fuzz);
  }

  @Override
  public double[] w() {
    return w.clone();
  }

  double weight(int i) {
    return w[i];
  }
}
