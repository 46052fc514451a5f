package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;

/**
 * The documents a fault left out of a regeneration keep what the bank on disk has of them (their
 * source entry and questions, as they were): a bug in one rule must not shrink the bank.
 */
public final class KeptSources {
  private KeptSources() {}

  /**
   * {@code generated} with, for each of {@code failed} (document sources), the source entry and
   * the questions {@code existing} has of it; documents {@code existing} does not know add nothing.
   */
  public static Bank keep(Bank existing, Bank generated, Set<String> failed) {
    if (failed.isEmpty()) {
      return generated;
    }
    List<Bank.SourceInfo> sources = new ArrayList<>(generated.sources());
    for (Bank.SourceInfo s : existing.sources()) {
      if (failed.contains(s.file())) {
        sources.add(s);
      }
    }
    List<Question> questions = new ArrayList<>(generated.questions());
    for (Question q : existing.questions()) {
      if (!q.facts().isEmpty() && failed.contains(q.facts().get(0).source())) {
        questions.add(q);
      }
    }
    return new Bank(generated.schemaVersion(), generated.generator(), sources, questions,
        generated.deleted());
  }
}
