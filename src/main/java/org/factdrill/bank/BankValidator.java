package org.factdrill.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Semantic checks on a parsed bank: everything a study session or an export relies on. */
public final class BankValidator {

  /** All problems found, in question order; empty when the bank is usable. */
  public List<BankProblem> validate(String file, Bank bank) {
    List<BankProblem> out = new ArrayList<>();
    if (bank.schemaVersion() > Bank.SCHEMA_VERSION) {
      out.add(new BankProblem(file, 0, 0, null, "schemaVersion " + bank.schemaVersion()
          + " is newer than this factdrill understands (" + Bank.SCHEMA_VERSION
          + "); upgrade factdrill"));
      return out;
    }
    if (bank.schemaVersion() < 1) {
      out.add(new BankProblem(file, 0, 0, null, "missing or invalid schemaVersion"));
    }
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (Question q : bank.questions()) {
      String id = q == null ? null : q.id();
      if (q == null) {
        out.add(new BankProblem(file, 0, 0, null, "questions[" + index + "] is null"));
        index++;
        continue;
      }
      String label = id == null ? "#" + index : id;
      if (id == null || id.isBlank()) {
        out.add(new BankProblem(file, 0, 0, label, "missing id"));
      } else if (!ids.add(id)) {
        out.add(new BankProblem(file, 0, 0, label, "duplicate id"));
      }
      if (q.type() == null) {
        out.add(new BankProblem(file, 0, 0, label, "missing type"));
      }
      if (q.prompt() == null || q.prompt().isBlank()) {
        out.add(new BankProblem(file, 0, 0, label, "missing prompt"));
      }
      if (q.answer() == null || q.answer().text() == null) {
        out.add(new BankProblem(file, 0, 0, label, "missing answer"));
      }
      if (q.type() == QuestionType.CHOICE) {
        if (q.options() == null || q.options().size() < 2) {
          out.add(new BankProblem(file, 0, 0, label, "choice question needs at least 2 options"));
        } else if (q.answer() != null && !q.options().contains(q.answer().text())) {
          out.add(new BankProblem(file, 0, 0, label, "answer \"" + q.answer().text()
              + "\" is not among the options"));
        } else if (new HashSet<>(q.options()).size() != q.options().size()) {
          out.add(new BankProblem(file, 0, 0, label, "options repeat"));
        }
      }
      if (q.type() == QuestionType.TRUEFALSE && q.truth() == null) {
        out.add(new BankProblem(file, 0, 0, label, "truefalse question needs \"truth\""));
      }
      if (q.type() == QuestionType.TIMELINE && (q.events() == null || q.events().size() < 2)) {
        out.add(new BankProblem(file, 0, 0, label, "timeline question needs at least 2 events"));
      }
      for (Question.FactRef f : q.facts()) {
        if (f.start() < 0 || f.end() < f.start()) {
          out.add(new BankProblem(file, 0, 0, label, "fact offsets " + f.start() + ".." + f.end()
              + " are not a valid span"));
        }
      }
      index++;
    }
    return out;
  }
}
