package org.factdrill.srs;

/**
 * Optimizer settings; {@link #defaults()} are the reference's (5 epochs, batches of 512
 * predictions, learning rate 0.04 with cosine annealing, L2 pull towards the initial weights
 * gamma 1, histories up to 256 reviews), plus factdrill's held-out share of cards.
 *
 * @param testShare share of cards held out to measure the fit (0 to train on all)
 * @param relearningSteps the learner's number of relearning steps (bounds w17 and w18)
 */
public record FitConfig(int epochs, int batchSize, double learningRate, long seed,
    int maxSeqLen, double gamma, double testShare, int relearningSteps) {
  public FitConfig {
    if (epochs < 1 || batchSize < 1 || maxSeqLen < 2) {
      throw new IllegalArgumentException("epochs, batch size and sequence length must be positive");
    }
    if (!(learningRate > 0) || !Double.isFinite(learningRate) || !(gamma >= 0)) {
      throw new IllegalArgumentException("learning rate must be positive, gamma not negative");
    }
    if (!(testShare >= 0 && testShare < 1)) {
      throw new IllegalArgumentException("test share must be in [0, 1)");
    }
  }

  public static FitConfig defaults() {
    return new FitConfig(5, 512, 4e-2, 2023, 256, 1.0, 0.2, 1);
  }

  public FitConfig withSeed(long s) {
    return new FitConfig(epochs, batchSize, learningRate, s, maxSeqLen, gamma, testShare,
        relearningSteps);
  }

  public FitConfig withTestShare(double share) {
    return new FitConfig(epochs, batchSize, learningRate, seed, maxSeqLen, gamma, share,
        relearningSteps);
  }

  public FitConfig withRelearningSteps(int n) {
    return new FitConfig(epochs, batchSize, learningRate, seed, maxSeqLen, gamma, testShare, n);
  }
}
