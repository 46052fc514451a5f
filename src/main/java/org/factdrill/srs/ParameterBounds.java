package org.factdrill.srs;

/**
 * The reference optimizer's bounds on each FSRS-6 weight, applied after every step. The upper
 * bound of w17 and w18 depends on the number of relearning steps: with more than one, a lapse's
 * short-term gains must not push stability above its pre-lapse value.
 */
public final class ParameterBounds {
  /** Largest initial stability (days) pre-training and training may give. */
  static final double INIT_S_MAX = 100.0;

  private ParameterBounds() {
  }

  /** {lower, upper} for each weight. */
  public static double[][] of(double[] w, int relearningSteps) {
    double ceiling = 2.0;
    if (relearningSteps > 1) {
      double v = -(Math.log(w[11]) + Math.log(Math.pow(2.0, w[13]) - 1.0) + w[14] * 0.3)
          / relearningSteps;
      ceiling = Math.min(Math.sqrt(Math.max(v, 0.01)), 2.0);
    }
    double s = FsrsFormulas.STABILITY_MIN;
    return new double[][] {
        {s, INIT_S_MAX}, {s, INIT_S_MAX}, {s, INIT_S_MAX}, {s, INIT_S_MAX},
        {1.0, 10.0}, {0.001, 4.0}, {0.001, 4.0}, {0.001, 0.75}, {0.0, 4.5}, {0.0, 0.8},
        {0.001, 3.5}, {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0}, {0.0, 1.0},
        {1.0, 6.0}, {0.0, ceiling}, {0.0, ceiling}, {0.01, 0.8}, {0.1, 0.8}};
  }

  /** Clamps each weight into its bounds, in place (the bounds see the weights before clamping). */
  static void clip(double[] w, int relearningSteps) {
    double[][] b = of(w, relearningSteps);
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.min(Math.max(w[i], b[i][0]), b[i][1]);
    }
  }

  /** Whether every weight lies within its bounds. */
  public static boolean within(double[] w, int relearningSteps) {
    double[][] b = of(w, relearningSteps);
    for (int i = 0; i < w.length; i++) {
      if (!(w[i] >= b[i][0] && w[i] <= b[i][1])) {
        return false;
      }
    }
    return true;
  }
}
