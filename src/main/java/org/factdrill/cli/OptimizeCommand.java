package org.factdrill.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factdrill.srs.FitConfig;
import org.factdrill.srs.FitMetrics;
import org.factdrill.srs.FitResult;
import org.factdrill.srs.FsrsOptimizer;
import org.factdrill.srs.Rating;
import org.factdrill.srs.RetentionAdvisor;
import org.factdrill.srs.ReviewEvent;
import org.factdrill.stats.RetentionCurve;
import org.factdrill.store.FittedParameters;
import org.factdrill.store.LoggedReview;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.store.pg.PgUrl;
import org.factdrill.study.SessionSettings;
import org.factdrill.study.StudySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factdrill optimize}: fit FSRS-6 weights to a profile's reviews and advise a retention. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
    description = {"Fit the FSRS-6 scheduling parameters to a profile's own review history, as",
        "Anki's optimizer does, and advise the desired retention that costs the least study",
        "per remembered card. Shows log-loss and RMSE of the defaults and of the fit on cards",
        "held out of the fit, then asks before saving; study uses saved parameters."},
    footer = {"", "Exit codes: 0 ok (saved, declined, or too few reviews), 1 failure, 2 usage, "
        + "130 interrupted (nothing saved)."})
final class OptimizeCommand implements Callable<Integer> {
  private final Env env;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--dry-run", description = "Fit and show the figures, save nothing.")
  boolean dryRun;

  @Option(names = {"-y", "--yes"}, description = "Save without asking.")
  boolean yes;

  OptimizeCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    // A local file or, as study/stats/settings take it, a personal database on PostgreSQL: the
    // log is read and the fit saved through the same statements in either dialect.
    PgUrl server = common.server(env);
    Path db = server == null ? common.db(env) : null;
    String where = server == null ? String.valueOf(db) : "postgresql://" + server.describe();
    String name = common.profile(env);
    if (server == null && !Files.exists(db)) {
      throw new UserError(org.factdrill.lang.Phrase.of("cli.optimize.no_db", db), 1);
    }
    AtomicBoolean cancelled = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(1);
    // Ctrl-C: stop fitting at the next batch and let this thread finish cleanly (nothing is
    // written until the very end, and that write is one transaction). The hook waits for the
    // command's end, not for this thread: after it, Main's System.exit would block behind the
    // hook for the whole wait.
    Thread hook = new Thread(() -> {
      cancelled.set(true);
      try {
        finished.await(3, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "optimize-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    try (Store store = server != null ? Store.open(server) : Store.open(db)) {
      Optional<Profile> found = store.findProfile(name);
      if (found.isEmpty()) {
        throw new UserError("no profile '" + name + "' in " + where + " (see factdrill profile)",
            1);
      }
      Profile profile = found.get();
      SessionSettings settings = SessionSettings.from(store.settings(profile.id()));
      List<ReviewEvent> log = events(store.reviewLog().answers(profile.id()));
      // Days between answers as the reference counts them: study days (from 04:00 local, the
      // day the sessions use), so a review next morning is a day later even under 24 hours.
      FsrsOptimizer optimizer = new FsrsOptimizer(FitConfig.defaults()
          .withStudyDays(env.clock().getZone(), StudySession.DAY_START_HOUR));
      ProgressBar bar = new ProgressBar(env.err(), say("cli.optimize.fitting"), cancelled);
      FitResult fit = optimizer.fit(log, bar);
      bar.done();
      report(name, log, fit);
      if (fit.outcome() == FitResult.Outcome.NOT_ENOUGH_DATA) {
        env.out().println(say("cli.optimize.too_few", fit.trainItems(), FitResult.MIN_ITEMS));
        return 0;
      }
      RetentionAdvisor.Config sim = new RetentionAdvisor.Config(10_000, 365, 1800,
          Math.max(1, settings.newPerDay()), 1, 2023);
      ProgressBar simBar = new ProgressBar(env.err(), say("cli.optimize.simulating"), cancelled);
      RetentionAdvisor.Advice advice = RetentionAdvisor.advise(fit.weights(), sim, simBar);
      simBar.done();
      Map<Double, Double> curve = new TreeMap<>();
      for (RetentionAdvisor.Point p : advice.curve()) {
        curve.put(p.retention(), p.secondsPerRemembered());
      }
      RetentionCurve chart = new RetentionCurve(curve, advice.best().retention(),
          settings.desiredRetention());
      env.out().println();
      env.out().print(chart.text(30, new RetentionCurve.Labels(say("cli.optimize.chart"),
          say("cli.optimize.advised_mark"), say("cli.optimize.current_mark"),
          say("cli.optimize.both_marks"))));
      env.out().println(say("cli.optimize.advised", two(advice.best().retention()),
          two(settings.desiredRetention()), two(Math.max(0.70, advice.best().retention()))));
      env.out().flush();
      if (dryRun) {
        env.out().println(say("cli.optimize.dry_run"));
        return 0;
      }
      if (!yes && !confirm()) {
        env.out().println(say("cli.optimize.not_saved"));
        return 0;
      }
      if (cancelled.get()) {
        throw new CancellationException();
      }
      store.saveFittedParameters(profile.id(), new FittedParameters(fit.weights(),
          env.clock().instant(), fit.reviews(), fit.fitted().logLoss(), fit.fitted().rmseBins(),
          fit.defaults().logLoss(), fit.defaults().rmseBins(), advice.best().retention(), curve));
      env.out().println(say("cli.optimize.saved", name));
      return 0;
    } catch (CancellationException e) {
      env.err().println();
      env.err().println("factdrill: " + say("cli.optimize.interrupted"));
      env.err().flush();
      return 130;
    } catch (StoreException e) {
      throw UserError.of(e, 1);
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down (Ctrl-C): the hook is running
      }
    }
  }

  /** {@code key} in the interface language of the profile. */
  private String say(String key, Object... args) {
    return Speech.of(env, common).say(key, args);
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** The log as the optimizer takes it: card ids numbered in order of first appearance. */
  static List<ReviewEvent> events(List<LoggedReview> rows) {
    Map<String, Long> ids = new HashMap<>();
    List<ReviewEvent> out = new ArrayList<>(rows.size());
    for (LoggedReview r : rows) {
      long id = ids.computeIfAbsent(r.cardId(), k -> (long) ids.size());
      out.add(new ReviewEvent(id, r.at(), Rating.of(r.rating())));
    }
    return out;
  }

  private void report(String name, List<ReviewEvent> log, FitResult fit) {
    long cards = log.stream().mapToLong(ReviewEvent::cardId).distinct().count();
    env.out().println(say("cli.optimize.profile", name, fit.reviews(), cards, fit.trainItems(),
        fit.fitted().items(), Math.round(FitConfig.defaults().testShare() * 100)));
    if (fit.outcome() == FitResult.Outcome.NOT_ENOUGH_DATA) {
      return;
    }
    if (fit.outcome() == FitResult.Outcome.PRETRAINED_ONLY) {
      env.out().println(say("cli.optimize.pretrained_only", FitResult.MIN_TRAIN_ITEMS));
    }
    env.out().println("                log-loss  RMSE(bins)   " + say("cli.optimize.columns_note"));
    line(say("cli.optimize.defaults_row"), fit.defaults());
    line(say("cli.optimize.fitted_row"), fit.fitted());
    StringBuilder w = new StringBuilder(say("cli.optimize.parameters"));
    double[] weights = fit.weights();
    for (int i = 0; i < weights.length; i++) {
      w.append(i == 0 ? " " : ", ").append(String.format(Locale.ROOT, "%.4f", weights[i]));
    }
    env.out().println(w);
  }

  private void line(String label, FitMetrics m) {
    if (m.items() == 0) {
      env.out().printf("%-15s %8s  %10s%n", label, "n/a", "n/a");
    } else {
      env.out().printf(Locale.ROOT, "%-15s %8.4f  %9.2f%%%n", label, m.logLoss(),
          m.rmseBins() * 100);
    }
  }

  private boolean confirm() {
    env.out().print(say("cli.optimize.confirm") + " [y/N] ");
    env.out().flush();
    try {
      String line = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8))
          .readLine();
      return line != null && line.strip().toLowerCase(Locale.ROOT).startsWith("y");
    } catch (IOException e) {
      return false;
    }
  }

  /** A one-line progress bar on stderr, redrawn when the percentage changes; answers false once cancelled. */
  private static final class ProgressBar implements FsrsOptimizer.Progress {
    private final java.io.PrintWriter err;
    private final String label;
    private final AtomicBoolean cancelled;
    private int shown = -1;

    ProgressBar(java.io.PrintWriter err, String label, AtomicBoolean cancelled) {
      this.err = err;
      this.label = label;
      this.cancelled = cancelled;
    }

    @Override
    public boolean report(long done, long total) {
      int pct = total == 0 ? 100 : (int) (done * 100 / total);
      if (pct != shown) {
        shown = pct;
        int filled = pct * 30 / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(30 - filled) + "] "
            + pct + "%");
        err.flush();
      }
      return !cancelled.get();
    }

    void done() {
      if (shown >= 0) {
        err.print("\r" + " ".repeat(label.length() + 40) + "\r");
        err.flush();
      }
    }
  }
}
