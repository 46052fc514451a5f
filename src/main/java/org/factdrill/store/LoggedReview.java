package org.factdrill.store;

import java.time.Instant;

/** One answer of the review log as the optimizer reads it: card, time, rating 1..4. */
public record LoggedReview(String cardId, Instant at, int rating) {
}
