package org.factdrill.cli;

import org.factdrill.lang.Phrase;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.stats.HtmlReport;
import org.factdrill.stats.RetentionCurve;
import org.factdrill.store.FittedParameters;
import org.factdrill.store.FittedParametersTable;
import org.factdrill.stats.JsonReport;
import org.factdrill.stats.ReviewLogCsv;
import org.factdrill.stats.StatsCalculator;
import org.factdrill.stats.StatsException;
import org.factdrill.stats.StatsReport;
import org.factdrill.stats.StatsScope;
import org.factdrill.stats.TextReport;
import org.factdrill.store.Database;
import org.factdrill.store.pg.PgUrl;
import org.factdrill.store.ProgressQueries;
import org.factdrill.store.StoreException;
import org.factdrill.text.AtomicWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factdrill stats}: progress statistics as text, JSON, HTML, or the review log as CSV. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {"Progress statistics: reviews, streaks, true retention, forecast, calendar,",
        "mastery, hardest facts, memory state; --all-profiles adds the class view."},
    footer = {"", "Exit codes: 0 ok, 1 failure (database, output file, unknown profile), 2 usage."})
final class StatsCommand implements Callable<Integer> {
  private static final Pattern RELATIVE = Pattern.compile("(\\d{1,5})([dwmy])");

  /** Output formats. */
  enum Format { text, json, html, csv }

  private final Env env;

  @Mixin
  CommonOptions common = new CommonOptions();

  @Option(names = "--all-profiles",
      description = "Class view over every profile: one row per learner and per question.")
  boolean allProfiles;

  @Option(names = "--class", arity = "0..1", paramLabel = "NAME", fallbackValue = "",
      description = "Class view from the class server (instructor; with --server): per student "
          + "and per question, hardest facts, who has not studied this week. NAME: the class "
          + "(default: your only class).")
  String classView;

  @Option(names = "--server", paramLabel = "URL",
      description = "Class server for --class: postgresql://user@host:port/database "
          + "(or $FACTDRILL_SERVER).")
  String server;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Count only reviews from this local day on: YYYY-MM-DD, or 30d, 8w, 6m, 1y ago.")
  String since;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json, html (one self-contained file), csv (raw review log).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE instead of standard output: a regular file atomically, a "
          + "symbolic link's target, a FIFO or device as a stream; '-' is standard output.")
  Path out;

  private FittedParametersTable curveSource;

  StatsCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    if (classView != null || server != null) {
      return ClassStatsView.run(env, server, classView, format.name(), out);
    }
    if (allProfiles && common.profile != null) {
      throw new UserError(Phrase.of("cli.stats.profile_and_all"), 2);
    }
    LocalDate from = parseSince(since, LocalDate.now(env.clock()));
    UserError.requireWritable(out);
    PgUrl server = common.server(env);
    Path db = server == null ? common.db(env) : null;
    String profile = allProfiles ? null : common.profile(env);
    StatsScope scope = allProfiles ? StatsScope.allProfiles(from) : StatsScope.profile(profile, from);
    if (server == null && !Files.exists(db)) {
      // Never create a database just to report on it.
      env.err().println("factdrill: " + Speech.of(env, common).say("cli.stats.no_db", db));
      if (format == Format.text && out == null) {
        return 0;
      }
      emit(StatsCalculator.empty(scope, env.clock()), null);
      return 0;
    }
    // Read-only: statistics never create, migrate or write the database (see Database).
    try (Database sdb = server != null ? Database.openServer(server, true)
        : Database.openReadOnly(db)) {
      if (sdb.isEmpty()) {
        emit(StatsCalculator.empty(scope, env.clock()), null);
        return 0;
      }
      ProgressQueries queries = ProgressQueries.of(sdb);
      curveSource = format == Format.html ? FittedParametersTable.of(sdb) : null;
      StatsCalculator calc = new StatsCalculator(queries, env.clock());
      List<String> names = calc.profileNames();
      if (!allProfiles && !names.isEmpty() && !names.contains(profile)) {
        throw new UserError(Phrase.of("cli.stats.no_profile", profile, sdb.where(),
            String.join(", ", names)), 1);
      }
      StatsReport report = format == Format.csv ? null : calc.compute(scope);
      emit(report, queries);
      return 0;
    } catch (StatsException | StoreException e) {
      throw UserError.of(e, 1);
    }
  }

  private void emit(StatsReport report, ProgressQueries store) throws IOException {
    if (out == null || AtomicWriter.isStdout(out)) {
      render(report, store, env.out());
      env.out().flush();
      return;
    }
    AtomicWriter.Content content = o -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
      render(report, store, w);
      w.flush();
    };
    try {
      AtomicWriter.write(out, content);
    } catch (IOException e) {
      throw new UserError(Phrase.of("cli.cannot_write", out, reason(e)), 1, e);
    }
    env.err().println(Speech.of(env, common).say("cli.wrote", out));
  }

  /**
   * Each source file's title from the bank (--bank, $FACTDRILL_BANK or the default), so the
   * report names texts as the TUI does; none when the bank cannot be read (statistics come from
   * the database alone and never fail for the bank's sake).
   */
  private java.util.Map<String, String> sourceTitles() {
    Path chosen = common.bank(env);
    Path bank = chosen != null ? chosen : env.paths().defaultBank();
    java.util.Map<String, String> m = new java.util.HashMap<>();
    if (bank == null || !Files.isRegularFile(bank)) {
      return m;
    }
    try {
      org.factdrill.bank.Bank b = new org.factdrill.bank.BankJson().load(bank);
      for (org.factdrill.bank.Bank.SourceInfo s : b.sources()) {
        if (s != null && s.file() != null) {
          m.put(s.file(), b.titleOf(s.file()));
        }
      }
    } catch (org.factdrill.bank.BankException | RuntimeException e) {
      return java.util.Map.of();
    }
    return m;
  }

  /** The learner's desired-retention curve from {@code factdrill optimize}, when there is one. */
  private RetentionCurve retentionCurve(ProgressQueries store) {
    if (store == null || allProfiles || curveSource == null) {
      return null;
    }
    try {
      String name = common.profile(env);
      Optional<FittedParameters> fitted = curveSource.ofProfile(name);
      if (fitted.isEmpty() || fitted.get().retentionCurve().isEmpty()) {
        return null;
      }
      return new RetentionCurve(fitted.get().retentionCurve(), fitted.get().advisedRetention(),
          curveSource.desiredRetention(name).orElse(0.9));
    } catch (StoreException e) {
      return null; // the report is still worth having without the curve
    }
  }

  private void render(StatsReport report, ProgressQueries store, Writer o) throws IOException {
    switch (format) {
      case json -> JsonReport.write(report, o);
      case html -> HtmlReport.write(report.withSourceTitles(sourceTitles()),
          retentionCurve(store), o);
      case text -> {
        PrintWriter w = new PrintWriter(o);
        TextReport.write(report.withSourceTitles(sourceTitles()), w);
        w.flush();
      }
      case csv -> {
        if (store == null) {
          o.write(String.join(",", ReviewLogCsv.COLUMNS) + "\r\n");
          return;
        }
        try {
          ReviewLogCsv.write(store, allProfiles ? null : common.profile(env),
              parseSince(since, LocalDate.now(env.clock())), env.clock().getZone(), o);
        } catch (StatsException e) {
          throw UserError.of(e, 1);
        }
      }
      default -> throw new IllegalStateException("unknown format " + format);
    }
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** YYYY-MM-DD, or N days/weeks/months/years before today; null when not given. */
  static LocalDate parseSince(String s, LocalDate today) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip().toLowerCase(Locale.ROOT);
    Matcher m = RELATIVE.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "d" -> today.minusDays(n);
        case "w" -> today.minusWeeks(n);
        case "m" -> today.minusMonths(n);
        default -> today.minusYears(n);
      };
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new UserError(Phrase.of("cli.stats.bad_since", s, today.minusDays(30)), 2);
    }
  }
}
