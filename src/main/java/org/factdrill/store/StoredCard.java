package org.factdrill.store;

import org.factdrill.srs.Card;

/**
 * A card's stored state with its counters and the metadata stats group by.
 *
 * @param fails answers rated Again (any state) since the card was last unsuspended
 * @param leech whether the card became a leech (failed {@code leech_threshold} times)
 * @param suspended whether the card is held out of study (a leech until unsuspended)
 */
public record StoredCard(String cardId, Card card, int reps, int lapses, String source,
    String lang, String kind, int fails, boolean leech, boolean suspended) {

  /** A card never failed nor suspended. */
  public StoredCard(String cardId, Card card, int reps, int lapses, String source, String lang,
      String kind) {
    this(cardId, card, reps, lapses, source, lang, kind, 0, false, false);
  }
}
