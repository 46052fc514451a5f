package org.factdrill.cli;

import org.factdrill.store.pg.PgUrl;
import picocli.CommandLine.Option;

/** The class server options: {@code --server URL} and {@code --class NAME}. */
final class ServerOptions {
  @Option(names = "--server", paramLabel = "URL",
      description = "Class server: postgresql://user@host:port/database (or $FACTDRILL_SERVER). "
          + "The password comes from the URL, $PGPASSWORD or ~/.pgpass, as with psql.")
  String server;

  @Option(names = "--class", paramLabel = "NAME",
      description = "The class (default: $FACTDRILL_CLASS, else the one class of this login).")
  String className;

  /** The server URL with credentials resolved, or a usage error saying how to give one. */
  static PgUrl url(Env env, String given) {
    String s = given != null && !given.isBlank() ? given.strip() : env.vars().get("FACTDRILL_SERVER");
    if (s == null || s.isBlank()) {
      throw new UserError(org.factdrill.lang.Phrase.of("cli.no_server"), 2);
    }
    try {
      return PgUrl.parse(s, env.vars(), env.vars().getOrDefault("HOME", System.getProperty(
          "user.home")), env.vars().getOrDefault("USER", env.userName()));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
  }

  PgUrl url(Env env) {
    return url(env, server);
  }

  /** The class named with --class or $FACTDRILL_CLASS; null to take the login's only class. */
  String className(Env env) {
    if (className != null && !className.isBlank()) {
      return className.strip();
    }
    String v = env.vars().get("FACTDRILL_CLASS");
    return v == null || v.isBlank() ? null : v.strip();
  }
}
