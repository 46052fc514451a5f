package org.factdrill.store;

import java.time.Instant;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;

/**
 * One answered question, as written to {@code review_log} together with the card's new state.
 *
 * @param before the card's state before the answer (null for a new card)
 * @param after the card's state after the answer
 */
public record ReviewRecord(long profileId, String questionId, String cardId, int rating,
    String answer, boolean correct, String verdict, long responseMs, Instant reviewedAt,
    CardState before, Card after, Long elapsedDays, CardMeta meta) {

  /** What a card is about, kept on the card row so stats can group without the bank. */
  public record CardMeta(String source, String lang, String kind, String sentence) {}
}
