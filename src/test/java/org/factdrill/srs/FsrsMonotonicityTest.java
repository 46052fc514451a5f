package org.factdrill.srs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * FSRS-6's monotonicity, for any memory state (../shared/fsrs/README.md): a better rating never
 * gives a weaker memory, a harder card or an earlier due date; memory fades with time; asking for
 * more retention never lengthens an interval. jqwik generates the states and shrinks a failure
 * to the smallest one.
 */
class FsrsMonotonicityTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final FsrsScheduler FSRS = new FsrsScheduler(FsrsParameters.defaults());
  private static final Rating[] ORDER = {Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY};

  private static Card review(double stability, double difficulty, int elapsedDays) {
    Instant last = T0.minus(Duration.ofDays(elapsedDays));
    return new Card(CardState.REVIEW, null, stability, difficulty, last.plus(
        Duration.ofDays(Math.max(1, Math.round(stability)))), last);
  }

  @Property(tries = 300, seed = "1616")
  void aBetterRatingNeverGivesLessStabilityMoreDifficultyOrAnEarlierDueDate(
      @ForAll @DoubleRange(min = 0.1, max = 3650) double stability,
      @ForAll @DoubleRange(min = 1, max = 10) double difficulty,
      @ForAll @IntRange(min = 1, max = 3650) int elapsedDays) {
    Card card = review(stability, difficulty, elapsedDays);
    Card prev = null;
    for (Rating r : ORDER) {
      Card next = FSRS.review(card, r, T0);
      if (prev != null) {
        assertTrue(next.stability() >= prev.stability() - 1e-9, r + " stability " + next
            + " < " + prev);
        assertTrue(next.difficulty() <= prev.difficulty() + 1e-9, r + " difficulty " + next
            + " > " + prev);
        assertTrue(!next.due().isBefore(prev.due()), r + " due " + next + " before " + prev);
      }
      prev = next;
    }
  }

  @Property(tries = 300, seed = "1616")
  void retrievabilityFallsWithTimeAndStaysAProbability(
      @ForAll @DoubleRange(min = 0.1, max = 3650) double stability,
      @ForAll @DoubleRange(min = 1, max = 10) double difficulty,
      @ForAll @IntRange(min = 0, max = 3650) int days,
      @ForAll @IntRange(min = 1, max = 3650) int moreDays) {
    Card card = new Card(CardState.REVIEW, null, stability, difficulty, T0, T0);
    double sooner = FSRS.retrievability(card, T0.plus(Duration.ofDays(days)));
    double later = FSRS.retrievability(card, T0.plus(Duration.ofDays(days + moreDays)));
    assertTrue(sooner > 0 && sooner <= 1, "R " + sooner);
    assertTrue(later <= sooner, later + " > " + sooner);
  }

  @Property(tries = 200, seed = "1616")
  void askingForMoreRetentionNeverLengthensTheInterval(
      @ForAll @DoubleRange(min = 0.1, max = 3650) double stability,
      @ForAll @DoubleRange(min = 1, max = 10) double difficulty,
      @ForAll @IntRange(min = 1, max = 3650) int elapsedDays,
      @ForAll @DoubleRange(min = 0.70, max = 0.98) double retention) {
    Card card = review(stability, difficulty, elapsedDays);
    FsrsScheduler lower = new FsrsScheduler(FsrsParameters.defaults()
        .withDesiredRetention(retention));
    FsrsScheduler higher = new FsrsScheduler(FsrsParameters.defaults()
        .withDesiredRetention(Math.min(0.99, retention + 0.01)));
    Card a = lower.review(card, Rating.GOOD, T0);
    Card b = higher.review(card, Rating.GOOD, T0);
    assertTrue(!b.due().isAfter(a.due()), "higher retention " + b.due() + " after " + a.due());
  }
}
