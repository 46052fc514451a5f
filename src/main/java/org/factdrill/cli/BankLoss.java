package org.factdrill.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;

/**
 * What replacing a bank with a regenerated one would lose: source texts it no longer has,
 * questions edited or disabled by hand that would go, and a smaller question count. Regeneration
 * that only adds, or replaces questions one for one, loses nothing.
 */
record BankLoss(List<String> sources, int handEdits, int before, int after) {

  /** Empty when {@code after} keeps everything {@code before} had. */
  static Optional<BankLoss> of(Bank before, Bank after) {
    Set<String> kept = new HashSet<>();
    after.sources().forEach(s -> kept.add(s.file()));
    List<String> lostSources = new ArrayList<>();
    before.sources().forEach(s -> {
      if (!kept.contains(s.file())) {
        lostSources.add(s.file());
      }
    });
    Set<String> ids = new HashSet<>();
    after.questions().forEach(q -> ids.add(q.id()));
    int edits = 0;
    for (Question q : before.questions()) {
      if ((q.isEdited() || q.isDisabled()) && !ids.contains(q.id())) {
        edits++;
      }
    }
    int b = before.questions().size();
    int a = after.questions().size();
    if (lostSources.isEmpty() && edits == 0 && a >= b) {
      return Optional.empty();
    }
    return Optional.of(new BankLoss(List.copyOf(lostSources), edits, b, a));
  }

  /** One clause naming what would be lost, e.g. "would drop 4 of 5 source texts (a.txt, …)". */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (!sources.isEmpty()) {
      parts.add("would drop " + sources.size() + " source text" + (sources.size() == 1 ? "" : "s")
          + " (" + String.join(", ", sources.subList(0, Math.min(3, sources.size())))
          + (sources.size() > 3 ? ", …" : "") + ")");
    }
    if (handEdits > 0) {
      parts.add(handEdits + " question" + (handEdits == 1 ? "" : "s") + " edited or disabled by "
          + "hand");
    }
    if (after < before) {
      parts.add("and shrink it from " + before + " to " + after + " questions");
    }
    String s = String.join(", ", parts);
    return s.startsWith("would") ? s : "would lose " + s.replaceFirst("^and ", "");
  }
}
