package org.factdrill.srs;

/**
 * What {@link FsrsOptimizer#fit} found: the weights to use, how they were obtained, and the
 * held-out figures for the defaults and for them.
 *
 * @param weights the 21 weights (the defaults when {@link Outcome#NOT_ENOUGH_DATA})
 * @param reviews reviews in the log given
 * @param trainItems predictions trained on
 * @param defaults the default weights measured on the test cards (NaN figures when none)
 * @param fitted these weights measured on the test cards
 */
public record FitResult(Outcome outcome, double[] weights, int reviews, int trainItems,
    FitMetrics defaults, FitMetrics fitted) {

  /** How the weights came about. */
  public enum Outcome {
    /** Pre-training and gradient descent ran. */
    FITTED,
    /** Enough first reviews for initial stabilities, too few later ones to train the rest. */
    PRETRAINED_ONLY,
    /** Too few reviews: the defaults are kept. */
    NOT_ENOUGH_DATA
  }

  /** Fewest predictions (reviews a day or more after the previous one) before anything is fitted. */
  public static final int MIN_ITEMS = 8;
  /** Fewest predictions for gradient descent; below it only initial stabilities are fitted. */
  public static final int MIN_TRAIN_ITEMS = 64;

  public FitResult {
    weights = weights.clone();
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }
}
