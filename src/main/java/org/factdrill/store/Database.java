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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.factdrill.store.pg.PgUrl;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * One progress database: opening (with the checks that refuse a file that is not SQLite, is
 * damaged, or was written by a newer factdrill, before anything is written to it), numbered
 * forward-only migrations, the integrity check, transactions, error messages, and the
 * {@link Dialect} its tables' statements are read in. The tables ({@link Cards},
 * {@link ReviewLog}, {@link Profiles}, {@link Settings}, {@link ProgressQueries}) run their SQL
 * through it; nothing outside this package sees a connection.
 */
public final class Database implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 10_000;
  private static final int BUSY_RETRY_MS = 100;
  /** The v1 columns the read-only queries read, per table (a read-only open cannot migrate). */
  private static final Map<String, List<String>> NEEDED = Map.of(
      "profiles", List.of("id", "name"),
      "cards", List.of("profile_id", "card_id", "state", "stability", "difficulty", "due",
          "last_review", "reps", "lapses", "source", "lang", "kind", "sentence"),
      "review_log", List.of("id", "profile_id", "question_id", "card_id", "rating", "answer",
          "correct", "verdict", "response_ms", "reviewed_at", "state_before", "state_after",
          "stability", "difficulty", "due_after", "elapsed_days"));

  private final Path path; // null on a PostgreSQL server
  private final PgUrl server; // null for a SQLite file
  private final Connection conn; // null: a read-only look at a file with no tables yet
  private final Dialect dialect;
  private final boolean readOnly;
  private final boolean immutable;
  private Supplier<StoreException> check; // guarded by this; null: checked (at open or since)
  private StoreException damaged; // guarded by this; the refusal once a deferred check failed

  private Database(Path path, Connection conn, Supplier<StoreException> check, boolean readOnly,
      boolean immutable) {
    this(path, null, conn, check, readOnly, immutable);
  }

  private Database(Path path, PgUrl server, Connection conn, Supplier<StoreException> check,
      boolean readOnly, boolean immutable) {
    this.path = path;
    this.server = server;
    this.dialect = server == null ? Dialect.SQLITE : Dialect.POSTGRESQL;
    this.conn = conn;
    this.check = check;
    this.readOnly = readOnly;
    this.immutable = immutable;
  }

  /**
   * Opens (creating and migrating as needed) the database at {@code path}, after SQLite's
   * {@code quick_check} found it sound.
   */
  public static Database open(Path path) throws StoreException {
    return open(path, false);
  }

  /**
   * Like {@link #open(Path)}, but the {@code quick_check} (~50 ms on 100,000 reviews, as it reads
   * every page) is deferred to the first {@link #verify()}, so the caller chooses when to spend
   * it (the TUI: right after its first frame). Until it has passed, nothing is written: every
   * write calls {@link #verify()} first, which runs the check if still pending and refuses a
   * damaged file with the same message {@code open} gives. A database that needs migrating is
   * checked before it is migrated, as with {@code open}.
   */
  public static Database openDeferringCheck(Path path) throws StoreException {
    return open(path, true);
  }

  /**
   * Opens an existing database for reading only: never created, migrated or written, so the
   * statistics can read a file on a read-only mount. Refused like {@link #open} when it is not
   * SQLite or comes from a newer factdrill. Without a {@code -wal} file beside it (no session
   * open, no crash) it is read {@code immutable}: SQLite then creates no {@code -wal} or
   * {@code -shm} file next to it, damaged or not. A zero-byte file or one without tables reads
   * as {@link #isEmpty() empty}. Damage met later while reading is reported by the query.
   */
  public static Database openReadOnly(Path path) throws StoreException {
    Path abs = path.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new StoreException(Phrase.of("store.is_directory", path,
          path.resolve("progress.db")));
    }
    try {
      if (Files.size(abs) == 0) {
        return new Database(path, null, null, true, true);
      }
    } catch (IOException e) {
      throw new StoreException(Phrase.of("store.cannot_read", path, e.getMessage()), e);
    }
    SqliteFiles.checkHeader(path, abs);
    Connection c = null;
    try {
      c = SqliteFiles.immutable(abs);
      int version = SqliteFiles.userVersion(c);
      refuseNewer(path, version);
      Set<String> tables = SqliteFiles.tables(c);
      if (tables.isEmpty()) {
        c.close();
        return new Database(path, null, null, true, true); // created, never migrated
      }
      for (Map.Entry<String, List<String>> t : NEEDED.entrySet()) {
        if (!SqliteFiles.columns(c, t.getKey()).containsAll(t.getValue())) {
          throw new StoreException(Phrase.of("store.lacks_columns", path,
              t.getKey()));
        }
      }
      if (!Files.exists(Path.of(abs + "-wal"))) {
        return new Database(path, c, null, true, true);
      }
      // A session is open (or crashed): read through its -wal file to see its answers.
      c.close();
      c = null;
      try {
        return new Database(path, SqliteFiles.connect(abs, true), null, true, false);
      } catch (SQLException e) {
        if (primaryCode(e) != SQLiteErrorCode.SQLITE_CANTOPEN.code) {
          throw e;
        }
        // A read-only mount where SQLite cannot open the -shm file: the main file alone.
        return new Database(path, SqliteFiles.immutable(abs), null, true, true);
      }
    } catch (SQLException e) {
      closeQuietly(c);
      throw describe(path, e, true);
    } catch (StoreException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /**
   * Opens the progress tables on a PostgreSQL server ({@code --db postgresql://...}): connects
   * (credentials from the URL, PGPASSWORD or ~/.pgpass; see {@link PgUrl}), refuses a schema from
   * a newer factdrill, and applies pending migrations unless {@code readOnly} (statistics). There
   * is no file to check: the server keeps its own integrity. A read-only look at a database with
   * no factdrill tables yet is {@link #isEmpty() empty}. A server that cannot be reached or
   * refuses the login gives one line, without the password.
   */
  public static Database openServer(PgUrl url, boolean readOnly) throws StoreException {
    Connection c = null;
    try {
      c = PgErrors.connect(url);
      int version = Migrations.postgresVersion(c);
      if (version > Migrations.latest()) {
        throw new StoreException(Phrase.of("store.newer_server", url.describe(),
            version, Migrations.latest()));
      }
      if (readOnly) {
        if (version == 0) {
          c.close();
          return new Database(null, url, null, null, true, false);
        }
        c.setReadOnly(true);
      } else {
        Migrations.migrate(c, Dialect.POSTGRESQL);
      }
      return new Database(null, url, c, null, readOnly, false);
    } catch (SQLException e) {
      closeQuietly(c);
      throw PgErrors.describe(url, e);
    } catch (StoreException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static Database open(Path path, boolean background) throws StoreException {
    Path abs = path.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new StoreException(Phrase.of("store.is_directory", path,
          path.resolve("progress.db")));
    }
    boolean fresh = !Files.exists(abs) || SqliteFiles.size(abs) == 0;
    Supplier<StoreException> check = null; // null: checked (or new) here
    if (!fresh) {
      SqliteFiles.checkHeader(path, abs);
      int version;
      try {
        version = look(path, abs, background);
      } catch (StoreException e) {
        // Another session may have been creating this very file a moment ago: look once more
        // before calling it damaged.
        sleep(250);
        version = look(path, abs, background);
      }
      refuseNewer(path, version);
      if (background && version == Migrations.latest()) {
        check = () -> {
          try {
            try {
              quickCheck(path, abs);
            } catch (StoreException e) {
              sleep(250); // the same second look as above
              quickCheck(path, abs);
            }
            return null;
          } catch (StoreException e) {
            return e;
          }
        };
      }
    } else {
      SqliteFiles.create(path, abs);
    }
    for (int attempt = 1; ; attempt++) {
      Connection c = null;
      try {
        c = SqliteFiles.connect(abs, false);
        int version;
        try (Statement st = c.createStatement()) {
          st.execute("PRAGMA journal_mode = WAL");
          st.execute("PRAGMA synchronous = FULL");
          version = SqliteFiles.userVersion(c);
        }
        Migrations.migrate(c, version);
        return new Database(path, c, check, false, false);
      } catch (SQLException e) {
        closeQuietly(c);
        // Two sessions creating or upgrading the same file at once: SQLite can answer "busy"
        // without waiting (while the other sets up WAL mode). Wait and try again, within the
        // same ten seconds a busy write waits, rather than fail the second session.
        if (isBusy(e) && attempt * BUSY_RETRY_MS < BUSY_TIMEOUT_MS) {
          sleep(BUSY_RETRY_MS);
          continue;
        }
        throw describe(path, e);
      }
    }
  }

  private static void refuseNewer(Path path, int version) throws StoreException {
    if (version > Migrations.latest()) {
      throw new StoreException(Phrase.of("store.newer", path, version,
          Migrations.latest()));
    }
  }



  /** SQLite's primary result code (the low byte) of {@code e} or its causes; -1 when none. */
  static int primaryCode(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException s) {
        return s.getResultCode().code & 0xff;
      }
    }
    return -1;
  }

  private static boolean isBusy(SQLException e) {
    int code = primaryCode(e);
    return code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code;
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Already failing; the first error is the one to report.
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }





  /**
   * The schema version; and SQLite's quick_check, unless the database comes from a newer version
   * (refused by the caller) or is at the latest version and to be checked in the background.
   */
  private static int look(Path path, Path abs, boolean background) throws StoreException {
    int version = SqliteFiles.peekVersion(path, abs);
    if (version < Migrations.latest() || (version == Migrations.latest() && !background)) {
      quickCheck(path, abs);
    }
    return version;
  }


  private static void quickCheck(Path path, Path abs) throws StoreException {
    try (Connection c = SqliteFiles.inspect(abs);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
      String r = rs.next() ? rs.getString(1) : "no answer";
      if (!"ok".equals(r)) {
        throw new StoreException(Phrase.of("store.damaged_detail", path, r));
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  /**
   * Runs the integrity check deferred by {@link #openDeferringCheck} if it is still pending
   * (nothing to do after {@link #open}) and throws if the file is damaged. Every write calls it
   * first; concurrent callers wait for the one check.
   */
  public synchronized void verify() throws StoreException {
    if (check != null) {
      damaged = check.get();
      check = null;
    }
    if (damaged != null) {
      throw damaged.phrase() != null ? new StoreException(damaged.phrase(), damaged)
          : new StoreException(damaged.getMessage(), damaged);
    }
  }

  static StoreException describe(Path path, SQLException e) {
    return describe(path, e, false);
  }

  /** One line for a database error, recognised by SQLite's result code (never message text). */
  static StoreException describe(Path path, SQLException e, boolean reading) {
    int code = primaryCode(e);
    if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
      return new StoreException(Phrase.of("store.not_sqlite", path), e);
    }
    if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
      return new StoreException(Phrase.of("store.damaged", path), e);
    }
    if (reading && (code == SQLiteErrorCode.SQLITE_CANTOPEN.code
        || code == SQLiteErrorCode.SQLITE_PERM.code)) {
      return new StoreException(Phrase.of("store.cannot_open_reading", path), e);
    }
    if (code == SQLiteErrorCode.SQLITE_READONLY.code || code == SQLiteErrorCode.SQLITE_CANTOPEN.code
        || code == SQLiteErrorCode.SQLITE_PERM.code) {
      return new StoreException(Phrase.of("store.cannot_write", path), e);
    }
    return new StoreException(Phrase.of("store.error", path, e.getMessage()), e);
  }

  /** {@link #describe} for this database. */
  StoreException describe(SQLException e) {
    return server != null ? PgErrors.describe(server, e) : describe(path, e, readOnly);
  }

  /** The file, as given; null for a PostgreSQL server (see {@link #where()}). */
  public Path path() {
    return path;
  }

  /** Where the progress lives, for messages: the file, or the server without the password. */
  public String where() {
    return server != null ? "postgresql://" + server.describe() : String.valueOf(path);
  }

  /** The dialect the tables' statements are read in. */
  public Dialect dialect() {
    return dialect;
  }

  /** True for a read-only look at a file with no factdrill tables yet (never studied). */
  public boolean isEmpty() {
    return conn == null;
  }

  /** Whether this is a read-only look ({@link #openReadOnly}). */
  public boolean isReadOnly() {
    return readOnly;
  }

  /** The connection the tables use; never handed outside this package. */
  Connection connection() {
    return conn;
  }

  /** Another read-only connection to the same file, opened as this one was; caller closes. */
  Connection openAnother() throws SQLException {
    if (server != null) {
      Connection c = PgErrors.connect(server);
      c.setReadOnly(true);
      return c;
    }
    Path abs = path.toAbsolutePath();
    return immutable ? SqliteFiles.immutable(abs) : SqliteFiles.connect(abs, true);
  }

  /** The named statements of {@code table} in this database's dialect. */
  Statements statements(String table) {
    return Statements.load(dialect, table);
  }

  /** Work that runs inside one transaction. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} as one IMMEDIATE transaction: committed when it returns, rolled back when
   * it throws. The result is returned only after the commit, so nothing is confirmed early.
   */
  <T> T inTransaction(SqlWork<T> work) throws StoreException {
    verify();
    try {
      conn.setAutoCommit(false);
      try {
        T result = work.run(conn);
        conn.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw describe(e);
    }
  }

  @Override
  public void close() throws StoreException {
    if (conn == null) {
      return;
    }
    try {
      conn.close();
    } catch (SQLException e) {
      throw describe(e);
    }
  }
}
