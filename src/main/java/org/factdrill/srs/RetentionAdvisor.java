package org.factdrill.srs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * Desired-retention advice as Anki's "compute optimal retention" gives it: for each desired
 * retention from 0.70 to 0.97, a seeded simulation of a year of study with the learner's
 * weights (cards learned while the day's time budget lasts, due cards reviewed first, recall
 * drawn from the model's retrievability, the reference simulator's rating and time figures),
 * scored by seconds of study per card remembered at the end; the lowest score wins.
 */
public final class RetentionAdvisor {
  private static final int LEARNING = 0;
  private static final int REVIEW = 1;
  private static final int RELEARNING = 2;
  private static final double[] FIRST_RATING = {0.24, 0.094, 0.495, 0.171};
  private static final double[] REVIEW_RATING = {0.224, 0.631, 0.145};
  private static final double[][] LEARNING_STEPS = {
      {0.3686, 0.0628, 0.5108, 0.0577}, {0.0442, 0.4553, 0.4457, 0.0549},
      {0.0519, 0.047, 0.8462, 0.055}};
  private static final double[][] RELEARNING_STEPS = {
      {0.2157, 0.0643, 0.6595, 0.0604}, {0.05, 0.4638, 0.4475, 0.0387},
      {0.1057, 0.1434, 0.7266, 0.0244}};
  /** Seconds per answer by state (learning, review, relearning) and rating. */
  private static final double[][] COSTS = {
      {19.58, 18.79, 13.78, 10.71}, {19.38, 17.59, 12.38, 8.94}, {16.44, 15.25, 12.32, 8.03}};

  /**
   * Simulation settings; {@link #defaults()} are the reference simulator's (10,000 cards, 365
   * days, 30 minutes a day, no daily new-card limit), run once per retention.
   */
  public record Config(int deckSize, int days, double secondsPerDay, int newPerDay,
      int samples, long seed) {
    public Config {
      if (deckSize < 1 || days < 2 || !(secondsPerDay > 0) || newPerDay < 1 || samples < 1) {
        throw new IllegalArgumentException("simulation settings must be positive");
      }
    }

    public static Config defaults() {
      return new Config(10_000, 365, 1800, Integer.MAX_VALUE, 1, 2023);
    }
  }

  /**
   * One simulated retention.
   *
   * @param secondsPerRemembered study time divided by cards remembered at the end
   * @param reviewsPerDay answers per day, learning included
   * @param remembered expected number of cards recalled on the last day
   */
  public record Point(double retention, double secondsPerRemembered, double reviewsPerDay,
      double remembered) {
  }

  /** The simulated curve and its lowest point. */
  public record Advice(List<Point> curve, Point best) {
    public Advice {
      curve = List.copyOf(curve);
    }
  }

  /** The retentions simulated: 0.70, 0.71, ..., 0.97. */
  public static List<Double> retentions() {
    List<Double> out = new ArrayList<>();
    for (int i = 70; i <= 97; i++) {
      out.add(i / 100.0);
    }
    return out;
  }

  private RetentionAdvisor() {
  }

  /**
   * Simulates every retention in {@link #retentions()} with weights {@code w}.
   *
   * @throws CancellationException when {@code progress} answers false
   */
  public static Advice advise(double[] w, Config config, FsrsOptimizer.Progress progress) {
    List<Double> rs = retentions();
    List<Point> curve = new ArrayList<>();
    Point best = null;
    long total = (long) rs.size() * config.samples();
    long done = 0;
    for (double r : rs) {
      double cost = 0;
      double remembered = 0;
      double answers = 0;
      for (int k = 0; k < config.samples(); k++) {
        double[] res = simulate(w, r, config, config.seed() + k);
        cost += res[0];
        remembered += res[1];
        answers += res[2];
        done++;
        if (!progress.report(done, total)) {
          throw new CancellationException("simulation cancelled");
        }
      }
      Point p = new Point(r, cost / remembered, answers / config.samples() / config.days(),
          remembered / config.samples());
      curve.add(p);
      if (best == null || p.secondsPerRemembered() < best.secondsPerRemembered()) {
        best = p;
      }
    }
    return new Advice(curve, best);
  }

  /** {total seconds, cards remembered on the last day, answers} for one run. */
  static double[] simulate(double[] w, double retention, Config c, long seed) {
    FsrsScheduler scheduler = new FsrsScheduler(
        FsrsParameters.defaults().withWeights(w).withDesiredRetention(retention));
    FsrsFormulas<Double> f = new FsrsFormulas<>(new PlainArithmetic(w));
    SplittableRandom random = new SplittableRandom(seed);
    int n = c.deckSize();
    double[] s = new double[n];
    double[] d = new double[n];
    int[] last = new int[n];
    List<List<Integer>> dueOn = new ArrayList<>();
    for (int day = 0; day <= c.days(); day++) {
      dueOn.add(new ArrayList<>());
    }
    int learned = 0;
    double totalCost = 0;
    long answers = 0;
    for (int day = 0; day < c.days(); day++) {
      double cost = 0;
      List<Integer> due = dueOn.get(day);
      int i = 0;
      for (; i < due.size() && cost < c.secondsPerDay(); i++) {
        int card = due.get(i);
        FsrsFormulas.State<Double> st = new FsrsFormulas.State<>(s[card], d[card]);
        long elapsed = day - last[card];
        double r = f.retrievability(elapsed, st.stability());
        Rating rating = random.nextDouble() < r ? pick(random, REVIEW_RATING, 1) : Rating.AGAIN;
        cost += COSTS[REVIEW][rating.value() - 1];
        answers++;
        st = f.next(st, elapsed, rating);
        if (rating == Rating.AGAIN) {
          double[] extra = new double[2];
          st = shortTerm(f, st, rating, RELEARNING_STEPS, COSTS[RELEARNING], 1, random, extra);
          cost += extra[0];
          answers += (long) extra[1];
        }
        schedule(scheduler, card, st, day, s, d, last, dueOn, c.days());
      }
      // Reviews the budget did not reach wait for tomorrow.
      if (i < due.size()) {
        dueOn.get(day + 1).addAll(due.subList(i, due.size()));
      }
      int fresh = 0;
      while (cost < c.secondsPerDay() && learned < n && fresh < c.newPerDay()) {
        int card = learned++;
        fresh++;
        Rating first = pick(random, FIRST_RATING, 0);
        cost += COSTS[LEARNING][first.value() - 1];
        answers++;
        double[] extra = new double[2];
        FsrsFormulas.State<Double> st = shortTerm(f, f.first(first), first, LEARNING_STEPS,
            COSTS[LEARNING], 2, random, extra);
        cost += extra[0];
        answers += (long) extra[1];
        schedule(scheduler, card, st, day, s, d, last, dueOn, c.days());
      }
      totalCost += cost;
    }
    double remembered = 0;
    for (int card = 0; card < learned; card++) {
      remembered += f.retrievability(c.days() - last[card], s[card]);
    }
    return new double[] {totalCost, remembered, answers};
  }

  private static void schedule(FsrsScheduler scheduler, int card, FsrsFormulas.State<Double> st,
      int day, double[] s, double[] d, int[] last, List<List<Integer>> dueOn, int days) {
    s[card] = st.stability();
    d[card] = st.difficulty();
    last[card] = day;
    long next = day + scheduler.nextIntervalDays(st.stability());
    if (next < days) {
      dueOn.get((int) next).add(card);
    }
  }

  /**
   * Same-day (re)learning steps after {@code rating}, as the reference simulator draws them:
   * until {@code steps} good answers in a row (one fewer when the first was Good) or an Easy.
   * Adds {seconds, answers} to {@code extra}.
   */
  private static FsrsFormulas.State<Double> shortTerm(FsrsFormulas<Double> f,
      FsrsFormulas.State<Double> start, Rating rating, double[][] transitions, double[] costs,
      int steps, SplittableRandom random, double[] extra) {
    FsrsFormulas.State<Double> st = start;
    int consecutive = 0;
    int current = rating.value();
    int max = current > 2 ? steps - 1 : steps;
    for (int k = 0; k < 100 && consecutive < max && current < 4; k++) {
      current = pick(random, transitions[current - 1], 0).value();
      Rating r = Rating.of(current);
      st = f.next(st, 0, r);
      extra[0] += costs[current - 1];
      extra[1] += 1;
      if (current > 2) {
        consecutive++;
      } else if (current == 1) {
        consecutive = 0;
      }
    }
    return st;
  }

  /** A rating drawn with probabilities {@code p}, the first of which stands for rating {@code offset + 1}. */
  private static Rating pick(SplittableRandom random, double[] p, int offset) {
    double sum = 0;
    for (double x : p) {
      sum += x;
    }
    double u = random.nextDouble() * sum;
    double acc = 0;
    for (int i = 0; i < p.length; i++) {
      acc += p[i];
      if (u < acc) {
        return Rating.of(offset + i + 1);
      }
    }
    return Rating.of(offset + p.length);
  }
}
