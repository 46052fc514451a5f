package org.factdrill.bank;

import java.util.List;

/** A bank that cannot be used, with every problem found in it. */
public final class BankException extends Exception {
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
}
