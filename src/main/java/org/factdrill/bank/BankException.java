package org.factdrill.bank;

import java.util.List;
import org.factdrill.lang.Phrase;

/** A bank that cannot be used, with every problem found in it. */
public final class BankException extends Exception implements Phrase.Worded {
  private static final long serialVersionUID = 1L;
  private final transient List<BankProblem> problems;

  public BankException(List<BankProblem> problems) {
    super(problems.isEmpty() ? "invalid bank" : problems.get(0).format()
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems; run 'factdrill bank validate')" : ""));
    this.problems = List.copyOf(problems);
  }

  public List<BankProblem> problems() {
    return problems;
  }

  /** The first problem (file, position, question, what), and how many more there are. */
  @Override
  public Phrase phrase() {
    if (problems.isEmpty()) {
      return Phrase.of("bank.invalid");
    }
    BankProblem p = problems.get(0);
    String where = p.file() + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : "");
    Phrase what = p.questionId() == null ? p.phrase()
        : Phrase.of("bank.question_problem", p.questionId(), p.phrase());
    return problems.size() == 1 ? Phrase.of("bank.load_one", where, what)
        : Phrase.of("bank.load_more", where, what, problems.size() - 1);
  }
}
