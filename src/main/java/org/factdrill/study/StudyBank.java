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

  private StudyBank(Map<String, List<Question>> byCard) {
    this.byCard = byCard;
    Map<String, Set<String>> s = new java.util.HashMap<>(byCard.size() * 2);
    byCard.forEach((card, qs) -> {
      Set<String> keys = new java.util.LinkedHashSet<>(2);
      for (Question q : qs) {
        keys.add(q.siblingKey());
      }
      s.put(card, keys.isEmpty() ? Set.of(card) : Collections.unmodifiableSet(keys));
    });
    this.siblings = s;
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

  public int size() {
    return byCard.size();
  }
}
