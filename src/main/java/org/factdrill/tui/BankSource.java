package org.factdrill.tui;

import org.factdrill.bank.Bank;

/**
 * The bank as the TUI receives it from the composition root: possibly still loading, so that the
 * first frame (drawn from the database alone) does not wait for megabytes of JSON.
 */
public interface BankSource {
  /** Whether the bank is loaded, successfully. */
  boolean isReady();

  /** Whether loading has ended, successfully or not. */
  boolean isDone();

  /** The bank, waiting for it if needed; a failed load throws its error (a RuntimeException). */
  Bank get();

  /** A bank already in memory. */
  static BankSource loaded(Bank bank) {
    return new BankSource() {
      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public boolean isDone() {
        return true;
      }

      @Override
      public Bank get() {
        return bank;
      }
    };
  }
}
