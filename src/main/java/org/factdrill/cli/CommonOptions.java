package org.factdrill.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that touches the bank or the database takes. */
final class CommonOptions {
  @Option(names = "--db", paramLabel = "FILE",
      description = "Progress database (default: progress-db/progress.db, or $FACTDRILL_DB).")
  Path db;

  @Option(names = "--bank", paramLabel = "FILE",
      description = "Question bank (default: $FACTDRILL_BANK, else question-banks/seeds.json, "
          + "generated from seeds/).")
  Path bank;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Learner profile (default: your user name).")
  String profile;

  @Option(names = "--verbose", description = "Show stack traces for errors.")
  boolean verbose;

  Path db(Env env) {
    Path p = db != null ? db : env.paths().defaultDb();
    String s = p.toString();
    if (s.startsWith("postgresql:/") || s.startsWith("postgres:/")) {
      // The path form has lost a slash and may hold a password: never echo it.
      throw new UserError("--db takes a local SQLite file; a PostgreSQL server is the class "
          + "server: study locally and run `factdrill sync --server postgresql://...` "
          + "(see docs/classroom.md)", 2);
    }
    return p;
  }

  /** The bank chosen with --bank or $FACTDRILL_BANK; null means the default seeds bank. */
  Path bank(Env env) {
    if (bank != null) {
      return bank;
    }
    String fromEnv = env.vars().get("FACTDRILL_BANK");
    return fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv);
  }

  String profile(Env env) {
    if (profile != null && !profile.isBlank()) {
      return profile.strip();
    }
    String user = env.vars().getOrDefault("USER", env.vars().getOrDefault("USERNAME", env.userName()));
    return user == null || user.isBlank() ? "default" : user;
  }
}
