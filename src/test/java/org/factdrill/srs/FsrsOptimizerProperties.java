package org.factdrill.srs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the optimizer over arbitrary review logs (any ratings, same-day and long gaps,
 * cards interleaved): the weights always lie within the reference's bounds, and a longer log
 * never makes the fit fail.
 */
class FsrsOptimizerProperties {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Provide
  Arbitrary<List<ReviewEvent>> logs() {
    Arbitrary<ReviewEvent> event = Combinators.combine(
        Arbitraries.longs().between(0, 30),
        // minutes after T0: up to two years, skewed towards short gaps
        Arbitraries.longs().between(0, 2L * 365 * 24 * 60).withDistribution(
            net.jqwik.api.RandomDistribution.biased()),
        Arbitraries.integers().between(1, 4))
        .as((card, minutes, rating) -> new ReviewEvent(card, T0.plus(Duration.ofMinutes(minutes)),
            Rating.of(rating)));
    return event.list().ofMinSize(0).ofMaxSize(400);
  }

  @Property(tries = 60, seed = "1616")
  void weightsAlwaysWithinTheReferenceBounds(@ForAll("logs") List<ReviewEvent> log,
      @ForAll @IntRange(min = 0, max = 3) int share) {
    FitResult fit = new FsrsOptimizer(FitConfig.defaults().withTestShare(share / 10.0))
        .fit(log, FsrsOptimizer.Progress.NONE);
    double[] w = fit.weights();
    for (double x : w) {
      assertTrue(Double.isFinite(x));
    }
    assertTrue(ParameterBounds.within(w, 1), () -> java.util.Arrays.toString(w));
  }

  @Property(tries = 40, seed = "1616")
  void moreReviewsNeverMakeTheFitFail(@ForAll("logs") List<ReviewEvent> log,
      @ForAll("logs") List<ReviewEvent> more) {
    FsrsOptimizer optimizer = new FsrsOptimizer(FitConfig.defaults());
    FitResult first = optimizer.fit(log, FsrsOptimizer.Progress.NONE);
    // The same learner later: the extra answers come after everything in the first log.
    List<ReviewEvent> longer = new ArrayList<>(log);
    Duration later = Duration.ofDays(3 * 365);
    for (ReviewEvent e : more) {
      longer.add(new ReviewEvent(e.cardId(), e.at().plus(later), e.rating()));
    }
    FitResult second = optimizer.fit(longer, FsrsOptimizer.Progress.NONE);
    assertTrue(ParameterBounds.within(first.weights(), 1));
    assertTrue(ParameterBounds.within(second.weights(), 1));
    assertTrue(second.reviews() >= first.reviews());
  }

  @Property(tries = 30, seed = "1616")
  void syntheticLearnersOfAnySizeFitWithinBounds(
      @ForAll @IntRange(min = 0, max = 3000) int reviews, @ForAll @IntRange(min = 0) int seed) {
    List<ReviewEvent> log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, reviews, seed);
    FitResult fit = new FsrsOptimizer(FitConfig.defaults()).fit(log, FsrsOptimizer.Progress.NONE);
    assertTrue(ParameterBounds.within(fit.weights(), 1));
  }
}
