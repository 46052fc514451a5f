package org.factdrill.generate;

import java.util.List;
import org.factdrill.bank.Bank;

/**
 * A generated (or merged) bank with the report of how it was made, and the documents a fault
 * left out of it (in the order they were given).
 */
public record Result(Bank bank, Report report, List<DocumentFailure> failures) {
  public Result {
    failures = List.copyOf(failures);
  }

  /** A result in which every document was read. */
  public Result(Bank bank, Report report) {
    this(bank, report, List.of());
  }
}
