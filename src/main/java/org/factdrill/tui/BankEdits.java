package org.factdrill.tui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankValidator;
import org.factdrill.bank.Question;
import org.factdrill.generate.Ids;
import org.factdrill.lang.Phrase;

/**
 * What the bank browser's one-line editor types into questions: lists separated by "|", and a
 * new cloze written by hand on the sentence of a shown question ("prompt with _____ | answer"),
 * checked as {@code bank validate} checks it.
 */
final class BankEdits {
  private BankEdits() {}

  /**
   * The new question, or why not: {@code problem} is a tui.* key of ui.tsv when {@code id} is
   * null (the line is incomplete), else the validator's first problem with the question
   * {@code id} (a bank.* key, with its arguments).
   */
  record Outcome(Question question, String id, Phrase problem) {}

  /** The editor's first line for a new question on {@code from}'s sentence, if it has one. */
  static Optional<String> start(Question from) {
    Question.FactRef f = from.facts().isEmpty() ? null : from.facts().get(0);
    return f == null || f.sentence() == null ? Optional.empty()
        : Optional.of(f.sentence() + " | ");
  }

  /** Builds the cloze from {@code line} on the first fact of {@code from}, unique in {@code bank}. */
  static Outcome make(Bank bank, Question from, String line) {
    int bar = line.lastIndexOf('|');
    String prompt = (bar < 0 ? line : line.substring(0, bar)).strip();
    String answer = bar < 0 ? "" : line.substring(bar + 1).strip();
    if (prompt.isEmpty() || answer.isEmpty()) {
      return new Outcome(null, null,
          Phrase.of(prompt.isEmpty() ? "tui.prompt_empty" : "tui.new_needs_answer"));
    }
    Question q = of(bank, from, prompt, answer);
    List<Phrase> problems = new BankValidator().checkPhrases(q);
    return problems.isEmpty() ? new Outcome(q, q.id(), null)
        : new Outcome(null, q.id(), problems.get(0));
  }

  /**
   * A new cloze on the same sentence fact as {@code from}, marked edited (regeneration keeps it),
   * with its own card and the sentence's sibling key (study buries it with its siblings). The id
   * is the generator's cloze id for (source, sentence, answer) with an "-h" number, the first one
   * unused, so it never takes the id of a question {@code generate} makes.
   */
  static Question of(Bank bank, Question from, String prompt, String answer) {
    Question.FactRef f = from.facts().get(0);
    String base = Ids.questionId(Ids.factId(f.source(), f.sentence(), answer), "cloze") + "-h";
    Set<String> ids = new HashSet<>();
    for (Question x : bank.questions()) {
      ids.add(x.id());
    }
    String id = base + 1;
    for (int n = 2; ids.contains(id); n++) {
      id = base + n;
    }
    String sibling = from.sibling() != null ? from.sibling() : Ids.siblingId(f.source(), f.sentence());
    Question.Header h = new Question.Header(id, null, sibling, from.lang(),
        from.header().context(), prompt, List.of(f), false, true);
    return new Question.Cloze(h, new Question.Answer(null, answer));
  }

  /** The non-blank parts of a list typed with "|" between its items. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split("\\|")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }
}
