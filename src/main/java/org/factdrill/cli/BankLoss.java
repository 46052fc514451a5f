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
  String describe(Speech speech) {
    List<String> parts = new ArrayList<>();
    if (!sources.isEmpty()) {
      parts.add(speech.say(sources.size() == 1 ? "cli.loss.sources_one" : "cli.loss.sources",
          sources.size(), String.join(", ", sources.subList(0, Math.min(3, sources.size())))
          + (sources.size() > 3 ? ", …" : "")));
    }
    if (handEdits > 0) {
      parts.add(speech.say(handEdits == 1 ? "cli.loss.edits_one" : "cli.loss.edits", handEdits));
    }
    if (after < before) {
      parts.add(speech.say("cli.loss.shrink", before, after));
    }
    // The first part leads: "would drop …" stands alone; any other is introduced by "would lose".
    if (!sources.isEmpty()) {
      return String.join(", ", parts);
    }
    String s = String.join(", ", parts);
    String shrink = speech.say("cli.loss.shrink", before, after);
    if (handEdits == 0 && s.equals(shrink)) {
      // only the shrinking: a clause of its own ("would shrink it from 9 to 6 questions"), not
      // the joined part after "would lose"
      return speech.say("cli.loss.shrink_alone", before, after);
    }
    return speech.say("cli.loss.would_lose", s);
  }
}
