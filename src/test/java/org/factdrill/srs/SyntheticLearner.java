package org.factdrill.srs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A simulated learner whose memory follows FSRS-6 with known weights: cards are scheduled by
 * the scheduler (fuzzed, reviewed on time or a day or two late), recall at a review at least a
 * day after the last is drawn with the true retrievability, same-day (learning-step) reviews
 * succeed 85% of the time. Produces review logs with a known best-possible predictor.
 */
public final class SyntheticLearner {
  /** A learner unlike the defaults, within the reference's bounds. */
  public static final double[] TRUE_WEIGHTS = {
      0.45, 1.9, 3.6, 12.0, 6.1, 0.62, 2.4, 0.012, 1.65, 0.14, 0.95, 1.7, 0.08, 0.32, 1.8, 0.5,
      2.3, 0.42, 0.18, 0.09, 0.22};

  private static final Instant EPOCH = Instant.parse("2025-01-01T08:00:00Z");

  private SyntheticLearner() {
  }

  /** About {@code reviews} reviews (exactly, unless the span runs out) of a learner with weights {@code w}. */
  public static List<ReviewEvent> log(double[] w, int reviews, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    FsrsScheduler scheduler = new FsrsScheduler(
        FsrsParameters.defaults().withFuzz(true).withSteps(
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
            List.of(Duration.ofMinutes(10))).withMaximumIntervalDays(3650)
            .withDesiredRetention(0.9).withWeights(w));
    int span = 3 * 365;
    List<ReviewEvent> out = new ArrayList<>(reviews);
    long cardId = 0;
    while (out.size() < reviews) {
      cardId++;
      Instant now = EPOCH.plus(Duration.ofDays(random.nextInt(span * 2 / 3)))
          .plusSeconds(random.nextInt(36_000));
      Instant end = EPOCH.plus(Duration.ofDays(span));
      Card card = Card.newCard(now);
      while (out.size() < reviews && now.isBefore(end)) {
        Rating rating;
        if (card.isNew()) {
          rating = pick(random, new double[] {0.24, 0.094, 0.495, 0.171});
        } else if (FsrsScheduler.wholeDays(card.lastReview(), now) < 1) {
          rating = random.nextDouble() < 0.85 ? recalledRating(random) : Rating.AGAIN;
        } else {
          double r = scheduler.retrievability(card, now);
          rating = random.nextDouble() < r ? recalledRating(random) : Rating.AGAIN;
        }
        out.add(new ReviewEvent(cardId, now, rating));
        card = scheduler.review(card, rating, now, random);
        Duration wait = Duration.between(now, card.due());
        if (wait.toDays() >= 1 && random.nextDouble() < 0.3) {
          wait = wait.plusDays(1 + random.nextInt(2));
        }
        now = now.plus(wait).plusSeconds(random.nextInt(600));
      }
    }
    return out;
  }

  private static Rating recalledRating(SplittableRandom random) {
    return pick(random, new double[] {0, 0.15, 0.7, 0.15});
  }

  private static Rating pick(SplittableRandom random, double[] p) {
    double u = random.nextDouble();
    double acc = 0;
    for (int i = 0; i < 4; i++) {
      acc += p[i];
      if (u < acc) {
        return Rating.of(i + 1);
      }
    }
    return Rating.EASY;
  }
}
