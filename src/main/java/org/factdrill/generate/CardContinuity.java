package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;

/**
 * Keeps a fact's card id when only the cut of its sentence changed. A card id hashes the sentence
 * (see {@link Ids}), so a better sentence splitter or a cleaned sentence would give the same fact
 * a new id and orphan the learner's progress. Before a regenerated bank is merged into the old
 * one, each new fact card that the old bank lacks takes the id of an old card that the new bank
 * lacks when the two are the same fact: same source file, same span text, same kind and value,
 * and sentences that agree around the span (see {@link #sameCut}). Only a one-to-one match
 * carries: an old card with two possible heirs, or a new card with two possible ancestors, keeps
 * its new id. Its questions take the old card's question ids, so history keeps applying too.
 */
public final class CardContinuity {
  /**
   * Characters of identical text needed on a side of the span, unless the side ends (the
   * sentence edge) within the other sentence's side: then the shorter side is contained in the
   * longer one, which covers a sentence that grew or shrank at that end.
   */
  static final int CONTEXT = 20;

  /** The generated bank with carried ids; the carried cards are counted in {@code report}. */
  public Bank carry(Bank old, Bank generated, Report report) {
    Map<String, Question.FactRef> oldFacts = facts(old);
    Map<String, Question.FactRef> newFacts = facts(generated);
    Map<String, Question.FactRef> gone = new LinkedHashMap<>(oldFacts);
    gone.keySet().removeAll(newFacts.keySet());
    Map<String, Question.FactRef> fresh = new LinkedHashMap<>(newFacts);
    fresh.keySet().removeAll(oldFacts.keySet());
    if (gone.isEmpty() || fresh.isEmpty()) {
      return generated;
    }
    Map<String, List<String>> goneByKey = new HashMap<>();
    gone.forEach((card, f) -> goneByKey.computeIfAbsent(key(f), k -> new ArrayList<>()).add(card));
    Map<String, List<String>> heirs = new HashMap<>();
    Map<String, List<String>> ancestors = new HashMap<>();
    fresh.forEach((card, f) -> {
      for (String was : goneByKey.getOrDefault(key(f), List.of())) {
        if (sameCut(gone.get(was), f)) {
          ancestors.computeIfAbsent(card, k -> new ArrayList<>()).add(was);
          heirs.computeIfAbsent(was, k -> new ArrayList<>()).add(card);
        }
      }
    });
    Set<String> ids = new HashSet<>();
    generated.questions().forEach(q -> ids.add(q.id()));
    Map<String, String> carried = new LinkedHashMap<>();
    ancestors.forEach((card, was) -> {
      if (was.size() == 1 && heirs.get(was.get(0)).size() == 1
          && noClash(generated, card, was.get(0), ids)) {
        carried.put(card, was.get(0));
      }
    });
    if (carried.isEmpty()) {
      return generated;
    }
    List<Question> out = new ArrayList<>(generated.questions().size());
    for (Question q : generated.questions()) {
      String was = q.card() == null ? null : carried.get(q.card());
      out.add(was == null ? q : q.withHeader(renamed(q, was)));
    }
    carried.forEach((card, was) -> report.carry(was + " kept (was to become " + card + "): "
        + newFacts.get(card).source() + " \"" + newFacts.get(card).text() + "\"",
        !gone.get(was).sentence().equals(newFacts.get(card).sentence())));
    return new Bank(generated.schemaVersion(), generated.generator(), generated.sources(), out);
  }

  /**
   * True when the two sentences hold the span in the same place of the same text: on each side
   * of the span they agree on at least {@link #CONTEXT} characters, or the shorter side is wholly
   * the end of the longer one (compared with white space folded). A sentence that one contains
   * the other passes on both sides.
   */
  static boolean sameCut(Question.FactRef a, Question.FactRef b) {
    int ia = spanAt(a);
    int ib = spanAt(b);
    if (ia < 0 || ib < 0) {
      return false;
    }
    String beforeA = fold(a.sentence().substring(0, ia)).stripLeading();
    String beforeB = fold(b.sentence().substring(0, ib)).stripLeading();
    String afterA = fold(a.sentence().substring(ia + a.text().length())).stripTrailing();
    String afterB = fold(b.sentence().substring(ib + b.text().length())).stripTrailing();
    int left = commonSuffix(beforeA, beforeB);
    int right = commonPrefix(afterA, afterB);
    return (left >= CONTEXT || left == Math.min(beforeA.length(), beforeB.length()))
        && (right >= CONTEXT || right == Math.min(afterA.length(), afterB.length()));
  }

  /** Each fact card's provenance (single-fact cards only: {@code f-…}). */
  private static Map<String, Question.FactRef> facts(Bank bank) {
    Map<String, Question.FactRef> out = new LinkedHashMap<>();
    for (Question q : bank.questions()) {
      if (q.card() != null && q.card().startsWith("f-") && q.facts().size() == 1
          && q.facts().get(0).sentence() != null && q.facts().get(0).text() != null) {
        out.putIfAbsent(q.card(), q.facts().get(0));
      }
    }
    return out;
  }

  /** What must be equal for two cards to be one fact, whatever the sentence. */
  private static String key(Question.FactRef f) {
    return f.source() + "\u0000" + fold(f.text()) + "\u0000" + f.kind() + "\u0000"
        + Objects.toString(f.value()) + "\u0000" + f.unit();
  }

  /** False when a carried question id would collide with another question of the bank. */
  private static boolean noClash(Bank bank, String card, String was, Set<String> ids) {
    for (Question q : bank.questions()) {
      if (card.equals(q.card())) {
        String id = carriedId(q, was);
        if (!id.equals(q.id()) && ids.contains(id)) {
          return false;
        }
      }
    }
    return true;
  }

  private static Question.Header renamed(Question q, String was) {
    Question.Header h = q.header();
    return new Question.Header(carriedId(q, was), was, h.sibling(), h.lang(), h.context(),
        h.prompt(), h.facts(), h.disabled(), h.edited());
  }

  /** The old card's id for this question's type; an id not derived from its card is kept. */
  private static String carriedId(Question q, String was) {
    String digits = q.card().substring(2);
    if (q.id().endsWith("-" + digits)) {
      return q.id().substring(0, q.id().length() - digits.length()) + was.substring(2);
    }
    return q.id();
  }

  /** Where the span starts in its sentence, or -1 when the provenance does not say. */
  private static int spanAt(Question.FactRef f) {
    String s = f.sentence();
    String t = f.text();
    if (f.sentenceStart() != null) {
      int at = f.start() - f.sentenceStart();
      if (at >= 0 && s.startsWith(t, at)) {
        return at;
      }
    }
    int at = s.indexOf(t);
    return at >= 0 && at == s.lastIndexOf(t) ? at : -1;
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
        .replaceAll("\\s+", " ");
  }

  private static int commonSuffix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length()
        && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
      n++;
    }
    return n;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }
}
