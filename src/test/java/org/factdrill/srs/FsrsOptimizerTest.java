package org.factdrill.srs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The optimizer: recovery of a simulated learner, golden output, data limits, gradients. */
class FsrsOptimizerTest {
  private static final Path GOLDEN = Path.of("src/test/resources/srs/optimizer-golden.txt");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void fitPredictsHeldOutCardsWithinOnePercentOfTheTrueParameters() {
    List<ReviewEvent> log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, 100_000, 3);
    FsrsOptimizer optimizer = new FsrsOptimizer(FitConfig.defaults());
    FitResult fit = optimizer.fit(log, FsrsOptimizer.Progress.NONE);
    double truth = optimizer.heldOut(SyntheticLearner.TRUE_WEIGHTS, log).logLoss();
    assertEquals(FitResult.Outcome.FITTED, fit.outcome());
    assertTrue(fit.fitted().logLoss() <= truth * 1.01,
        "fitted " + fit.fitted().logLoss() + " vs true " + truth);
    assertTrue(fit.fitted().logLoss() < fit.defaults().logLoss(), "beats the defaults");
    assertTrue(fit.fitted().rmseBins() < fit.defaults().rmseBins());
  }

  /** The optimizer's and the advisor's output on a fixed log; update with -Dfactdrill.golden.update=true. */
  @Test
  void outputOnAFixedLogMatchesTheGoldenFile() throws Exception {
    List<ReviewEvent> log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, 3_000, 5);
    FitResult fit = new FsrsOptimizer(FitConfig.defaults()).fit(log, FsrsOptimizer.Progress.NONE);
    RetentionAdvisor.Advice advice = RetentionAdvisor.advise(fit.weights(),
        new RetentionAdvisor.Config(300, 120, 600, 10, 2, 7), FsrsOptimizer.Progress.NONE);
    StringBuilder b = new StringBuilder();
    b.append("outcome ").append(fit.outcome()).append('\n')
        .append("reviews ").append(fit.reviews()).append(" train ").append(fit.trainItems())
        .append(" test ").append(fit.fitted().items()).append('\n')
        .append(String.format(Locale.ROOT, "defaults log-loss %.6f rmse %.6f%n",
            fit.defaults().logLoss(), fit.defaults().rmseBins()))
        .append(String.format(Locale.ROOT, "fitted   log-loss %.6f rmse %.6f%n",
            fit.fitted().logLoss(), fit.fitted().rmseBins()));
    double[] w = fit.weights();
    for (int i = 0; i < w.length; i++) {
      b.append(String.format(Locale.ROOT, "w%-2d %.6f%n", i, w[i]));
    }
    for (RetentionAdvisor.Point p : advice.curve()) {
      b.append(String.format(Locale.ROOT, "retention %.2f %.3f s/remembered %.2f answers/day%n",
          p.retention(), p.secondsPerRemembered(), p.reviewsPerDay()));
    }
    b.append(String.format(Locale.ROOT, "advised %.2f%n", advice.best().retention()));
    if (Boolean.getBoolean("factdrill.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, b.toString(), StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(GOLDEN), GOLDEN + " is missing; run with -Dfactdrill.golden.update=true");
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), b.toString());
  }

  @Test
  void tooFewReviewsKeepTheDefaults() {
    List<ReviewEvent> log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, 10, 1);
    FitResult fit = new FsrsOptimizer(FitConfig.defaults()).fit(log, FsrsOptimizer.Progress.NONE);
    assertEquals(FitResult.Outcome.NOT_ENOUGH_DATA, fit.outcome());
    assertArrayEquals(FsrsParameters.DEFAULT_WEIGHTS, fit.weights());
    FitResult none = new FsrsOptimizer(FitConfig.defaults()).fit(List.of(),
        FsrsOptimizer.Progress.NONE);
    assertEquals(FitResult.Outcome.NOT_ENOUGH_DATA, none.outcome());
    assertEquals(0, none.fitted().items());
  }

  @Test
  void aFewDozenReviewsFitOnlyTheInitialStabilities() {
    // 60 cards, each: first answer Good, then one review 3 days later (recalled 4 times in 5).
    List<ReviewEvent> log = new ArrayList<>();
    for (int c = 0; c < 60; c++) {
      Instant first = T0.plus(Duration.ofHours(c));
      log.add(new ReviewEvent(c, first, Rating.GOOD));
      log.add(new ReviewEvent(c, first.plus(Duration.ofDays(3)),
          c % 5 == 0 ? Rating.AGAIN : Rating.GOOD));
    }
    FitResult fit = new FsrsOptimizer(FitConfig.defaults().withTestShare(0))
        .fit(log, FsrsOptimizer.Progress.NONE);
    assertEquals(FitResult.Outcome.PRETRAINED_ONLY, fit.outcome());
    double[] w = fit.weights();
    for (int i = 4; i < 21; i++) {
      assertEquals(FsrsParameters.DEFAULT_WEIGHTS[i], w[i], "w" + i + " untouched");
    }
    assertTrue(w[0] <= w[1] && w[1] <= w[2] && w[2] <= w[3], "stabilities grow with the rating");
    // 80% recall after 3 days: well below the default Good stability's prediction.
    assertTrue(w[2] < FsrsParameters.DEFAULT_WEIGHTS[2], "Good's stability fitted: " + w[2]);
  }

  @Test
  void cancellingStopsTheFit() {
    List<ReviewEvent> log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, 5_000, 2);
    FsrsOptimizer optimizer = new FsrsOptimizer(FitConfig.defaults());
    long[] calls = {0};
    assertThrows(CancellationException.class,
        () -> optimizer.fit(log, (done, total) -> ++calls[0] < 3));
    assertEquals(3, calls[0]);
  }

  @Test
  void progressReachesTheTotal() {
    List<ReviewEvent> log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, 3_000, 2);
    long[] last = {0, 0};
    new FsrsOptimizer(FitConfig.defaults()).fit(log, (done, total) -> {
      assertTrue(done >= last[0] && done <= total);
      last[0] = done;
      last[1] = total;
      return true;
    });
    assertTrue(last[1] > 0);
    assertEquals(last[1], last[0]);
  }

  @Test
  void tapeGradientMatchesFiniteDifferences() {
    List<ReviewEvent> log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, 2_000, 4);
    List<CardHistory> cards = CardHistory.of(log);
    List<CardHistory.Item> items = CardHistory.itemsByTime(cards);
    double[] w = SyntheticLearner.TRUE_WEIGHTS.clone();
    Tape tape = new Tape(w);
    FsrsFormulas<Tape.Var> f = new FsrsFormulas<>(tape);
    for (CardHistory c : cards) {
      FsrsFormulas.State<Tape.Var> st = f.first(c.ratings()[0]);
      for (int t = 1; t < c.length(); t++) {
        if (c.deltas()[t] > 0) {
          Tape.Var r = f.retrievability(c.deltas()[t], st.stability());
          double y = c.ratings()[t] != Rating.AGAIN ? 1 : 0;
          tape.seed(r, -(y / r.v - (1 - y) / (1 - r.v)));
        }
        st = f.next(st, c.deltas()[t], c.ratings()[t]);
      }
    }
    double[] g = new double[21];
    tape.gradient(g);
    for (int i = 0; i < 21; i++) {
      double eps = Math.max(1e-6, Math.abs(w[i]) * 1e-6);
      double[] plus = w.clone();
      plus[i] += eps;
      double[] minus = w.clone();
      minus[i] -= eps;
      double numeric = (loss(plus, items) - loss(minus, items)) / (2 * eps);
      assertEquals(numeric, g[i], 1e-4 * Math.max(1, Math.abs(numeric)), "d/dw" + i);
    }
  }

  private static double loss(double[] w, List<CardHistory.Item> items) {
    double[] p = FitMetrics.predict(w, items);
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double y = items.get(i).recalled() ? 1 : 0;
      sum -= y * Math.log(p[i]) + (1 - y) * Math.log(1 - p[i]);
    }
    return sum;
  }

  @Test
  void sameDayReviewsShapeTheHistoryButAreNotPredicted() {
    List<ReviewEvent> log = List.of(
        new ReviewEvent(7, T0, Rating.AGAIN),
        new ReviewEvent(7, T0.plus(Duration.ofMinutes(1)), Rating.GOOD),
        new ReviewEvent(7, T0.plus(Duration.ofMinutes(11)), Rating.GOOD),
        new ReviewEvent(7, T0.plus(Duration.ofDays(2)), Rating.GOOD),
        new ReviewEvent(7, T0.plus(Duration.ofDays(2).plusHours(1)), Rating.AGAIN),
        new ReviewEvent(7, T0.plus(Duration.ofDays(9)), Rating.HARD));
    CardHistory card = CardHistory.of(log).get(0);
    // Whole 24-hour periods since the previous review, as the scheduler counts them.
    assertArrayEquals(new long[] {0, 0, 0, 1, 0, 6}, card.deltas());
    List<CardHistory.Item> items = card.items();
    assertEquals(List.of(3, 5), items.stream().map(CardHistory.Item::end).toList());
    // The prediction for the last review runs every earlier answer through the scheduler.
    FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.defaults());
    Card c = Card.newCard(T0);
    for (int i = 0; i < 5; i++) {
      c = scheduler.review(c, log.get(i).rating(), log.get(i).at());
    }
    double expected = scheduler.retrievability(c, log.get(5).at());
    double[] predicted = FitMetrics.predict(FsrsParameters.DEFAULT_WEIGHTS, items);
    assertEquals(expected, predicted[1], 1e-15);
  }

  @Test
  void reviewsOutOfOrderInTheLogAreSortedPerCard() {
    List<ReviewEvent> log = List.of(
        new ReviewEvent(1, T0.plus(Duration.ofDays(3)), Rating.GOOD),
        new ReviewEvent(1, T0, Rating.EASY));
    CardHistory card = CardHistory.of(log).get(0);
    assertEquals(Rating.EASY, card.ratings()[0]);
    assertArrayEquals(new long[] {0, 3}, card.deltas());
  }

  @Test
  void studyDaysCountANextMorningReviewAsADayLater() {
    Instant evening = Instant.parse("2026-01-05T11:30:00Z");
    List<ReviewEvent> log = List.of(
        new ReviewEvent(1, evening, Rating.GOOD),
        new ReviewEvent(1, Instant.parse("2026-01-06T03:59:00Z"), Rating.GOOD), // same study day
        new ReviewEvent(1, Instant.parse("2026-01-06T07:20:00Z"), Rating.GOOD), // next, < 24 h
        new ReviewEvent(1, Instant.parse("2026-01-09T06:00:00Z"), Rating.AGAIN));
    CardHistory byPeriods = CardHistory.of(log).get(0);
    assertArrayEquals(new long[] {0, 0, 0, 2}, byPeriods.deltas());
    CardHistory byDays = CardHistory.of(log, java.time.ZoneOffset.UTC, 4).get(0);
    assertArrayEquals(new long[] {0, 0, 1, 3}, byDays.deltas());
    // In Hanoi (UTC+7) 03:59 UTC is 10:59 on the 6th: a day after 18:30 on the 5th.
    CardHistory hanoi = CardHistory.of(log, java.time.ZoneId.of("Asia/Ho_Chi_Minh"), 4).get(0);
    assertArrayEquals(new long[] {0, 1, 0, 3}, hanoi.deltas());
    assertEquals(2, byDays.items().size());
    assertEquals(1, byPeriods.items().size());
  }

  @Test
  void theLogMadeByStudyingIsPredictedFarBetterThanByTheDefaults() {
    // src/test/resources/srs/studied: a simulated learner studying with the real program.
    List<ReviewEvent> log = StudiedLog.events();
    assertEquals(3211, log.size());
    FitResult fit = new FsrsOptimizer(FitConfig.defaults()
        .withStudyDays(java.time.ZoneOffset.UTC, 4)).fit(log, FsrsOptimizer.Progress.NONE);
    assertEquals(FitResult.Outcome.FITTED, fit.outcome());
    assertTrue(fit.fitted().items() > 300, "held-out predictions: " + fit.fitted().items());
    // Measured: defaults 0.85 / 38% RMSE, fit 0.56 / 18% (this learner forgets faster than the
    // defaults assume); the margins leave room for harmless changes of the optimizer.
    assertTrue(fit.fitted().logLoss() < 0.8 * fit.defaults().logLoss(),
        fit.defaults() + " -> " + fit.fitted());
    assertTrue(fit.fitted().rmseBins() < 0.7 * fit.defaults().rmseBins(),
        fit.defaults() + " -> " + fit.fitted());
  }
}
