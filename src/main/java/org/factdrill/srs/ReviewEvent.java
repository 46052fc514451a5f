package org.factdrill.srs;

import java.time.Instant;
import java.util.Objects;

/** One answer from the review log: which card, when, and how it was graded. */
public record ReviewEvent(long cardId, Instant at, Rating rating) {
  public ReviewEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(rating, "rating");
  }
}
