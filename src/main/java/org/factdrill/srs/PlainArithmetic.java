package org.factdrill.srs;

/** Plain double arithmetic over fixed weights: what scheduling and the simulator use. */
final class PlainArithmetic implements Arithmetic<Double> {
  private final double[] w;

  PlainArithmetic(double[] w) {
    this.w = w.clone();
  }

  @Override
  public Double constant(double x) {
    return x;
  }

  @Override
  public Double weight(int i) {
    return w[i];
  }

  @Override
  public double value(Double x) {
    return x;
  }

  @Override
  public Double add(Double a, Double b) {
    return a + b;
  }

  @Override
  public Double sub(Double a, Double b) {
    return a - b;
  }

  @Override
  public Double mul(Double a, Double b) {
    return a * b;
  }

  @Override
  public Double div(Double a, Double b) {
    return a / b;
  }

  @Override
  public Double neg(Double a) {
    return -a;
  }

  @Override
  public Double exp(Double a) {
    return Math.exp(a);
  }

  @Override
  public Double pow(Double a, Double b) {
    return Math.pow(a, b);
  }

  @Override
  public Double min(Double a, Double b) {
    return b < a ? b : a;
  }

  @Override
  public Double max(Double a, Double b) {
    return b > a ? b : a;
  }
}
