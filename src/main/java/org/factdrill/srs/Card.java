package org.factdrill.srs;

import java.time.Instant;

/**
 * A card's memory state. A new card is {@link CardState#LEARNING} at step 0 with no stability,
 * difficulty or last review, due at its creation.
 *
 * @param step index into the (re)learning steps, or null in review
 * @param stability days until recall probability falls to 90%, or null before the first review
 * @param difficulty 1..10, or null before the first review
 */
public record Card(CardState state, Integer step, Double stability, Double difficulty, Instant due,
    Instant lastReview) {

  public static Card newCard(Instant created) {
    return new Card(CardState.LEARNING, 0, null, null, created, null);
  }

  public boolean isNew() {
    return lastReview == null;
  }
}
