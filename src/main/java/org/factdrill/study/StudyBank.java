package org.factdrill.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;

/**
 * A bank indexed for study: the enabled questions of each card (fact), cards in bank order.
 * Built once per bank; several sessions (profiles) can share it.
 */
public final class StudyBank {
  private final Map<String, List<Question>> byCard;
  /** Each card's sibling keys, worked out once: the queue asks for them for every due card. */
  private final Map<String, Set<String>> siblings;
  /**
   * The same keys as small numbers (one per distinct key, 0 up to {@link #siblingSlotCount}), so
   * a session marks taken sentences in a bit set instead of hashing strings for every due card.
   */
  private final Map<String, int[]> slots;
  private final int slotCount;

  private StudyBank(Map<String, List<Question>> byCard) {
    this.byCard = byCard;
    Map<String, Set<String>> s = new java.util.HashMap<>(byCard.size() * 2);
    Map<String, int[]> sl = new java.util.HashMap<>(byCard.size() * 2);
    Map<String, Integer> slotOf = new java.util.HashMap<>(byCard.size() * 2);
    byCard.forEach((card, qs) -> {
      Set<String> keys = new java.util.LinkedHashSet<>(2);
      for (Question q : qs) {
        keys.add(q.siblingKey());
      }
      Set<String> k = keys.isEmpty() ? Set.of(card) : Collections.unmodifiableSet(keys);
      s.put(card, k);
      int[] ids = new int[k.size()];
      int i = 0;
      for (String key : k) {
        ids[i++] = slotOf.computeIfAbsent(key, x -> slotOf.size());
      }
      sl.put(card, ids);
    });
    this.siblings = s;
    this.slots = sl;
    this.slotCount = slotOf.size();
  }

  public static StudyBank of(Bank bank) {
    Map<String, List<Question>> m = new LinkedHashMap<>();
    for (Question q : bank.questions()) {
      if (!q.isDisabled()) {
        m.computeIfAbsent(q.cardId(), k -> new ArrayList<>(2)).add(q);
      }
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    return new StudyBank(Collections.unmodifiableMap(m));
  }

  /** Card ids in bank order (the order new cards are introduced). */
  public Set<String> cardIds() {
    return byCard.keySet();
  }

  public boolean contains(String cardId) {
    return byCard.containsKey(cardId);
  }

  /** The enabled questions of a card, in bank order (empty if the card is not in the bank). */
  public List<Question> questions(String cardId) {
    return byCard.getOrDefault(cardId, List.of());
  }

  /**
   * The sibling keys of a card: the sentence (or sentences) its questions come from, so that a
   * session can bury the other facts of a sentence once one is shown. A card without a sibling
   * key is its own sibling.
   */
  public Set<String> siblingKeys(String cardId) {
    Set<String> keys = siblings.get(cardId);
    return keys != null ? keys : Set.of(cardId);
  }

  /**
   * The numbers of a card's sibling keys (see {@link #siblingKeys}): equal keys, equal numbers;
   * empty for a card not in the bank, never for one in it (a card without a key is its own
   * sibling). Shared: callers must not change it.
   */
  int[] siblingSlots(String cardId) {
    int[] ids = slots.get(cardId);
    return ids != null ? ids : NO_SLOTS;
  }

  private static final int[] NO_SLOTS = new int[0];

  /** How many distinct sibling keys the bank has: every slot is below it. */
  int siblingSlotCount() {
    return slotCount;
  }

  public int size() {
    return byCard.size();
  }
}
