package org.factdrill.cli;

import org.factdrill.lang.Phrase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factdrill.store.pg.PgUrl;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.study.SessionSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code factdrill settings}: show or change one profile's study settings. */
@Command(name = "settings", mixinStandardHelpOptions = true,
    description = {"Show a profile's study settings, or set them with KEY=VALUE.",
        "  desired_retention    chance of recall when a card comes due, 0.70-0.99 (default 0.9)",
        "  new_per_day          new cards per day, 0-9999 (default 20)",
        "  max_reviews_per_day  review cards per day, 0-99999 (default 200)",
        "Example: factdrill settings --profile ana new_per_day=10 desired_retention=0.85"})
final class SettingsCommand implements Callable<Integer> {
  private final Env env;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "KEY=VALUE", arity = "0..*",
      description = "Settings to change (- and _ are interchangeable in keys).")
  List<String> assignments;

  SettingsCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Map<String, String> changes = parse();
    PgUrl server = common.server(env);
    Path db = server == null ? common.db(env) : null;
    String name = common.profile(env);
    if (server == null && changes.isEmpty() && !Files.exists(db)) {
      show(name, SessionSettings.defaults(), "defaults; " + db + " does not exist yet");
      return 0;
    }
    try (Store store = server != null ? Store.open(server) : Store.open(db)) {
      if (changes.isEmpty()) {
        Optional<Profile> p = store.findProfile(name);
        SessionSettings s = p.isEmpty() ? SessionSettings.defaults()
            : SessionSettings.from(store.settings(p.get().id()));
        show(name, s, p.isEmpty() ? "defaults; no such profile yet" : null);
        if (p.isPresent()) {
          showFitted(store.fittedParameters(p.get().id()));
        }
        return 0;
      }
      Profile p = store.profile(name, env.clock().instant());
      store.putSettings(p.id(), changes);
      show(name, SessionSettings.from(store.settings(p.id())), null);
      return 0;
    } catch (StoreException e) {
      throw UserError.of(e, 1);
    }
  }

  /** Validates every assignment before anything is written: all or nothing. */
  private Map<String, String> parse() {
    Map<String, String> out = new LinkedHashMap<>();
    if (assignments == null) {
      return out;
    }
    for (String a : assignments) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new UserError(Phrase.of("cli.settings.expected", a,
            String.join(", ", SessionSettings.KEYS)), 2);
      }
      String key = SessionSettings.key(a.substring(0, eq));
      if (key == null) {
        throw new UserError(Phrase.of("cli.settings.unknown", a.substring(0, eq).strip(),
            String.join(", ", SessionSettings.KEYS)), 2);
      }
      try {
        out.put(key, SessionSettings.check(key, a.substring(eq + 1)));
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage(), 2);
      }
    }
    return out;
  }

  /** The FSRS weights study schedules with: fitted by `optimize` (when, from what) or the defaults. */
  private void showFitted(Optional<org.factdrill.store.FittedParameters> fitted) {
    if (fitted.isEmpty()) {
      env.out().println("  fsrs_parameters      FSRS-6 defaults (fit your own: factdrill optimize)");
      return;
    }
    org.factdrill.store.FittedParameters f = fitted.get();
    StringBuilder w = new StringBuilder();
    for (double x : f.weights()) {
      w.append(w.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.4f", x));
    }
    env.out().printf(java.util.Locale.ROOT, "  fsrs_parameters      fitted %s from %d reviews%s%n",
        java.time.LocalDate.ofInstant(f.fittedAt(), env.clock().getZone()), f.reviews(),
        Double.isNaN(f.advisedRetention()) ? ""
            : String.format(java.util.Locale.ROOT, "; advised retention %.2f", f.advisedRetention()));
    env.out().println("                       " + w);
  }

  private void show(String profile, SessionSettings s, String note) {
    env.out().println("profile " + profile + (note == null ? "" : " (" + note + ")"));
    s.asMap().forEach((k, v) -> env.out().printf("  %-20s %-6s %s%n", k, v,
        SessionSettings.describe(k)));
  }
}
