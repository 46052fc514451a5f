package org.factdrill.tui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.study.SessionFactory;

/** The TUI's configuration as tests and benchmarks build it (cli's Root builds the real one). */
public final class TestConfig {
  private TestConfig() {}

  /** A bank loading as {@code loading}; edits saved to {@code bankPath}; standard sessions. */
  public static App.Config of(CompletableFuture<Bank> loading, Path bankPath, Store store,
      Profile profile, Clock clock, Map<String, String> env) {
    BankSource source = new BankSource() {
      @Override
      public boolean isReady() {
        return loading.isDone() && !loading.isCompletedExceptionally();
      }

      @Override
      public boolean isDone() {
        return loading.isDone();
      }

      @Override
      public Bank get() {
        try {
          return loading.join();
        } catch (CompletionException e) {
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          throw e;
        }
      }
    };
    BankSaver saver = new BankSaver() {
      @Override
      public void save(Bank bank) throws java.io.IOException {
        new BankJson().write(bank, bankPath);
      }

      @Override
      public void saveAs(Bank bank, Path target) throws java.io.IOException {
        new BankJson().write(bank, target);
      }
    };
    return new App.Config(source, bankPath, saver,
        SessionFactory.standard(clock), store, profile, clock, env);
  }

  /** A bank already in memory. */
  public static App.Config of(Bank bank, Path bankPath, Store store, Profile profile,
      Clock clock, Map<String, String> env) {
    return of(CompletableFuture.completedFuture(bank), bankPath, store, profile, clock, env);
  }
}
