package org.factdrill.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered, forward-only schema migrations tracked in {@code PRAGMA user_version}. Migration N
 * lives in {@code V00N__*.sql}; each runs in its own transaction with the version bump.
 */
final class Migrations {
  static final List<String> FILES = List.of("V001__init.sql", "V002__queue_index.sql",
      "V003__stats_index.sql", "V004__review_quarters.sql", "V005__review_uuid.sql",
      "V006__fsrs_parameters.sql");

  private Migrations() {}

  static int latest() {
    return FILES.size();
  }

  static void migrate(Connection c, int from) throws SQLException {
    migrate(c, from, FILES.size());
  }

  /** Applies migrations {@code from + 1 .. to} (tests build old versions with it). */
  static void migrate(Connection c, int from, int to) throws SQLException {
    for (int v = from + 1; v <= to; v++) {
      String sql = load(FILES.get(v - 1));
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        // Another process may have migrated while we waited for the write lock: re-check inside
        // the transaction so each migration runs exactly once.
        if (currentVersion(st) >= v) {
          c.commit();
          continue;
        }
        for (String stmt : sql.split(";\\s*(\\n|$)")) {
          String s = stripComments(stmt);
          if (!s.isBlank()) {
            st.execute(s);
          }
        }
        st.execute("PRAGMA user_version = " + v);
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  private static int currentVersion(Statement st) throws SQLException {
    try (java.sql.ResultSet rs = st.executeQuery("PRAGMA user_version")) {
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

  private static String load(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing migration " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
