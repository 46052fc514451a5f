package org.factdrill.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fine points of FSRS-6 (../shared/fsrs/README.md), each checked without the vectors. */
class FsrsSchedulerTest {
  private static final double[] W = FsrsParameters.DEFAULT_WEIGHTS;
  private static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);
  private final FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.defaults());

  private static Card review(double s, double d, Instant last) {
    return new Card(CardState.REVIEW, null, s, d, last.plus(Duration.ofDays(3)), last);
  }

  private static double factor() {
    return Math.pow(0.9, 1 / -W[20]) - 1;
  }

  private static double recallStability(double d, double s, double r, double hard, double easy) {
    return s * (1 + Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9])
        * (Math.exp((1 - r) * W[10]) - 1) * hard * easy);
  }

  private static double shortTerm(double s, int g) {
    return s * Math.exp(W[17] * (g - 3 + W[18])) * Math.pow(s, -W[19]);
  }

  @Test
  void firstReviewTakesInitialStabilityAndClampedDifficulty() {
    for (Rating g : Rating.values()) {
      Card c = fsrs.review(Card.newCard(T0), g, T0);
      assertEquals(W[g.value() - 1], c.stability(), 0);
      double d0 = W[4] - Math.exp(W[5] * (g.value() - 1)) + 1;
      assertEquals(Math.min(10, Math.max(1, d0)), c.difficulty(), 1e-12);
      assertEquals(T0, c.lastReview());
    }
    // Easy's initial difficulty is below 1 with the defaults and is clamped to 1.
    assertEquals(1.0, fsrs.review(Card.newCard(T0), Rating.EASY, T0).difficulty(), 0);
  }

  @Test
  void elapsedDaysAreWholeTwentyFourHourPeriodsSoOneSecondShortIsTheDayBefore() {
    assertEquals(3, FsrsScheduler.wholeDays(T0, T0.plus(Duration.ofDays(3))));
    assertEquals(2, FsrsScheduler.wholeDays(T0, T0.plus(Duration.ofDays(3)).minusSeconds(1)));
    assertEquals(0, FsrsScheduler.wholeDays(T0, T0.plus(Duration.ofHours(23))));
    // Calendar days do not count: 23:59 to 00:01 the next day is still zero days.
    Instant lateEvening = Instant.parse("2024-03-01T23:59:00Z");
    assertEquals(0, FsrsScheduler.wholeDays(lateEvening, lateEvening.plusSeconds(120)));

    Card c = review(10, 5, T0);
    Instant exactly = T0.plus(Duration.ofDays(4));
    Instant short1s = exactly.minusSeconds(1);
    double r4 = Math.pow(1 + factor() * 4 / 10, -W[20]);
    double r3 = Math.pow(1 + factor() * 3 / 10, -W[20]);
    assertEquals(r4, fsrs.retrievability(c, exactly), 1e-15);
    assertEquals(r3, fsrs.retrievability(c, short1s), 1e-15);
    assertEquals(recallStability(5, 10, r4, 1, 1), fsrs.review(c, Rating.GOOD, exactly).stability(),
        1e-12);
    assertEquals(recallStability(5, 10, r3, 1, 1), fsrs.review(c, Rating.GOOD, short1s).stability(),
        1e-12);
  }

  @Test
  void aReviewOneSecondShortOfADayUsesTheShortTermFormula() {
    Card c = review(1.5, 5, T0);
    Instant almost = T0.plus(DAY).minusSeconds(1);
    assertEquals(shortTerm(1.5, 2), fsrs.review(c, Rating.HARD, almost).stability(), 1e-12);
    assertEquals(1.0, fsrs.retrievability(c, almost), 0);
    // A full day later it is the long-term recall formula instead.
    double r1 = Math.pow(1 + factor() / 1.5, -W[20]);
    assertEquals(recallStability(5, 1.5, r1, W[15], 1),
        fsrs.review(c, Rating.HARD, T0.plus(DAY)).stability(), 1e-12);
  }

  @Test
  void sameDayGoodAndEasyNeverLowerStabilityButHardAndAgainCan() {
    Instant later = T0.plus(Duration.ofHours(2));
    // With S = 10 the raw short-term factor for Good is below 1; it is floored at 1.
    assertTrue(shortTerm(10, 3) < 10);
    assertEquals(10.0, fsrs.review(review(10, 5, T0), Rating.GOOD, later).stability(), 0);
    // With a huge stability even Easy's factor is below 1: floored too.
    assertTrue(shortTerm(1e6, 4) < 1e6);
    assertEquals(1e6, fsrs.review(review(1e6, 5, T0), Rating.EASY, later).stability(), 0);
    // Easy on a small stability grows by the raw factor.
    assertEquals(shortTerm(1.0, 4), fsrs.review(review(1.0, 5, T0), Rating.EASY, later).stability(),
        1e-12);
    // Hard and Again are not floored.
    assertEquals(shortTerm(10, 2), fsrs.review(review(10, 5, T0), Rating.HARD, later).stability(),
        1e-12);
    assertTrue(fsrs.review(review(10, 5, T0), Rating.AGAIN, later).stability() < 10);
    // Applies in Learning state too (second step on the same day).
    Card learning = fsrs.review(Card.newCard(T0), Rating.GOOD, T0);
    Card second = fsrs.review(learning, Rating.HARD, T0.plus(Duration.ofMinutes(10)));
    assertEquals(shortTerm(W[2], 2), second.stability(), 1e-12);
  }

  @Test
  void difficultyRevertsTowardTheUnclampedInitialDifficultyOfEasy() {
    // Original FSRS-6 defaults have a visible mean-reversion weight (w7 = 0.0069).
    double[] w = {0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261, 0.112,
        1.0178, 1.849, 0.1133, 0.3127, 2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2};
    FsrsScheduler s = new FsrsScheduler(FsrsParameters.defaults().withSteps(List.of(), List.of()));
    FsrsScheduler orig = new FsrsScheduler(new FsrsParameters(w, 0.9, List.of(), List.of(), 36500,
        false));
    double d = 6.0;
    double unclamped = w[4] - Math.exp(3 * w[5]) + 1;
    assertTrue(unclamped > 1, "with these weights D0(4) happens to be inside the range");
    double dPrime = d + (10 - d) * (-w[6] * (3 - 3)) / 9;
    Card c = orig.review(review(5, d, T0), Rating.GOOD, T0.plus(Duration.ofDays(5)));
    assertEquals(w[7] * unclamped + (1 - w[7]) * dPrime, c.difficulty(), 1e-12);

    // With the FSRS-6 defaults D0(4) is about -4.77: the target is that value, not 1.
    double target = W[4] - Math.exp(3 * W[5]) + 1;
    assertTrue(target < -4.7 && target > -4.8);
    double after = s.review(review(5, d, T0), Rating.GOOD, T0.plus(Duration.ofDays(5))).difficulty();
    assertEquals(W[7] * target + (1 - W[7]) * d, after, 1e-12);
    assertNotEquals(W[7] * 1.0 + (1 - W[7]) * d, after, 1e-6);
  }

  @Test
  void difficultyIsUpdatedFromTheOldDifficultyAfterStability() {
    Card c = review(10, 9, T0);
    Instant at = T0.plus(Duration.ofDays(10));
    double r = fsrs.retrievability(c, at);
    Card after = fsrs.review(c, Rating.EASY, at);
    assertEquals(recallStability(9, 10, r, 1, W[16]), after.stability(), 1e-9);
    assertTrue(after.difficulty() < 9);
  }

  @Test
  void lapseTakesTheSmallerOfTheLongTermAndShortTermForgettingStability() {
    Card c = review(30, 5, T0);
    Instant at = T0.plus(Duration.ofDays(40));
    double r = fsrs.retrievability(c, at);
    double longTerm = W[11] * Math.pow(5, -W[12]) * (Math.pow(31, W[13]) - 1)
        * Math.exp((1 - r) * W[14]);
    double shortTerm = 30 / Math.exp(W[17] * W[18]);
    Card after = fsrs.review(c, Rating.AGAIN, at);
    assertEquals(Math.min(longTerm, shortTerm), after.stability(), 1e-12);
    assertEquals(CardState.RELEARNING, after.state());
    assertEquals(0, after.step());
    assertEquals(at.plus(Duration.ofMinutes(10)), after.due());
  }

  @Test
  void withoutLearningStepsANewCardGoesStraightToReviewWhateverTheRating() {
    FsrsScheduler none = new FsrsScheduler(FsrsParameters.defaults().withSteps(List.of(), List.of()));
    for (Rating g : Rating.values()) {
      Card c = none.review(Card.newCard(T0), g, T0);
      assertEquals(CardState.REVIEW, c.state(), g.label());
      assertNull(c.step());
      Duration ivl = Duration.between(T0, c.due());
      assertEquals(0, ivl.toSeconds() % 86_400, "a whole number of days");
      assertEquals(Math.max(1, Math.round(W[g.value() - 1])), ivl.toDays());
    }
  }

  @Test
  void againInReviewWithoutRelearningStepsStaysInReviewWithADayInterval() {
    FsrsScheduler none = new FsrsScheduler(FsrsParameters.defaults().withSteps(
        List.of(Duration.ofMinutes(1)), List.of()));
    Instant at = T0.plus(Duration.ofDays(20));
    Card c = none.review(review(20, 5, T0), Rating.AGAIN, at);
    assertEquals(CardState.REVIEW, c.state());
    assertNull(c.step());
    assertTrue(Duration.between(at, c.due()).toDays() >= 1);
    assertEquals(0, Duration.between(at, c.due()).toSeconds() % 86_400);
  }

  @Test
  void learningStepsAdvanceOnGoodRestartOnAgainAndGraduateOnEasy() {
    Card c = fsrs.review(Card.newCard(T0), Rating.GOOD, T0);
    assertEquals(CardState.LEARNING, c.state());
    assertEquals(1, c.step());
    assertEquals(T0.plus(Duration.ofMinutes(10)), c.due());
    Instant t1 = c.due();
    Card again = fsrs.review(c, Rating.AGAIN, t1);
    assertEquals(0, again.step());
    assertEquals(t1.plus(Duration.ofMinutes(1)), again.due());
    Card grad = fsrs.review(c, Rating.GOOD, t1);
    assertEquals(CardState.REVIEW, grad.state());
    assertNull(grad.step());
    Card easy = fsrs.review(Card.newCard(T0), Rating.EASY, T0);
    assertEquals(CardState.REVIEW, easy.state());
    assertEquals(T0.plus(Duration.ofDays(Math.round(W[3]))), easy.due());
  }

  @Test
  void hardStepIntervalsFollowTheReferenceRules() {
    // One step: 1.5 x the step.
    FsrsScheduler one = new FsrsScheduler(FsrsParameters.defaults().withSteps(
        List.of(Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10))));
    Card c = one.review(Card.newCard(T0), Rating.HARD, T0);
    assertEquals(0, c.step());
    assertEquals(T0.plus(Duration.ofMinutes(15)), c.due());
    // Two or more steps, at step 0: the mean of the first two.
    Card two = fsrs.review(Card.newCard(T0), Rating.HARD, T0);
    assertEquals(0, two.step());
    assertEquals(T0.plus(Duration.ofSeconds(330)), two.due());
    // Later steps: the current step again, step unchanged.
    FsrsScheduler three = new FsrsScheduler(FsrsParameters.defaults().withSteps(
        List.of(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(60)), List.of()));
    Card s1 = three.review(Card.newCard(T0), Rating.GOOD, T0);
    Instant t = s1.due();
    Card hard = three.review(s1, Rating.HARD, t);
    assertEquals(1, hard.step());
    assertEquals(t.plus(Duration.ofMinutes(10)), hard.due());
    // Relearning uses the relearning steps with the same rules.
    Card lapsed = one.review(review(20, 5, T0), Rating.AGAIN, T0.plus(Duration.ofDays(20)));
    Instant t2 = lapsed.due();
    assertEquals(t2.plus(Duration.ofMinutes(15)), one.review(lapsed, Rating.HARD, t2).due());
  }

  @Test
  void aStepOfADayOrMoreMakesTheNextReviewLongTerm() {
    FsrsScheduler daily = new FsrsScheduler(FsrsParameters.defaults().withSteps(
        List.of(Duration.ofMinutes(5), Duration.ofDays(1)), List.of()));
    Card d = daily.review(Card.newCard(T0), Rating.GOOD, T0);
    assertEquals(1, d.step());
    Instant t = d.due();
    assertEquals(d.lastReview().plus(DAY), t);
    double r = daily.retrievability(d, t);
    assertTrue(r < 1);
    Card e = daily.review(d, Rating.GOOD, t);
    assertEquals(recallStability(d.difficulty(), d.stability(), r, 1, 1), e.stability(), 1e-12);
  }

  @Test
  void intervalIsRoundedStabilityScaledByRetentionAndCapped() {
    // At desired retention 0.9 the interval equals the stability.
    assertEquals(10, fsrs.nextIntervalDays(10.2));
    assertEquals(1, fsrs.nextIntervalDays(0.1));
    FsrsScheduler r80 = new FsrsScheduler(FsrsParameters.defaults().withDesiredRetention(0.8));
    assertTrue(r80.nextIntervalDays(10) > 10);
    FsrsScheduler capped = new FsrsScheduler(FsrsParameters.defaults().withMaximumIntervalDays(30));
    assertEquals(30, capped.nextIntervalDays(500));
    Card c = capped.review(review(400, 3, T0), Rating.EASY, T0.plus(Duration.ofDays(400)));
    assertEquals(T0.plus(Duration.ofDays(430)), c.due());
  }

  @Test
  void retrievabilityIsZeroForANewCardOneRightAfterAReviewAndNinetyPercentAfterStabilityDays() {
    assertEquals(0, fsrs.retrievability(Card.newCard(T0), T0.plus(DAY)));
    Card c = review(12, 5, T0);
    assertEquals(1.0, fsrs.retrievability(c, T0), 0);
    assertEquals(1.0, fsrs.retrievability(c, T0.minus(DAY)), 0, "a clock moved back counts as 0 days");
    assertEquals(0.9, fsrs.retrievability(c, T0.plus(Duration.ofDays(12))), 1e-12);
    assertTrue(fsrs.retrievability(c, T0.plus(Duration.ofDays(100)))
        < fsrs.retrievability(c, T0.plus(Duration.ofDays(50))));
  }

  @Test
  void previewGivesEachRatingsOutcomeWithoutChangingTheCard() {
    Card c = review(10, 5, T0);
    var p = fsrs.preview(c, T0.plus(Duration.ofDays(10)));
    assertEquals(4, p.size());
    assertEquals(CardState.RELEARNING, p.get(Rating.AGAIN).state());
    assertTrue(p.get(Rating.HARD).due().isBefore(p.get(Rating.GOOD).due()));
    assertTrue(p.get(Rating.GOOD).due().isBefore(p.get(Rating.EASY).due()));
    assertEquals(review(10, 5, T0), c);
  }

  @Test
  void fuzzIsReproducibleFromTheSeedAndStaysInItsRange() {
    FsrsScheduler fz = new FsrsScheduler(FsrsParameters.defaults().withFuzz(true));
    Card c = review(30, 5, T0);
    Instant at = T0.plus(Duration.ofDays(30));
    Card a = fz.review(c, Rating.GOOD, at, new Random(42));
    Card b = fz.review(c, Rating.GOOD, at, new Random(42));
    assertEquals(a, b);
    long plain = Duration.between(at, fsrs.review(c, Rating.GOOD, at).due()).toDays();
    long[] range = fz.fuzzRange(plain);
    Set<Long> seen = new HashSet<>();
    Random one = new Random(2024);
    for (int i = 0; i < 500; i++) {
      long d = Duration.between(at, fz.review(c, Rating.GOOD, at, one).due()).toDays();
      assertTrue(d >= range[0] && d <= range[1], d + " outside " + range[0] + ".." + range[1]);
      seen.add(d);
    }
    assertEquals(range[1] - range[0] + 1, seen.size(), "every day of the range is reachable");
    assertTrue(range[0] < plain && plain < range[1]);
    // Short intervals are never fuzzed; a fuzz flag off ignores the random source.
    Random r = new Random(1);
    assertEquals(2, fz.fuzz(2, r));
    assertEquals(fsrs.review(c, Rating.GOOD, at), fsrs.review(c, Rating.GOOD, at, new Random(7)));
    // Fuzz never leaves the maximum interval.
    FsrsScheduler cap = new FsrsScheduler(FsrsParameters.defaults().withFuzz(true)
        .withMaximumIntervalDays(30));
    Random r2 = new Random(3);
    for (int i = 0; i < 100; i++) {
      assertTrue(cap.fuzz(30, r2) <= 30);
    }
  }

  @Test
  void parametersRejectWrongWeightCountsAndRetentionOutsideZeroOne() {
    assertThrows(IllegalArgumentException.class,
        () -> new FsrsParameters(new double[19], 0.9, List.of(), List.of(), 100, false));
    assertThrows(IllegalArgumentException.class,
        () -> FsrsParameters.defaults().withDesiredRetention(1.0));
    assertThrows(IllegalArgumentException.class,
        () -> FsrsParameters.defaults().withMaximumIntervalDays(0));
    assertThrows(IllegalArgumentException.class, () -> FsrsParameters.defaults().withSteps(
        List.of(Duration.ZERO), List.of()));
  }

  @Test
  void stabilityNeverFallsBelowTheMinimum() {
    double[] w = W.clone();
    w[0] = 0.0001;
    FsrsScheduler s = new FsrsScheduler(new FsrsParameters(w, 0.9, List.of(), List.of(), 100, false));
    assertEquals(0.001, s.review(Card.newCard(T0), Rating.AGAIN, T0).stability(), 0);
  }
}
