package org.factdrill.cli;

import org.factdrill.lang.Phrase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankException;
import org.factdrill.bank.BankJson;
import org.factdrill.store.pg.PgUrl;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.study.PlainSession;
import org.factdrill.study.SessionSettings;
import org.factdrill.study.StudySession;
import org.factdrill.tui.TerminalUi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factdrill study}: a spaced-repetition session in the TUI or over stdin/stdout. */
@Command(name = "study", mixinStandardHelpOptions = true,
    description = "Study due questions (the default command).")
final class StudyCommand implements Callable<Integer> {
  private final Env env;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--plain", description = "Line-based session over stdin/stdout, no TUI.")
  boolean plain;

  StudyCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    if (!plain && System.console() == null) {
      throw new UserError(Phrase.of("cli.study.no_terminal"), 1);
    }
    Path bankPath = bankPath();
    regenerateIfStale(bankPath); // before the screen opens: it prints what it does
    if (!Files.exists(bankPath)) {
      readBank(bankPath); // fails at once with the one-line message, before the screen opens
    }
    // The TUI draws Home from the database alone; the bank (megabytes of JSON) starts loading
    // once that first frame is on screen (see Root).
    // --plain reads it at once, before the database is opened or created.
    Bank plainBank = plain ? readBank(bankPath) : null;
    Root.BankLoading bank = new Root.BankLoading(() -> readBank(bankPath));
    PgUrl server = common.server(env);
    Path dbPath = server == null ? common.db(env) : null;
    // The terminal is set up while the database opens; if the database is refused, closing it
    // restores the terminal before the one-line message is printed.
    try (TerminalUi.Opening terminal = plain ? null : TerminalUi.open();
         // The TUI checks the file's integrity right after its first frame (App.start).
         Store store = server != null ? Store.open(server)
             : plain ? Store.open(dbPath) : Store.openDeferringCheck(dbPath)) {
      Profile profile = store.profile(common.profile(env), env.clock().instant());
      if (plain) {
        SessionSettings settings = SessionSettings.from(store.settings(profile.id()));
        StudySession session = Root.sessions(env.clock()).open(plainBank, store, profile,
            settings);
        BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
        // The words of the session in the profile's interface language (Settings in the TUI).
        new PlainSession(session, in, env.out(), env.clock(),
            store.settings(profile.id()).get("ui_language")).run();
      } else {
        // The TUI opens on Home; sessions, settings and profile switches are made there.
        TerminalUi.run(terminal,
            Root.tui(bank, bankPath, Root.saver(bankPath), store, profile, env),
            bank::start,
            Boolean.parseBoolean(System.getProperty("factdrill.trace")), env.err());
      }
      return 0;
    } catch (StoreException e) {
      throw UserError.of(e, 1);
    } catch (org.factdrill.study.SessionStoreException e) {
      throw UserError.of(e, 1);
    }
  }

  private Path bankPath() {
    Path chosen = common.bank(env);
    return chosen != null ? chosen : env.paths().defaultBank();
  }

  /** Regenerates the default bank from seeds/ when it is missing or older than a seed text. */
  private void regenerateIfStale(Path bankPath) {
    AppPaths p = env.paths();
    if (common.bank(env) == null && isStale(bankPath, p.seeds())) {
      env.err().println(Speech.of(env, common).say("cli.study.generating", bankPath,
          p.seeds()));
      GenerateCommand.write(GenerateCommand.generate(env, List.of(p.seeds()), 1), bankPath);
    }
  }

  private static Bank readBank(Path bankPath) {
    try {
      return new BankJson().load(bankPath);
    } catch (BankException e) {
      throw UserError.of(e, 1);
    }
  }

  /** The default bank is regenerated when missing or older than any seed text. */
  static boolean isStale(Path bank, Path seeds) {
    if (!Files.exists(bank)) {
      return true;
    }
    try (Stream<Path> s = Files.list(seeds)) {
      long bankTime = Files.getLastModifiedTime(bank).toMillis();
      return s.anyMatch(f -> {
        try {
          return Files.getLastModifiedTime(f).toMillis() > bankTime;
        } catch (IOException e) {
          return false;
        }
      });
    } catch (IOException e) {
      return false;
    }
  }
}
