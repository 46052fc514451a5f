package org.factdrill.srs;

/**
 * Optimizer settings; {@link #defaults()} are the reference's (5 epochs, batches of 512
 * predictions, learning rate 0.04 with cosine annealing, L2 pull towards the initial weights
 * gamma 1, histories up to 256 reviews), plus factdrill's held-out share of cards.
 *
 * @param testShare share of cards held out to measure the fit (0 to train on all)
 * @param relearningSteps the learner's number of relearning steps (bounds w17 and w18)
 * @param studyDayZone null: days between answers are whole 24-hour periods, as the scheduler
 *     counts them; else calendar days in this zone, each starting at {@code studyDayStartHour}, as
 *     Anki and fsrs-rs count them when they build histories from a review log
 * @param studyDayStartHour the hour (0-23) a study day starts at, with {@code studyDayZone}
 */
public record FitConfig(int epochs, int batchSize, double learningRate, long seed,
    int maxSeqLen, double gamma, double testShare, int relearningSteps,
    java.time.ZoneId studyDayZone, int studyDayStartHour) {
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
    if (studyDayStartHour < 0 || studyDayStartHour > 23) {
      throw new IllegalArgumentException("a study day starts at an hour from 0 to 23");
    }
  }

  public static FitConfig defaults() {
    return new FitConfig(5, 512, 4e-2, 2023, 256, 1.0, 0.2, 1, null, 0);
  }

  public FitConfig withSeed(long s) {
    return new FitConfig(epochs, batchSize, learningRate, s, maxSeqLen, gamma, testShare,
        relearningSteps, studyDayZone, studyDayStartHour);
  }

  public FitConfig withTestShare(double share) {
    return new FitConfig(epochs, batchSize, learningRate, seed, maxSeqLen, gamma, share,
        relearningSteps, studyDayZone, studyDayStartHour);
  }

  public FitConfig withRelearningSteps(int n) {
    return new FitConfig(epochs, batchSize, learningRate, seed, maxSeqLen, gamma, testShare, n,
        studyDayZone, studyDayStartHour);
  }

  /**
   * Days between answers counted as calendar days in {@code zone} that start at {@code hour}
   * (the reference's way: a review the next morning, even under 24 hours later, is a day later).
   */
  public FitConfig withStudyDays(java.time.ZoneId zone, int hour) {
    return new FitConfig(epochs, batchSize, learningRate, seed, maxSeqLen, gamma, testShare,
        relearningSteps, zone, hour);
  }
}
