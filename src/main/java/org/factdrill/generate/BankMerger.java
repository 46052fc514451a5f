package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;

/**
 * Merges a freshly generated bank into the one on disk, keyed by question id, so regeneration
 * never undoes an instructor's work nor resets progress: edited or disabled questions stay as the
 * instructor left them (only their provenance offsets follow the text), a question deleted by the
 * instructor (its id recorded in the bank's {@code deleted}) stays deleted, a new question (a new
 * fact, or a new type of question for a known fact) is added, hand-written
 * questions (no facts) are kept, questions added by hand on a sentence (edited, not generated) are
 * kept while that sentence's fact is still extracted, and questions whose fact is gone are dropped with a
 * report line.
 */
public final class BankMerger {

  /** The merged bank; what was kept, added and dropped goes to {@code report}. */
  public Bank merge(Bank existing, Bank generated, Report report) {
    Map<String, Question> old = new HashMap<>();
    for (Question q : existing.questions()) {
      old.put(q.id(), q);
    }
    Set<String> deleted = new HashSet<>(existing.deleted());
    Set<String> newIds = new HashSet<>();
    // Facts of the regenerated questions by sentence (sibling key) and span: a question added
    // by hand on a sentence follows that sentence's provenance.
    Map<String, List<Question.FactRef>> bySentence = new HashMap<>();
    List<Question> out = new ArrayList<>();
    for (Question q : generated.questions()) {
      newIds.add(q.id());
      if (q.sibling() != null && !q.facts().isEmpty()) {
        bySentence.putIfAbsent(q.sibling() + "\u0000" + q.facts().get(0).text(), q.facts());
      }
      Question was = old.get(q.id());
      if (was == null) {
        if (deleted.contains(q.id())) {
          // Deleted by the instructor; a question the bank merely lacks is new (a new fact, or a
          // form of question the generator did not make before) and is added.
          continue;
        }
        report.added();
        out.add(q);
      } else if (was.isEdited() || was.isDisabled()) {
        report.keptEdit();
        Question.Header h = was.header();
        // Kept as the instructor left it; facts, sibling key and a missing context refreshed.
        out.add(was.withHeader(new Question.Header(h.id(), h.card(), q.sibling(), h.lang(),
            h.context() != null ? h.context() : q.context(), h.prompt(), q.facts(), h.disabled(),
            h.edited())));
      } else {
        out.add(q);
      }
    }
    for (Question q : existing.questions()) {
      if (newIds.contains(q.id())) {
        continue;
      }
      if (q.facts().isEmpty()) {
        out.add(q); // written by hand: nothing to regenerate it from
      } else if (q.isEdited() && q.sibling() != null
          && bySentence.containsKey(q.sibling() + "\u0000" + q.facts().get(0).text())) {
        // Added by hand on a sentence whose fact is still extracted (the TUI's "new question"):
        // kept, its provenance (offsets) following that fact.
        report.keptEdit();
        out.add(q.withHeader(q.header().withFacts(
            bySentence.get(q.sibling() + "\u0000" + q.facts().get(0).text()))));
      } else {
        Question.FactRef f = q.facts().get(0);
        report.drop(q.id() + ": its fact is gone (" + f.source() + " \"" + f.text() + "\""
            + (q.isEdited() ? ", edited by hand" : "") + ")");
      }
    }
    return new Bank(generated.schemaVersion(), generated.generator(), generated.sources(), out,
        existing.deleted());
  }
}
