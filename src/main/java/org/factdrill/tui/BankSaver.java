package org.factdrill.tui;

import java.io.IOException;
import org.factdrill.bank.Bank;

/** Where the TUI's bank edits go (the composition root writes the file; the TUI never does). */
@FunctionalInterface
public interface BankSaver {
  /** Saves {@code bank} in full, atomically; throws when it was not saved. */
  void save(Bank bank) throws IOException;

  /**
   * Writes {@code bank} as a new bank file at {@code target}, atomically (the import screen's
   * "new bank"); a saver that cannot do that says so.
   */
  default void saveAs(Bank bank, java.nio.file.Path target) throws IOException {
    throw new IOException("this session cannot write new bank files");
  }

  /** Keeps edits in memory only (tests, rehearsals). */
  BankSaver NONE = bank -> { };
}
