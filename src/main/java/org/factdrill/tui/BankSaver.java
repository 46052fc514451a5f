package org.factdrill.tui;

import java.io.IOException;
import org.factdrill.bank.Bank;

/** Where the TUI's bank edits go (the composition root writes the file; the TUI never does). */
@FunctionalInterface
public interface BankSaver {
  /** Saves {@code bank} in full, atomically; throws when it was not saved. */
  void save(Bank bank) throws IOException;

  /** Keeps edits in memory only (tests, rehearsals). */
  BankSaver NONE = bank -> { };
}
