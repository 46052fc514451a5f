package org.factdrill.text;

import java.util.Map;

/**
 * When a language's distinctive letters (Vietnamese tone marks) are frequent enough to name a
 * text's language, names can still be all they are: a text whose running words are another
 * language's ("the", "of", "and") at several times the rate of the marked language's own common
 * words ("và", "của", "các") is written in that other language, about places with marked names.
 */
final class MarkedLetters {
  /** The other language's common words must be this many times the marked language's. */
  static final int RATIO = 4;
  /** And at least this many, so that a short text is not decided by a word or two. */
  static final int MIN_HITS = 20;

  private MarkedLetters() {}

  /** The language whose common words outvote {@code byLetters}, or null. */
  static Language outvoted(Language byLetters, Map<Language, Integer> hits) {
    int own = hits.getOrDefault(byLetters, 0);
    Language best = null;
    for (Map.Entry<Language, Integer> e : hits.entrySet()) {
      if (e.getKey() != byLetters && e.getValue() >= MIN_HITS && e.getValue() >= RATIO * own
          && (best == null || e.getValue() > hits.get(best))) {
        best = e.getKey();
      }
    }
    return best;
  }
}
