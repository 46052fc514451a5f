package org.factdrill.srs;

import java.util.Arrays;

/**
 * Reverse-mode automatic differentiation over the 21 weights: every operation appends a node
 * (value, up to two parents and the local partial derivatives); {@link #gradient} walks the
 * nodes backwards once and returns d(loss)/d(w) for all weights. Constants are not recorded.
 * One tape serves every batch: {@link #load} starts it again from new weights.
 */
final class Tape implements Arithmetic<Tape.Var> {
  /** A recorded value; {@code id < 0} marks a constant. */
  static final class Var {
    final double v;
    final int id;

    Var(double v, int id) {
      this.v = v;
      this.id = id;
    }
  }

  private static final int WEIGHTS = 21;

  private final Var[] weights = new Var[WEIGHTS];
  private int size;
  private int[] parentA = new int[1 << 12];
  private int[] parentB = new int[1 << 12];
  private double[] partialA = new double[1 << 12];
  private double[] partialB = new double[1 << 12];
  private double[] adjoint = new double[1 << 12];

  Tape(double[] w) {
    load(w);
  }

  /** Forgets every recorded node and seeded derivative and starts again from weights {@code w}. */
  void load(double[] w) {
    Arrays.fill(adjoint, 0, size, 0);
    for (int i = 0; i < WEIGHTS; i++) {
      weights[i] = new Var(w[i], i);
      parentA[i] = -1;
      parentB[i] = -1;
    }
    size = WEIGHTS;
  }

  /** Adds {@code d} to d(loss)/d(x): a loss term's derivative with respect to {@code x}. */
  void seed(Var x, double d) {
    if (x.id >= 0) {
      adjoint[x.id] += d;
    }
  }

  /** Back-propagates the seeded derivatives and adds d(loss)/d(w_i) to {@code grad[i]}. */
  void gradient(double[] grad) {
    for (int n = size - 1; n >= WEIGHTS; n--) {
      double g = adjoint[n];
      if (g == 0) {
        continue;
      }
      int a = parentA[n];
      if (a >= 0) {
        adjoint[a] += g * partialA[n];
      }
      int b = parentB[n];
      if (b >= 0) {
        adjoint[b] += g * partialB[n];
      }
    }
    for (int i = 0; i < WEIGHTS; i++) {
      grad[i] += adjoint[i];
    }
  }

  private Var node(double v, Var a, double da, Var b, double db) {
    boolean ka = a != null && a.id >= 0;
    boolean kb = b != null && b.id >= 0;
    if (!ka && !kb) {
      return new Var(v, -1);
    }
    if (size == parentA.length) {
      int n = size * 2;
      parentA = Arrays.copyOf(parentA, n);
      parentB = Arrays.copyOf(parentB, n);
      partialA = Arrays.copyOf(partialA, n);
      partialB = Arrays.copyOf(partialB, n);
      adjoint = Arrays.copyOf(adjoint, n);
    }
    int id = size++;
    parentA[id] = ka ? a.id : -1;
    partialA[id] = da;
    parentB[id] = kb ? b.id : -1;
    partialB[id] = db;
    adjoint[id] = 0;
    return new Var(v, id);
  }

  @Override
  public Var constant(double x) {
    return new Var(x, -1);
  }

  @Override
  public Var weight(int i) {
    return weights[i];
  }

  @Override
  public double value(Var x) {
    return x.v;
  }

  @Override
  public Var add(Var a, Var b) {
    return node(a.v + b.v, a, 1, b, 1);
  }

  @Override
  public Var sub(Var a, Var b) {
    return node(a.v - b.v, a, 1, b, -1);
  }

  @Override
  public Var mul(Var a, Var b) {
    return node(a.v * b.v, a, b.v, b, a.v);
  }

  @Override
  public Var div(Var a, Var b) {
    double q = a.v / b.v;
    return node(q, a, 1 / b.v, b, -q / b.v);
  }

  @Override
  public Var neg(Var a) {
    return node(-a.v, a, -1, null, 0);
  }

  @Override
  public Var exp(Var a) {
    double e = Math.exp(a.v);
    return node(e, a, e, null, 0);
  }

  @Override
  public Var pow(Var a, Var b) {
    double p = Math.pow(a.v, b.v);
    // d/da a^b = b a^(b-1); d/db a^b = a^b ln a (a > 0 wherever FSRS raises to a weight).
    double da = a.id >= 0 ? b.v * Math.pow(a.v, b.v - 1) : 0;
    double db = b.id >= 0 && a.v > 0 ? p * Math.log(a.v) : 0;
    return node(p, a, da, b, db);
  }

  @Override
  public Var min(Var a, Var b) {
    return b.v < a.v ? b : a;
  }

  @Override
  public Var max(Var a, Var b) {
    return b.v > a.v ? b : a;
  }
}
