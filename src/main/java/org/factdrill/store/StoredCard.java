package org.factdrill.store;

import org.factdrill.srs.Card;

/** A card's stored state with its counters and the metadata stats group by. */
public record StoredCard(String cardId, Card card, int reps, int lapses, String source,
    String lang, String kind) {}
