package org.factdrill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankException;
import org.factdrill.bank.BankJson;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.tui.BankSaver;
import org.factdrill.tui.Rehearsal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code factdrill warm-up} (hidden): plays a short TUI session on a virtual terminal over the
 * default bank and a throwaway database, touching every class a real start needs. The launcher
 * runs it once per build under {@code -XX:ArchiveClassesAtExit} to write the class-data-sharing
 * archive that makes start-up fast; the user's progress database is never opened.
 */
@Command(name = "warm-up", hidden = true, mixinStandardHelpOptions = true,
    description = "Rehearse a TUI session on a virtual terminal (used by the launcher to build "
        + "its start-up archive).")
final class WarmUpCommand implements Callable<Integer> {
  private final Env env;

  @Option(names = "--bank", paramLabel = "FILE",
      description = "Bank to rehearse with (default: the bank generated from seeds/).")
  Path bank;

  WarmUpCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Path bankPath = bank != null ? bank : env.paths().defaultBank();
    Bank loaded;
    try {
      loaded = new BankJson().load(bankPath);
    } catch (BankException e) {
      throw UserError.of(e, 1);
    }
    Path dir = Files.createTempDirectory("factdrill-warm-up");
    try (Store store = Store.open(dir.resolve("progress.db"))) {
      // Edits stay in memory: a rehearsal never writes the bank.
      // A bank still loading at the first frame, as in a real start: Home's first figures come
      // from the database alone, and those queries' classes are archived too.
      long frames = Rehearsal.play(Root.tui(new Root.BankLoading(() -> loaded), bankPath,
          BankSaver.NONE, store, store.profile("warm-up", env.clock().instant()), env));
      env.out().println("warm-up: " + frames + " frames drawn");
      return 0;
    } catch (StoreException e) {
      throw UserError.of(e, 1);
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
