package org.factdrill.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.store.NativeLibraryCache;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.study.SessionFactory;
import org.factdrill.tui.App;
import org.factdrill.tui.BankSaver;
import org.factdrill.tui.BankSource;

/**
 * The composition root: builds stores, banks, sessions and the TUI's configuration, and owns
 * every piece of background work of a start-up (SQLite's warm-up, the bank loading after the
 * first frame, the moment of the integrity check). The packages it wires stay synchronous.
 */
final class Root {
  private Root() {}

  /**
   * Loads SQLite's native library and classes on the second core from the very start of
   * {@code main}: most commands open the database, and it is the longest step before the TUI's
   * first frame.
   */
  static void warmUpSqlite(Map<String, String> vars) {
    daemon(() -> NativeLibraryCache.warmUp(AppPaths.cache(vars)), "sqlite-warm-up");
  }

  /** The one way sessions are made, for the TUI and {@code study --plain}. */
  static SessionFactory sessions(Clock clock) {
    return SessionFactory.standard(clock);
  }

  /** Saves the TUI's bank edits to {@code bankPath}, atomically. */
  static BankSaver saver(Path bankPath) {
    return new BankSaver() {
      @Override
      public void save(org.factdrill.bank.Bank bank) throws java.io.IOException {
        new BankJson().write(bank, bankPath);
      }

      @Override
      public void saveAs(org.factdrill.bank.Bank bank, Path target) throws java.io.IOException {
        new BankJson().write(bank, target);
      }
    };
  }

  /** The TUI's configuration over an open store. */
  static App.Config tui(BankSource bank, Path bankPath, BankSaver saver, Store store,
      Profile profile, Env env) {
    return new App.Config(bank, bankPath, saver, sessions(env.clock()), store, profile,
        env.clock(), env.vars());
  }

  /**
   * A bank read on its own daemon thread once {@link #start()} is called (after the first frame,
   * so that it does not compete with it for the CPU). A failed read rethrows from {@link #get()}.
   */
  static final class BankLoading implements BankSource {
    private final CompletableFuture<Bank> future = new CompletableFuture<>();
    private final Supplier<Bank> read;

    BankLoading(Supplier<Bank> read) {
      this.read = read;
    }

    /** Starts reading (once). */
    synchronized void start() {
      if (!future.isDone() && !started) {
        started = true;
        daemon(() -> {
          try {
            future.complete(read.get());
          } catch (RuntimeException | Error e) {
            future.completeExceptionally(e);
          }
        }, "bank-loader");
      }
    }

    private boolean started;

    @Override
    public boolean isReady() {
      return future.isDone() && !future.isCompletedExceptionally();
    }

    @Override
    public boolean isDone() {
      return future.isDone();
    }

    @Override
    public Bank get() {
      start(); // asked before the first frame (a key pressed at once): read now
      try {
        return future.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw e;
      }
    }
  }

  private static void daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }
}
