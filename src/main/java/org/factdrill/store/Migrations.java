package org.factdrill.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered, forward-only schema migrations, tracked in SQLite's {@code PRAGMA user_version} and
 * in PostgreSQL's one-row {@code schema_version} table (same numbers in both). Migration N lives
 * in {@code V00N__*.sql}, written once where the SQL is portable; a dialect whose SQL differs
 * has its own {@code <dialect>/V00N__*.sql}, read first. Each runs in its own transaction with
 * the version bump.
 */
final class Migrations {
  static final List<String> FILES = List.of("V001__init.sql", "V002__queue_index.sql",
      "V003__stats_index.sql", "V004__review_quarters.sql", "V005__review_uuid.sql",
      "V006__fsrs_parameters.sql", "V007__leeches.sql", "V008__leech_sync.sql");

  private Migrations() {}

  static int latest() {
    return FILES.size();
  }

  static void migrate(Connection c, int from) throws SQLException {
    migrate(c, Dialect.SQLITE, from, FILES.size());
  }

  /** Applies migrations {@code from + 1 .. to} (tests build old versions with it). */
  static void migrate(Connection c, int from, int to) throws SQLException {
    migrate(c, Dialect.SQLITE, from, to);
  }

  /** Applies every pending migration of {@code dialect}, reading the version itself. */
  static void migrate(Connection c, Dialect dialect) throws SQLException {
    migrate(c, dialect, 0, FILES.size());
  }

  static void migrate(Connection c, Dialect dialect, int from, int to) throws SQLException {
    boolean pg = dialect == Dialect.POSTGRESQL;
    if (pg) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(true);
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)");
      } catch (SQLException e) {
        // Two sessions creating it at once: the loser's unique violation is harmless.
        if (!"23505".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) {
          throw e;
        }
      } finally {
        c.setAutoCommit(auto);
      }
    }
    for (int v = from + 1; v <= to; v++) {
      String sql = load(dialect, FILES.get(v - 1));
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        if (pg) {
          // One migrating session at a time (SQLite's IMMEDIATE transaction does this there).
          st.execute("SELECT pg_advisory_xact_lock(hashtext('factdrill migrations'))");
        }
        // Another process may have migrated while we waited for the write lock: re-check inside
        // the transaction so each migration runs exactly once.
        if (currentVersion(st, dialect) >= v) {
          c.commit();
          continue;
        }
        if (pg) {
          // The driver splits the script itself, respecting $$-quoted function bodies.
          st.execute(stripComments(sql));
          st.execute("DELETE FROM schema_version");
          st.execute("INSERT INTO schema_version VALUES (" + v + ")");
        } else {
          for (String stmt : sql.split(";\\s*(\\n|$)")) {
            String s = stripComments(stmt);
            if (!s.isBlank()) {
              st.execute(s);
            }
          }
          st.execute("PRAGMA user_version = " + v);
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  /** The schema version of a PostgreSQL database; 0 when it has no factdrill tables yet. */
  static int postgresVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
      rs.next();
      if (!rs.getBoolean(1)) {
        return 0;
      }
    }
    try (Statement st = c.createStatement()) {
      return currentVersion(st, Dialect.POSTGRESQL);
    }
  }

  private static int currentVersion(Statement st, Dialect dialect) throws SQLException {
    String q = dialect == Dialect.POSTGRESQL
        ? "SELECT coalesce(max(version), 0) FROM schema_version" : "PRAGMA user_version";
    try (ResultSet rs = st.executeQuery(q)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static String stripComments(String s) {
    StringBuilder b = new StringBuilder();
    for (String line : s.split("\n")) {
      if (!line.strip().startsWith("--")) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  private static String load(Dialect dialect, String name) {
    if (dialect.overrides() != null) {
      String own = read(dialect.overrides() + "/" + name);
      if (own != null) {
        return own;
      }
    }
    String shared = read(name);
    if (shared == null) {
      throw new IllegalStateException("missing migration " + name);
    }
    return shared;
  }

  private static String read(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
