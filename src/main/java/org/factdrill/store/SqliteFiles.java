package org.factdrill.store;

import org.factdrill.lang.Phrase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite file itself: creating it owner-only, its header, connections (read-write, read-only,
 * immutable) straight from sqlite-jdbc, and the schema facts {@link Database} checks on open.
 */
final class SqliteFiles {
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private SqliteFiles() {}

  static Set<String> tables(Connection c) throws SQLException {
    Set<String> out = new HashSet<>();
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  static Set<String> columns(Connection c, String table) throws SQLException {
    Set<String> cols = new HashSet<>();
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) {
        cols.add(rs.getString("name"));
      }
    }
    return cols;
  }

  static long size(Path abs) {
    try {
      return Files.size(abs);
    } catch (IOException e) {
      return 0;
    }
  }

  static void create(Path path, Path abs) throws StoreException {
    Path dir = abs.getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      if (!Files.exists(abs)) {
        createOwnerOnly(abs);
      }
    } catch (AccessDeniedException e) {
      throw new StoreException(Phrase.of("store.cannot_create_denied", path));
    } catch (IOException e) {
      throw new StoreException(Phrase.of("store.cannot_create", path, e.getMessage()));
    }
  }

  static void createOwnerOnly(Path abs) throws IOException {
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        // Owner-only: a progress history is personal data.
        Files.createFile(abs, PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(abs);
      }
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // Another session created it first: fine, SQLite's locks order the rest.
    }
  }

  static void checkHeader(Path path, Path abs) throws StoreException {
    byte[] head = new byte[MAGIC.length];
    try (InputStream in = Files.newInputStream(abs)) {
      int n = in.readNBytes(head, 0, head.length);
      if (n < head.length || !Arrays.equals(head, MAGIC)) {
        throw new StoreException(Phrase.of("store.not_sqlite_header", path));
      }
    } catch (AccessDeniedException e) {
      throw new StoreException(Phrase.of("store.cannot_read_denied", path));
    } catch (IOException e) {
      throw new StoreException(Phrase.of("store.cannot_read", path, e.getMessage()));
    }
  }

  static int peekVersion(Path path, Path abs) throws StoreException {
    try (Connection c = inspect(abs)) {
      return userVersion(c);
    } catch (SQLException e) {
      throw Database.describe(path, e);
    }
  }

  /**
   * A read-only look that leaves no trace: without a -wal file beside it, the database is opened
   * {@code immutable=1}, so SQLite creates no -wal or -shm file next to a file we may refuse.
   * With a -wal file (a session still open, or a crash), it is read normally so its committed
   * answers are seen.
   */
  static Connection inspect(Path abs) throws SQLException {
    if (Files.exists(Path.of(abs + "-wal"))) {
      return connect(abs, true);
    }
    return immutable(abs);
  }

  static Connection immutable(Path abs) throws SQLException {
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.setReadOnly(true);
    cfg.setOpenMode(SQLiteOpenMode.READONLY);
    cfg.setOpenMode(SQLiteOpenMode.OPEN_URI);
    String uri = abs.toUri().toString().replaceFirst("^file:///", "file:/");
    return sqlite("jdbc:sqlite:" + uri + "?immutable=1", cfg);
  }

  static Connection connect(Path abs, boolean readOnly) throws SQLException {
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.enforceForeignKeys(true);
    cfg.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
    // BEGIN IMMEDIATE: a writer takes the write lock when its transaction starts, so two sessions
    // queue on the busy timeout instead of one failing on a read-to-write lock upgrade.
    cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    cfg.setReadOnly(readOnly);
    if (readOnly) {
      cfg.setOpenMode(SQLiteOpenMode.READONLY);
    }
    return sqlite("jdbc:sqlite:" + abs, cfg);
  }

  /**
   * A connection from sqlite-jdbc itself. Going through {@code DriverManager} would first scan
   * the classpath for every JDBC driver (reopening the 33 MB jar), ~20 ms of the TUI's start-up.
   */
  static Connection sqlite(String url, SQLiteConfig cfg) throws SQLException {
    Connection c = org.sqlite.JDBC.createConnection(url, cfg.toProperties());
    if (c == null) {
      throw new SQLException("not an SQLite URL: " + url);
    }
    return c;
  }

  static int userVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
