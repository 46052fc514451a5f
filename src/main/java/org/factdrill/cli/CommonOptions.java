package org.factdrill.cli;

import java.nio.file.Path;
import org.factdrill.store.pg.PgUrl;
import picocli.CommandLine.Option;

/** Options every command that touches the bank or the database takes. */
final class CommonOptions {
  // Text, not a Path: a Path would fold the "//" of a postgresql:// URL.
  @Option(names = "--db", paramLabel = "FILE|URL",
      description = "Progress database: a SQLite file (default: progress-db/progress.db, or "
          + "$FACTDRILL_DB), or a PostgreSQL server: postgresql://user@host:port/database.")
  String db;

  @Option(names = "--bank", paramLabel = "FILE",
      description = "Question bank (default: $FACTDRILL_BANK, else question-banks/seeds.json, "
          + "generated from seeds/).")
  Path bank;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Learner profile (default: your user name).")
  String profile;

  @Option(names = "--verbose", description = "Show stack traces for errors.")
  boolean verbose;

  /** The --db or $FACTDRILL_DB text as given; null: the default file. */
  private String given(Env env) {
    if (db != null && !db.isBlank()) {
      return db.strip();
    }
    String fromEnv = env.vars().get("FACTDRILL_DB");
    return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
  }

  /**
   * The PostgreSQL server named by --db or $FACTDRILL_DB (credentials completed from
   * PGPASSWORD and ~/.pgpass), or null when the progress database is a local file.
   */
  PgUrl server(Env env) {
    String s = given(env);
    if (s == null || !(s.startsWith("postgresql:") || s.startsWith("postgres:"))) {
      return null;
    }
    try {
      return PgUrl.parse(s, env.vars(), env.vars().getOrDefault("HOME",
          System.getProperty("user.home")), env.vars().getOrDefault("USER", env.userName()));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2); // the message never holds the password
    }
  }

  /** The local database file; a command that works only on a file refuses a server URL. */
  Path db(Env env) {
    if (server(env) != null) {
      throw new UserError(org.factdrill.lang.Phrase.of("cli.db_needs_file"), 2);
    }
    String s = given(env);
    return s == null ? env.paths().defaultDb() : Path.of(s);
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
