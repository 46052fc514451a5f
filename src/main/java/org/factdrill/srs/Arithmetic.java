package org.factdrill.srs;

/**
 * The arithmetic the FSRS formulas are written in, once: {@link PlainArithmetic} computes plain
 * numbers for scheduling and simulation, {@link Tape} also records each operation so the
 * optimizer can take gradients by reverse-mode differentiation of the very same formulas.
 */
interface Arithmetic<T> {
  T constant(double x);

  /** Weight {@code i} of the 21 FSRS-6 weights. */
  T weight(int i);

  double value(T x);

  T add(T a, T b);

  T sub(T a, T b);

  T mul(T a, T b);

  T div(T a, T b);

  T neg(T a);

  T exp(T a);

  T pow(T a, T b);

  /** The smaller; on a tie the first (its derivative flows to the chosen side only). */
  T min(T a, T b);

  /** The larger; on a tie the first. */
  T max(T a, T b);
}
