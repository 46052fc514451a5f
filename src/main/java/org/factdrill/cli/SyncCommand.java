package org.factdrill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.BankProblem;
import org.factdrill.lang.Phrase;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.store.pg.ClassServer;
import org.factdrill.store.pg.ClassSync;
import org.factdrill.study.SessionSettings;
import org.factdrill.text.AtomicWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factdrill sync}: exchange progress with the class server. */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = {"Send this profile's answers to the class server and fetch the answers you "
        + "gave on your other devices, the class's question banks and its study settings.",
        "Safe to run at any time and to repeat: every answer is stored once. Study offline as "
            + "usual; sync when you are online.",
        "Example: factdrill sync --server postgresql://ana@school.example:5432/history"},
    footer = {"", "Exit codes: 0 ok, 1 failure (server unreachable, wrong password...), 2 usage."})
final class SyncCommand implements Callable<Integer> {
  private final Env env;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Mixin
  ServerOptions server = new ServerOptions();

  @Option(names = "--banks-dir", paramLabel = "DIR",
      description = "Where the class's banks are saved, as NAME.json (default: question-banks/).")
  Path banksDir;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
      description = "Answers per server transaction (default 500).")
  int batch;

  SyncCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    if (batch < 1 || batch > 100_000) {
      throw new UserError(Phrase.of("cli.sync.bad_batch"), 2);
    }
    Path db = common.db(env);
    String name = common.profile(env);
    var url = server.url(env);
    // The server first: when it is down or refuses the login, the local database is not even
    // opened (nor created), let alone changed.
    try (ClassServer cs = ClassServer.connect(url, server.className(env));
        Store store = Store.open(db)) {
      Profile p = store.profile(name, env.clock().instant());
      ClassSync sync = new ClassSync(cs, store, p.id(), batch,
          line -> {
            if (common.verbose) {
              env.err().println(line);
            }
          }, SessionSettings.from(store.settings(p.id())).leechThreshold());
      long t0 = System.nanoTime();
      ClassSync.Result r = sync.run();
      double secs = (System.nanoTime() - t0) / 1e9;
      env.out().println(speech().say("cli.sync.done", cs.schema(), url.user(), r.pushed(),
          r.alreadyThere(), r.batches(), r.pulled(), r.cards(),
          String.format(java.util.Locale.ROOT, "%.1f", secs)));
      if (r.leeches() > 0) {
        env.out().println(speech().say("cli.sync.leeches", r.leeches()));
      }
      applySettings(store, p, sync.classSettings());
      pullBanks(sync);
      env.out().flush();
      return 0;
    } catch (StoreException e) {
      throw UserError.of(e, 1);
    }
  }

  private void applySettings(Store store, Profile p, Map<String, String> fromClass)
      throws StoreException {
    Map<String, String> ok = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : fromClass.entrySet()) {
      String key = SessionSettings.key(e.getKey());
      try {
        if (key != null) {
          ok.put(key, SessionSettings.check(key, e.getValue()));
          continue;
        }
      } catch (IllegalArgumentException ex) {
        // Falls through to the warning: a bad value is not applied.
      }
      env.err().println("factdrill: " + speech().say("cli.sync.setting_ignored", e.getKey(),
          e.getValue()));
    }
    if (!ok.isEmpty()) {
      store.putSettings(p.id(), ok);
      env.out().println(speech().say("cli.sync.settings", ok));
    }
  }

  /** Saves each class bank whose local copy is missing or differs (atomically, checked first). */
  private void pullBanks(ClassSync sync) throws StoreException {
    Path dir = banksDir != null ? banksDir : env.paths().banks();
    for (ClassSync.ClassBank b : sync.bankIndex()) {
      if (!b.name().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
        env.err().println("factdrill: " + speech().say("cli.sync.bank_bad_name", b.name()));
        continue;
      }
      Path f = dir.resolve(b.name() + ".json");
      try {
        if (Files.isRegularFile(f)
            && b.sha256().equals(sha256(Files.readString(f, StandardCharsets.UTF_8)))) {
          continue;
        }
      } catch (IOException e) {
        // Unreadable local copy: fetched again.
      }
      String content = sync.bankContent(b.name());
      if (content == null) {
        continue;
      }
      List<BankProblem> problems = new ArrayList<>();
      new BankJson().parse(b.name(), content, problems);
      if (!problems.isEmpty()) {
        env.err().println("factdrill: " + speech().say("cli.sync.bank_not_saved", b.name(),
            problems.get(0).phrase()));
        continue;
      }
      try {
        Files.createDirectories(dir);
        AtomicWriter.writeString(f, content);
      } catch (IOException e) {
        throw new UserError(Phrase.of("cli.cannot_write", f, e.getMessage()), 1, e);
      }
      env.out().println(speech().say("cli.sync.bank_saved", b.name(), f));
    }
  }

  private Speech speech() {
    return Speech.of(env, common);
  }

  static String sha256(String s) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
