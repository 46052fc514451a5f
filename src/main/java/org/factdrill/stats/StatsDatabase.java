package org.factdrill.stats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens a progress database for reading only: statistics never create, migrate or write it.
 * The checks are the cheap ones (SQLite header, the tables and columns the queries read); a
 * full integrity check would read the whole file, which on a million reviews costs more than the
 * statistics. Damage met while reading is reported by {@link #describe}.
 */
public final class StatsDatabase implements AutoCloseable {
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  /** The v1 columns the statistics read, per table. */
  private static final Map<String, List<String>> NEEDED = Map.of(
      "profiles", List.of("id", "name"),
      "cards", List.of("profile_id", "card_id", "state", "stability", "difficulty", "due",
          "last_review", "reps", "lapses", "source", "lang", "kind", "sentence"),
      "review_log", List.of("id", "profile_id", "question_id", "card_id", "rating", "answer",
          "correct", "verdict", "response_ms", "reviewed_at", "state_before", "state_after",
          "stability", "difficulty", "due_after", "elapsed_days"));

  private final Path path;
  private final Connection conn;
  private final boolean empty;

  private StatsDatabase(Path path, Connection conn, boolean empty) {
    this.path = path;
    this.conn = conn;
    this.empty = empty;
  }

  /** Opens {@code path}, which must exist. */
  public static StatsDatabase open(Path path) throws StatsException {
    Path abs = path.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new StatsException(path + ": is a directory; --db needs a database file, e.g. "
          + path.resolve("progress.db"), null);
    }
    try {
      if (Files.size(abs) == 0) {
        return new StatsDatabase(path, null, true);
      }
    } catch (IOException e) {
      throw new StatsException(path + ": cannot read the database (" + e.getMessage() + ")", e);
    }
    byte[] head = new byte[MAGIC.length];
    try (InputStream in = Files.newInputStream(abs)) {
      int n = in.readNBytes(head, 0, head.length);
      if (n < head.length || !Arrays.equals(head, MAGIC)) {
        throw new StatsException(path + ": not a factdrill database (not SQLite); "
            + "point --db at another file; this one was not changed", null);
      }
    } catch (AccessDeniedException e) {
      throw new StatsException(path + ": cannot read the database (permission denied)", e);
    } catch (IOException e) {
      throw new StatsException(path + ": cannot read the database (" + e.getMessage() + ")", e);
    }
    Connection c = null;
    try {
      c = connect(abs);
      Set<String> tables = new HashSet<>();
      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      if (tables.isEmpty()) {
        // A database created but never migrated: nothing studied yet.
        return new StatsDatabase(path, c, true);
      }
      for (Map.Entry<String, List<String>> t : NEEDED.entrySet()) {
        Set<String> cols = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + t.getKey() + ")")) {
          while (rs.next()) {
            cols.add(rs.getString("name"));
          }
        }
        if (!cols.containsAll(t.getValue())) {
          throw new StatsException(path + ": not a factdrill progress database this version "
              + "can read (table " + t.getKey() + " lacks columns it needs); upgrade factdrill or "
              + "point --db at another file", null);
        }
      }
      return new StatsDatabase(path, c, false);
    } catch (SQLException e) {
      closeQuietly(c);
      throw describe(path, e);
    } catch (StatsException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static Connection connect(Path abs) throws SQLException {
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.setReadOnly(true);
    cfg.setOpenMode(SQLiteOpenMode.READONLY);
    cfg.setBusyTimeout(10_000);
    return DriverManager.getConnection("jdbc:sqlite:" + abs, cfg.toProperties());
  }

  /** Another read-only connection to the same file (for reading in parallel); caller closes. */
  public Connection openAnother() throws SQLException {
    return connect(path.toAbsolutePath());
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Already failing with a better message.
      }
    }
  }

  /** A one-line message for a database error met while reading {@code path}. */
  public static StatsException describe(Path path, SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
      return new StatsException(path + ": not a factdrill database (not SQLite); "
          + "the file was not changed", e);
    }
    if (m.contains("SQLITE_CORRUPT") || m.contains("malformed")) {
      return new StatsException(path + ": the database is damaged; restore a backup or move it "
          + "aside; the file was not changed", e);
    }
    if (m.contains("SQLITE_CANTOPEN") || m.contains("SQLITE_PERM")) {
      return new StatsException(path + ": cannot open the database for reading (permissions of "
          + "the file or its directory)", e);
    }
    return new StatsException(path + ": database error: " + m, e);
  }

  public Path path() {
    return path;
  }

  /** True when the file holds no factdrill tables yet (never studied). */
  public boolean isEmpty() {
    return empty;
  }

  /** The read-only connection; null when {@link #isEmpty()} and the file is zero bytes. */
  public Connection connection() {
    return conn;
  }

  @Override
  public void close() {
    closeQuietly(conn);
  }
}
