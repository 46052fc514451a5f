package org.factdrill.generate;

import java.util.SplittableRandom;
import org.factdrill.text.Sha256;

/**
 * The random source of one question, derived from the run's seed and the question's id only, so
 * adding or removing a text never reshuffles the options of the other questions.
 */
final class QuestionRandom {
  private QuestionRandom() {}

  static SplittableRandom of(long seed, String questionId) {
    long h = Long.parseUnsignedLong(Sha256.hex(questionId).substring(0, 15), 16);
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ h);
  }
}
