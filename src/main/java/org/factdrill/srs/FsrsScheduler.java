package org.factdrill.srs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The FSRS-6 scheduler: {@code (card, rating, review instant, parameters) -> next card}. Pure: no
 * clock, no I/O; the only randomness is the optional fuzz source passed in. Formulas and their
 * order of operations follow the reference implementation (py-fsrs 6) so results agree to ~1e-14.
 */
public final class FsrsScheduler {
  private static final long DAY_SECONDS = 86_400;

  private final FsrsParameters p;
  private final FsrsFormulas<Double> formulas;
  private final double decay;
  private final double factor;

  public FsrsScheduler(FsrsParameters parameters) {
    this.p = parameters;
    this.formulas = new FsrsFormulas<>(new PlainArithmetic(parameters.w()));
    this.decay = formulas.decay();
    this.factor = formulas.factor();
  }

  public FsrsParameters parameters() {
    return p;
  }

  /** The next state without fuzz (or with fuzz disabled in the parameters). */
  public Card review(Card card, Rating rating, Instant now) {
    return review(card, rating, now, null);
  }

  /**
   * The state after reviewing {@code card} with {@code rating} at {@code now}. When the
   * parameters enable fuzz and {@code random} is given, day intervals are fuzzed with it.
   */
  public Card review(Card card, Rating rating, Instant now, RandomGenerator random) {
    Long days = card.lastReview() == null ? null : wholeDays(card.lastReview(), now);
    FsrsFormulas.State<Double> next;
    if (card.stability() == null || card.difficulty() == null) {
      next = formulas.first(rating);
    } else {
      // days < 1: a same-day review in any state takes the short-term formula (FSRS-6).
      next = formulas.next(new FsrsFormulas.State<>(card.stability(), card.difficulty()),
          days == null ? 0 : days, rating);
    }
    double s = next.stability();
    double d = next.difficulty();

    CardState state = card.state();
    Integer step = card.step();
    Duration interval;
    switch (state) {
      case LEARNING, RELEARNING -> {
        List<Duration> steps = state == CardState.LEARNING ? p.learningSteps() : p.relearningSteps();
        int current = step == null ? 0 : step;
        if (steps.isEmpty() || (current >= steps.size() && rating != Rating.AGAIN)) {
          state = CardState.REVIEW;
          step = null;
          interval = days(nextIntervalDays(s));
        } else {
          switch (rating) {
            case AGAIN -> {
              step = 0;
              interval = steps.get(0);
            }
            case HARD -> {
              step = current;
              if (current == 0 && steps.size() == 1) {
                interval = scale(steps.get(0), 1.5);
              } else if (current == 0) {
                interval = scale(steps.get(0).plus(steps.get(1)), 0.5);
              } else {
                interval = steps.get(current);
              }
            }
            case GOOD -> {
              if (current + 1 == steps.size()) {
                state = CardState.REVIEW;
                step = null;
                interval = days(nextIntervalDays(s));
              } else {
                step = current + 1;
                interval = steps.get(step);
              }
            }
            default -> {
              state = CardState.REVIEW;
              step = null;
              interval = days(nextIntervalDays(s));
            }
          }
        }
      }
      default -> {
        if (rating == Rating.AGAIN && !p.relearningSteps().isEmpty()) {
          state = CardState.RELEARNING;
          step = 0;
          interval = p.relearningSteps().get(0);
        } else {
          interval = days(nextIntervalDays(s));
        }
      }
    }
    if (p.fuzz() && random != null && state == CardState.REVIEW) {
      interval = days(fuzz(interval.toDays(), random));
    }
    return new Card(state, step, s, d, now.plus(interval), now);
  }

  /** What each rating would give, for showing the next interval on the grade keys. */
  public Map<Rating, Card> preview(Card card, Instant now) {
    Map<Rating, Card> out = new EnumMap<>(Rating.class);
    for (Rating r : Rating.values()) {
      out.put(r, review(card, r, now));
    }
    return out;
  }

  /** Probability of recall at {@code now}; 0 for a card never reviewed. */
  public double retrievability(Card card, Instant now) {
    if (card.lastReview() == null || card.stability() == null) {
      return 0;
    }
    return formulas.retrievability(wholeDays(card.lastReview(), now), card.stability());
  }

  /** Whole 24-hour periods between two instants, floored (negative when {@code to} is earlier). */
  static long wholeDays(Instant from, Instant to) {
    return Math.floorDiv(Duration.between(from, to).getSeconds(), DAY_SECONDS);
  }

  /** Interval in whole days for stability {@code s} at the desired retention, capped. */
  long nextIntervalDays(double s) {
    double raw = (s / factor) * (Math.pow(p.desiredRetention(), 1 / decay) - 1);
    long days = (long) Math.rint(raw); // Python's round(): half to even
    days = Math.max(days, 1);
    return Math.min(days, p.maximumIntervalDays());
  }

  /**
   * A fuzzed day interval: the reference's fuzz ranges (about ±15% up to a week, ±10% up to 20
   * days, ±5% beyond), but drawn uniformly among the whole days of the range so the result never
   * leaves it (the reference rounds {@code min + u * (max - min + 1)} and can exceed max by one).
   * Intervals under 2.5 days are not fuzzed.
   */
  long fuzz(long intervalDays, RandomGenerator random) {
    if (intervalDays < 2.5) {
      return intervalDays;
    }
    long[] range = fuzzRange(intervalDays);
    long fuzzed = range[0] + (long) Math.floor(random.nextDouble() * (range[1] - range[0] + 1));
    return Math.min(Math.min(fuzzed, range[1]), p.maximumIntervalDays());
  }

  /** The inclusive range of fuzzed intervals around {@code intervalDays}, as the reference computes it. */
  long[] fuzzRange(long intervalDays) {
    double delta = 1.0;
    delta += 0.15 * Math.max(Math.min(intervalDays, 7.0) - 2.5, 0.0);
    delta += 0.10 * Math.max(Math.min(intervalDays, 20.0) - 7.0, 0.0);
    delta += 0.05 * Math.max(intervalDays - 20.0, 0.0);
    long min = Math.max(2, (long) Math.rint(intervalDays - delta));
    long max = Math.min((long) Math.rint(intervalDays + delta), p.maximumIntervalDays());
    min = Math.min(min, max);
    return new long[] {min, max};
  }

  private static Duration days(long n) {
    return Duration.ofDays(n);
  }

  private static Duration scale(Duration d, double f) {
    return Duration.ofNanos(Math.round(d.toNanos() * f));
  }
}
