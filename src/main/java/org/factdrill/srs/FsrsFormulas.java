package org.factdrill.srs;

/**
 * The FSRS-6 memory formulas, written once over an {@link Arithmetic}: the scheduler runs them
 * on plain doubles, the optimizer on a {@link Tape} to differentiate them, the workload
 * simulator on doubles again. Order of operations follows the reference implementation
 * (py-fsrs 6) so scheduling results agree with it to ~1e-14.
 */
final class FsrsFormulas<T> {
  static final double STABILITY_MIN = 0.001;

  /** Stability and difficulty after a review. */
  record State<T>(T stability, T difficulty) {
  }

  private final Arithmetic<T> m;
  private final T one;
  private final T decay;
  private final T factor;

  FsrsFormulas(Arithmetic<T> m) {
    this.m = m;
    this.one = m.constant(1);
    this.decay = m.neg(m.weight(20));
    this.factor = m.sub(m.pow(m.constant(0.9), m.div(one, decay)), one);
  }

  Arithmetic<T> arithmetic() {
    return m;
  }

  T decay() {
    return decay;
  }

  T factor() {
    return factor;
  }

  /** The state after a card's first review. */
  State<T> first(Rating rating) {
    return new State<>(initialStability(rating), clampDifficulty(initialDifficulty(rating)));
  }

  /**
   * The state after a review {@code days} whole days after the previous one: under a day, the
   * short-term formula (FSRS-6), not the forgetting curve.
   */
  State<T> next(State<T> prev, long days, Rating rating) {
    T s;
    if (days < 1) {
      s = shortTermStability(prev.stability(), rating);
    } else {
      T r = retrievability(days, prev.stability());
      s = nextStability(prev.difficulty(), prev.stability(), r, rating);
    }
    return new State<>(s, nextDifficulty(prev.difficulty(), rating));
  }

  /** Probability of recall {@code days} (clamped at 0) after a review that left stability {@code s}. */
  T retrievability(long days, T s) {
    long t = Math.max(0, days);
    return m.pow(m.add(one, m.div(m.mul(factor, m.constant(t)), s)), decay);
  }

  T initialStability(Rating r) {
    return m.max(m.weight(r.value() - 1), m.constant(STABILITY_MIN));
  }

  T initialDifficulty(Rating r) {
    return m.add(m.sub(m.weight(4), m.exp(m.mul(m.weight(5), m.constant(r.value() - 1)))), one);
  }

  T clampDifficulty(T d) {
    return m.min(m.max(d, m.constant(1.0)), m.constant(10.0));
  }

  T shortTermStability(T s, Rating r) {
    T inc = m.mul(m.exp(m.mul(m.weight(17), m.add(m.constant(r.value() - 3), m.weight(18)))),
        m.pow(s, m.neg(m.weight(19))));
    if (r == Rating.GOOD || r == Rating.EASY) {
      inc = m.max(inc, one);
    }
    return m.max(m.mul(s, inc), m.constant(STABILITY_MIN));
  }

  T nextDifficulty(T d, Rating r) {
    // Mean reversion targets the *unclamped* initial difficulty of Easy, as the reference does.
    T target = initialDifficulty(Rating.EASY);
    T delta = m.neg(m.mul(m.weight(6), m.constant(r.value() - 3)));
    T damped = m.add(d, m.div(m.mul(m.sub(m.constant(10.0), d), delta), m.constant(9.0)));
    T w7 = m.weight(7);
    return clampDifficulty(m.add(m.mul(w7, target), m.mul(m.sub(one, w7), damped)));
  }

  T nextStability(T d, T s, T r, Rating rating) {
    T next;
    T oneMinusR = m.sub(one, r);
    if (rating == Rating.AGAIN) {
      T longTerm = m.mul(m.mul(m.mul(m.weight(11), m.pow(d, m.neg(m.weight(12)))),
          m.sub(m.pow(m.add(s, one), m.weight(13)), one)),
          m.exp(m.mul(oneMinusR, m.weight(14))));
      T shortTerm = m.div(s, m.exp(m.mul(m.weight(17), m.weight(18))));
      next = m.min(longTerm, shortTerm);
    } else {
      T hard = rating == Rating.HARD ? m.weight(15) : one;
      T easy = rating == Rating.EASY ? m.weight(16) : one;
      T growth = m.mul(m.mul(m.mul(m.mul(m.mul(m.exp(m.weight(8)),
          m.sub(m.constant(11), d)), m.pow(s, m.neg(m.weight(9)))),
          m.sub(m.exp(m.mul(oneMinusR, m.weight(10))), one)), hard), easy);
      next = m.mul(s, m.add(one, growth));
    }
    return m.max(next, m.constant(STABILITY_MIN));
  }
}
