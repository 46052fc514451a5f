package org.factdrill.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.sqlite.SQLiteConfig;

/**
 * The progress database: SQLite in WAL mode with foreign keys and a busy timeout, migrated on
 * open. Every answer is one transaction ({@link #recordReview}). A file that is not SQLite, is
 * damaged, or was written by a newer factdrill is refused before anything is written to it.
 */
public final class Store implements AutoCloseable {
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  static final int BUSY_TIMEOUT_MS = 10_000;

  private final Path path;
  private final Connection conn;
  /** Null when sound; the refusal when damaged (see {@link #openCheckingInBackground}). */
  private CompletableFuture<StoreException> integrity; // guarded by this; null until started
  private final java.util.function.Supplier<StoreException> check; // null: checked at open

  private Store(Path path, Connection conn, java.util.function.Supplier<StoreException> check) {
    this.path = path;
    this.conn = conn;
    this.check = check;
  }

  /**
   * Opens (creating and migrating as needed) the database at {@code path}, after SQLite's
   * {@code quick_check} found it sound.
   */
  public static Store open(Path path) throws StoreException {
    return open(path, false);
  }

  /**
   * Like {@link #open(Path)}, but the {@code quick_check} (~50 ms on 100,000 reviews, as it reads
   * every page) runs on a background thread, started by {@link #startIntegrityCheck()} or at the
   * latest by the first {@link #verify()}, so the TUI can draw its first frame first. Until it
   * has passed, nothing is written: every write, and {@link #verify()}, wait for it and refuse a
   * damaged file with the same message {@code open} gives. A database that needs migrating is
   * checked before it is migrated, as with {@code open}.
   */
  public static Store openCheckingInBackground(Path path) throws StoreException {
    return open(path, true);
  }

  private static Store open(Path path, boolean background) throws StoreException {
    Path abs = path.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new StoreException(path + ": is a directory; --db needs a database file, e.g. "
          + path.resolve("progress.db"));
    }
    boolean fresh = !Files.exists(abs) || size(abs) == 0;
    java.util.function.Supplier<StoreException> check = null; // null: checked (or new) here
    if (!fresh) {
      checkHeader(path, abs);
      int version;
      try {
        version = look(path, abs, background);
      } catch (StoreException e) {
        // Another session may have been creating this very file a moment ago: look once more
        // before calling it damaged.
        sleepBriefly();
        version = look(path, abs, background);
      }
      if (version > Migrations.latest()) {
        throw new StoreException(path + ": written by a newer factdrill (database schema "
            + version + ", this version knows up to " + Migrations.latest()
            + "); upgrade factdrill; the file was not changed");
      }
      if (background && version == Migrations.latest()) {
        check = () -> {
          try {
            try {
              quickCheck(path, abs);
            } catch (StoreException e) {
              sleepBriefly(); // the same second look as above
              quickCheck(path, abs);
            }
            return null;
          } catch (StoreException e) {
            return e;
          }
        };
      }
    } else {
      create(path, abs);
    }
    for (int attempt = 1; ; attempt++) {
      Connection c = null;
      try {
        c = connect(abs, false);
        int version;
        try (Statement st = c.createStatement()) {
          st.execute("PRAGMA journal_mode = WAL");
          st.execute("PRAGMA synchronous = FULL");
          version = userVersion(c);
        }
        Migrations.migrate(c, version);
        return new Store(path, c, check);
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

  private static final int BUSY_RETRY_MS = 100;

  private static void daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }

  private static boolean isBusy(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("SQLITE_BUSY") || m.contains("database is locked");
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

  private static long size(Path abs) {
    try {
      return Files.size(abs);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void create(Path path, Path abs) throws StoreException {
    Path dir = abs.getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      if (!Files.exists(abs)) {
        createOwnerOnly(abs);
      }
    } catch (AccessDeniedException e) {
      throw new StoreException(path + ": cannot create the database here (permission denied); "
          + "choose a writable location with --db");
    } catch (IOException e) {
      throw new StoreException(path + ": cannot create the database (" + e.getMessage() + ")");
    }
  }

  private static void createOwnerOnly(Path abs) throws IOException {
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

  private static void sleepBriefly() {
    sleep(250);
  }

  private static void checkHeader(Path path, Path abs) throws StoreException {
    byte[] head = new byte[MAGIC.length];
    try (InputStream in = Files.newInputStream(abs)) {
      int n = in.readNBytes(head, 0, head.length);
      if (n < head.length || !Arrays.equals(head, MAGIC)) {
        throw new StoreException(path + ": not a factdrill database (not SQLite); "
            + "point --db at another file; this one was not changed");
      }
    } catch (AccessDeniedException e) {
      throw new StoreException(path + ": cannot read the database (permission denied)");
    } catch (IOException e) {
      throw new StoreException(path + ": cannot read the database (" + e.getMessage() + ")");
    }
  }

  /**
   * The schema version; and SQLite's quick_check, unless the database comes from a newer version
   * (refused by the caller) or is at the latest version and to be checked in the background.
   */
  private static int look(Path path, Path abs, boolean background) throws StoreException {
    int version = peekVersion(path, abs);
    if (version < Migrations.latest() || (version == Migrations.latest() && !background)) {
      quickCheck(path, abs);
    }
    return version;
  }

  private static int peekVersion(Path path, Path abs) throws StoreException {
    try (Connection c = inspect(abs)) {
      return userVersion(c);
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  private static void quickCheck(Path path, Path abs) throws StoreException {
    try (Connection c = inspect(abs);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
      String r = rs.next() ? rs.getString(1) : "no answer";
      if (!"ok".equals(r)) {
        throw new StoreException(path + ": the database is damaged (" + r
            + "); restore a backup or move it aside; the file was not changed");
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  /** Starts the background integrity check if it has not started yet (see {@link #verify()}). */
  public synchronized CompletableFuture<StoreException> startIntegrityCheck() {
    if (integrity == null) {
      integrity = check == null ? CompletableFuture.completedFuture(null)
          // Its own thread: the common pool has a single worker on two cores, where the check
          // would queue behind the bank loading.
          : CompletableFuture.supplyAsync(check, r -> daemon(r, "integrity-check"));
    }
    return integrity;
  }

  /**
   * Waits for the integrity check of {@link #openCheckingInBackground} (at once for
   * {@link #open}) and throws if the file is damaged. Every write calls it first.
   */
  public void verify() throws StoreException {
    StoreException damaged = startIntegrityCheck().join();
    if (damaged != null) {
      throw new StoreException(damaged.getMessage(), damaged);
    }
  }

  /**
   * A read-only look that leaves no trace: without a -wal file beside it, the database is opened
   * {@code immutable=1}, so SQLite creates no -wal or -shm file next to a file we may refuse.
   * With a -wal file (a session still open, or a crash), it is read normally so its committed
   * answers are seen.
   */
  private static Connection inspect(Path abs) throws SQLException {
    if (Files.exists(Path.of(abs + "-wal"))) {
      return connect(abs, true);
    }
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.setReadOnly(true);
    cfg.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
    cfg.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
    String uri = abs.toUri().toString().replaceFirst("^file:///", "file:/");
    return sqlite("jdbc:sqlite:" + uri + "?immutable=1", cfg);
  }

  private static Connection connect(Path abs, boolean readOnly) throws SQLException {
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.enforceForeignKeys(true);
    cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
    // BEGIN IMMEDIATE: a writer takes the write lock when its transaction starts, so two sessions
    // queue on the busy timeout instead of one failing on a read-to-write lock upgrade.
    cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    cfg.setReadOnly(readOnly);
    if (readOnly) {
      cfg.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
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

  private static int userVersion(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  static StoreException describe(Path path, SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
      return new StoreException(path + ": not a factdrill database (not SQLite); "
          + "the file was not changed", e);
    }
    if (m.contains("SQLITE_CORRUPT") || m.contains("malformed")) {
      return new StoreException(path + ": the database is damaged; restore a backup or move it "
          + "aside; the file was not changed", e);
    }
    if (m.contains("SQLITE_READONLY") || m.contains("readonly") || m.contains("SQLITE_CANTOPEN")) {
      return new StoreException(path + ": cannot write the database (read-only file or "
          + "directory); choose a writable location with --db", e);
    }
    return new StoreException(path + ": database error: " + m, e);
  }

  public Path path() {
    return path;
  }

  /** The JDBC connection, for read-only queries by the stats package. */
  public Connection connection() {
    return conn;
  }

  /** The profile named {@code name}, created on first use. */
  public Profile profile(String name, Instant now) throws StoreException {
    Optional<Profile> known = findProfile(name);
    if (known.isPresent()) {
      return known.get(); // no write: the usual case, and the integrity check may still be running
    }
    verify();
    try {
      try (PreparedStatement ps = conn.prepareStatement(
          "INSERT OR IGNORE INTO profiles(name, created_at) VALUES (?, ?)")) {
        ps.setString(1, name);
        ps.setLong(2, now.toEpochMilli());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM profiles WHERE name = ?")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return new Profile(rs.getLong(1), name);
        }
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  /** Every card of a profile, keyed by card id. */
  public Map<String, StoredCard> cards(long profileId) throws StoreException {
    Map<String, StoredCard> out = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT card_id, state, step, stability, difficulty, due, last_review, reps, lapses, "
            + "source, lang, kind FROM cards WHERE profile_id = ?")) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          StoredCard sc = readCard(rs);
          out.put(sc.cardId(), sc);
        }
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
    return out;
  }

  private static StoredCard readCard(ResultSet rs) throws SQLException {
    Integer step = (Integer) rs.getObject(3) == null ? null : rs.getInt(3);
    Double s = rs.getObject(4) == null ? null : rs.getDouble(4);
    Double d = rs.getObject(5) == null ? null : rs.getDouble(5);
    Instant last = rs.getObject(7) == null ? null : Instant.ofEpochMilli(rs.getLong(7));
    Card card = new Card(CardState.parse(rs.getString(2)), step, s, d,
        Instant.ofEpochMilli(rs.getLong(6)), last);
    return new StoredCard(rs.getString(1), card, rs.getInt(8), rs.getInt(9), rs.getString(10),
        rs.getString(11), rs.getString(12));
  }

  /**
   * Writes one answer: the review_log row and the card's new state, in one transaction. Returns
   * the new review's id only after the commit.
   */
  public long recordReview(ReviewRecord r) throws StoreException {
    return inTransaction(() -> {
      long id;
      try (PreparedStatement ps = conn.prepareStatement(
          "INSERT INTO review_log(profile_id, question_id, card_id, rating, answer, correct, "
              + "verdict, response_ms, reviewed_at, state_before, state_after, stability, "
              + "difficulty, due_after, elapsed_days) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
          Statement.RETURN_GENERATED_KEYS)) {
        Card a = r.after();
        ps.setLong(1, r.profileId());
        ps.setString(2, r.questionId());
        ps.setString(3, r.cardId());
        ps.setInt(4, r.rating());
        ps.setString(5, r.answer());
        ps.setInt(6, r.correct() ? 1 : 0);
        ps.setString(7, r.verdict());
        ps.setLong(8, r.responseMs());
        ps.setLong(9, r.reviewedAt().toEpochMilli());
        ps.setString(10, r.before() == null ? null : r.before().label());
        ps.setString(11, a.state().label());
        setDouble(ps, 12, a.stability());
        setDouble(ps, 13, a.difficulty());
        ps.setLong(14, a.due().toEpochMilli());
        if (r.elapsedDays() == null) {
          ps.setNull(15, Types.INTEGER);
        } else {
          ps.setLong(15, r.elapsedDays());
        }
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      boolean lapse = r.rating() == 1 && r.before() == CardState.REVIEW;
      upsertCard(r.profileId(), r.cardId(), r.after(), 1, lapse ? 1 : 0, r.meta());
      return id;
    });
  }

  /**
   * Takes back review {@code reviewId}: deletes its log row and restores the card to
   * {@code previous} (or removes the card when it was new), in one transaction.
   */
  public void undoReview(long profileId, long reviewId, String cardId, StoredCard previous)
      throws StoreException {
    inTransaction(() -> {
      try (PreparedStatement ps = conn.prepareStatement(
          "DELETE FROM review_log WHERE id = ? AND profile_id = ?")) {
        ps.setLong(1, reviewId);
        ps.setLong(2, profileId);
        ps.executeUpdate();
      }
      if (previous == null) {
        try (PreparedStatement ps = conn.prepareStatement(
            "DELETE FROM cards WHERE profile_id = ? AND card_id = ?")) {
          ps.setLong(1, profileId);
          ps.setString(2, cardId);
          ps.executeUpdate();
        }
      } else {
        try (PreparedStatement ps = conn.prepareStatement(
            "UPDATE cards SET state=?, step=?, stability=?, difficulty=?, due=?, last_review=?, "
                + "reps=?, lapses=? WHERE profile_id=? AND card_id=?")) {
          Card c = previous.card();
          ps.setString(1, c.state().label());
          setInt(ps, 2, c.step());
          setDouble(ps, 3, c.stability());
          setDouble(ps, 4, c.difficulty());
          ps.setLong(5, c.due().toEpochMilli());
          setLong(ps, 6, c.lastReview() == null ? null : c.lastReview().toEpochMilli());
          ps.setInt(7, previous.reps());
          ps.setInt(8, previous.lapses());
          ps.setLong(9, profileId);
          ps.setString(10, cardId);
          ps.executeUpdate();
        }
      }
      return null;
    });
  }

  /** Work that runs inside one transaction. */
  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} as one IMMEDIATE transaction: committed when it returns, rolled back when
   * it throws. The result is returned only after the commit, so nothing is confirmed early.
   */
  private <T> T inTransaction(SqlWork<T> work) throws StoreException {
    verify();
    try {
      conn.setAutoCommit(false);
      try {
        T result = work.run();
        conn.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  private void upsertCard(long profileId, String cardId, Card c, int addReps, int addLapses,
      ReviewRecord.CardMeta meta) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO cards(profile_id, card_id, state, step, stability, difficulty, due, "
            + "last_review, reps, lapses, source, lang, kind, sentence) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(profile_id, card_id) DO UPDATE SET "
            + "state=excluded.state, step=excluded.step, stability=excluded.stability, "
            + "difficulty=excluded.difficulty, due=excluded.due, last_review=excluded.last_review, "
            + "reps=cards.reps+excluded.reps, lapses=cards.lapses+excluded.lapses, "
            + "source=coalesce(excluded.source, cards.source), lang=coalesce(excluded.lang, cards.lang), "
            + "kind=coalesce(excluded.kind, cards.kind), sentence=coalesce(excluded.sentence, cards.sentence)")) {
      ps.setLong(1, profileId);
      ps.setString(2, cardId);
      ps.setString(3, c.state().label());
      setInt(ps, 4, c.step());
      setDouble(ps, 5, c.stability());
      setDouble(ps, 6, c.difficulty());
      ps.setLong(7, c.due().toEpochMilli());
      setLong(ps, 8, c.lastReview() == null ? null : c.lastReview().toEpochMilli());
      ps.setInt(9, addReps);
      ps.setInt(10, addLapses);
      ps.setString(11, meta == null ? null : meta.source());
      ps.setString(12, meta == null ? null : meta.lang());
      ps.setString(13, meta == null ? null : meta.kind());
      ps.setString(14, meta == null ? null : meta.sentence());
      ps.executeUpdate();
    }
  }

  /** A profile's settings as stored (absent keys take their defaults in the caller). */
  public Map<String, String> settings(long profileId) throws StoreException {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT key, value FROM settings WHERE profile_id = ? ORDER BY key")) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
    return out;
  }

  public void putSetting(long profileId, String key, String value) throws StoreException {
    verify();
    try (PreparedStatement ps = conn.prepareStatement(
        "INSERT INTO settings(profile_id, key, value) VALUES (?,?,?) "
            + "ON CONFLICT(profile_id, key) DO UPDATE SET value = excluded.value")) {
      ps.setLong(1, profileId);
      ps.setString(2, key);
      ps.setString(3, value);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  /** Writes several settings of a profile in one transaction (all or none). */
  public void putSettings(long profileId, Map<String, String> values) throws StoreException {
    inTransaction(() -> {
      try (PreparedStatement ps = conn.prepareStatement(
          "INSERT INTO settings(profile_id, key, value) VALUES (?,?,?) "
              + "ON CONFLICT(profile_id, key) DO UPDATE SET value = excluded.value")) {
        for (Map.Entry<String, String> e : values.entrySet()) {
          ps.setLong(1, profileId);
          ps.setString(2, e.getKey());
          ps.setString(3, e.getValue());
          ps.executeUpdate();
        }
      }
      return null;
    });
  }

  /** The FSRS weights fitted to a profile's log by {@code factdrill optimize}, if any. */
  public Optional<FittedParameters> fittedParameters(long profileId) throws StoreException {
    try {
      return FsrsParametersTable.find(conn, profileId);
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  /** Stores (replaces) a profile's fitted FSRS weights. */
  public void saveFittedParameters(long profileId, FittedParameters p) throws StoreException {
    inTransaction(() -> {
      FsrsParametersTable.save(conn, profileId, p);
      return null;
    });
  }

  /** A profile's review log as (card, time, rating), oldest first: the optimizer's input. */
  public java.util.List<LoggedReview> reviewLog(long profileId)
      throws StoreException {
    try {
      return FsrsParametersTable.reviewLog(conn, profileId);
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  /** Reviews and new cards answered by a profile since {@code from}. */
  public DayCounts countsSince(long profileId, Instant from) throws StoreException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT count(*), coalesce(sum(state_before IS NULL), 0) FROM review_log "
            + "WHERE profile_id = ? AND reviewed_at >= ?")) {
      ps.setLong(1, profileId);
      ps.setLong(2, from.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new DayCounts(rs.getInt(1), rs.getInt(2));
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  /** Counts of answers and of first answers (new cards) in a period. */
  public record DayCounts(int reviews, int newCards) {}

  /** Number of review_log rows of a profile (all time). */
  public long reviewCount(long profileId) throws StoreException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT count(*) FROM review_log WHERE profile_id = ?")) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  public Optional<StoredCard> card(long profileId, String cardId) throws StoreException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT card_id, state, step, stability, difficulty, due, last_review, reps, lapses, "
            + "source, lang, kind FROM cards WHERE profile_id = ? AND card_id = ?")) {
      ps.setLong(1, profileId);
      ps.setString(2, cardId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(readCard(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  /**
   * The cards of a profile due before {@code before} (all states), through the {@code cards_queue}
   * index: what a session may show today, without reading the rest of the collection.
   */
  public java.util.List<StoredCard> dueBefore(long profileId, Instant before) throws StoreException {
    java.util.List<StoredCard> out = new java.util.ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT card_id, state, step, stability, difficulty, due, last_review, reps, lapses, "
            + "source, lang, kind FROM cards WHERE profile_id = ? AND due < ? ORDER BY due")) {
      ps.setLong(1, profileId);
      ps.setLong(2, before.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readCard(rs));
        }
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
    return out;
  }

  /** What the queue needs to know of a due card; the full row is read when it is shown. */
  public record DueCard(String cardId, CardState state, Instant due, Double stability,
      Instant lastReview) {}

  private static final char FIELD = '\u001e';
  private static final char RECORD = '\u001f';

  /**
   * The cards of a profile due before {@code before}, with just what ordering the queue needs.
   * Answered from the covering index {@code cards_queue} and fetched as one concatenated string:
   * with the SQLite driver, reading 10,000 rows column by column costs several times more than
   * the query itself. Stability is SQLite's 15-digit text form: good for ordering; the exact
   * value comes from {@link #card} when the card is shown.
   */
  public java.util.List<DueCard> dueForQueue(long profileId, Instant before)
      throws StoreException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT count(*), group_concat(card_id || char(30) || state || char(30) || due "
            + "|| char(30) || ifnull(stability, '') || char(30) || ifnull(last_review, ''), "
            + "char(31)) FROM cards WHERE profile_id = ? AND due < ?")) {
      ps.setLong(1, profileId);
      ps.setLong(2, before.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int count = rs.getInt(1);
        String all = rs.getString(2);
        java.util.List<DueCard> out = new java.util.ArrayList<>(count);
        if (count == 0) {
          return out;
        }
        for (String rec : split(all, RECORD)) {
          java.util.List<String> f = split(rec, FIELD);
          if (f.size() != 5) {
            return dueForQueueByRows(profileId, before); // an id with a separator in it
          }
          out.add(new DueCard(f.get(0), CardState.parse(f.get(1)),
              Instant.ofEpochMilli(Long.parseLong(f.get(2))),
              f.get(3).isEmpty() ? null : Double.valueOf(f.get(3)),
              f.get(4).isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(f.get(4)))));
        }
        return out.size() == count ? out : dueForQueueByRows(profileId, before);
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  private java.util.List<DueCard> dueForQueueByRows(long profileId, Instant before)
      throws StoreException {
    java.util.List<DueCard> out = new java.util.ArrayList<>();
    for (StoredCard sc : dueBefore(profileId, before)) {
      Card c = sc.card();
      out.add(new DueCard(sc.cardId(), c.state(), c.due(), c.stability(), c.lastReview()));
    }
    return out;
  }

  private static java.util.List<String> split(String s, char sep) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int from = 0;
    for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, from)) {
      out.add(s.substring(from, i));
      from = i + 1;
    }
    out.add(s.substring(from));
    return out;
  }

  /** The ids of every card a profile has answered at least once (to tell new cards apart). */
  public java.util.Set<String> cardIds(long profileId) throws StoreException {
    // One concatenated string instead of 100,000 driver round trips (see dueForQueue).
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT count(*), group_concat(card_id, char(31)) FROM cards WHERE profile_id = ?")) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int count = rs.getInt(1);
        if (count == 0) {
          return new java.util.HashSet<>();
        }
        java.util.List<String> ids = split(rs.getString(2), RECORD);
        if (ids.size() == count) {
          return new java.util.HashSet<>(ids);
        }
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT card_id FROM cards WHERE profile_id = ?")) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
    return out;
  }

  /**
   * What a profile did since {@code from}: all answers, first answers of new cards, and answers
   * to cards that were in Review (what the daily review limit counts). Reads only today's rows
   * through the {@code review_log_profile_time} index.
   */
  public Tally tallySince(long profileId, Instant from) throws StoreException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT count(*), coalesce(sum(state_before IS NULL), 0), "
            + "coalesce(sum(state_before = 'Review'), 0) FROM review_log "
            + "WHERE profile_id = ? AND reviewed_at >= ?")) {
      ps.setLong(1, profileId);
      ps.setLong(2, from.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Tally(rs.getInt(1), rs.getInt(2), rs.getInt(3));
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  /** Answers in a period: all of them, first answers of new cards, answers to Review cards. */
  public record Tally(int answers, int newCards, int reviewCards) {}

  /** One profile with how much it has done, for {@code factdrill profile}. */
  public record ProfileSummary(String name, long cards, long reviews, Instant lastReview,
      Instant created) {}

  /** Every profile, by name, with its card and review counts. */
  public java.util.List<ProfileSummary> profiles() throws StoreException {
    java.util.List<ProfileSummary> out = new java.util.ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT p.name, (SELECT count(*) FROM cards c WHERE c.profile_id = p.id), "
            + "(SELECT count(*) FROM review_log r WHERE r.profile_id = p.id), "
            + "(SELECT max(reviewed_at) FROM review_log r WHERE r.profile_id = p.id), "
            + "p.created_at FROM profiles p ORDER BY p.name")) {
      while (rs.next()) {
        Instant last = rs.getObject(4) == null ? null : Instant.ofEpochMilli(rs.getLong(4));
        out.add(new ProfileSummary(rs.getString(1), rs.getLong(2), rs.getLong(3), last,
            Instant.ofEpochMilli(rs.getLong(5))));
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
    return out;
  }

  /** The profile named {@code name} if it exists (never creates one). */
  public Optional<Profile> findProfile(String name) throws StoreException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM profiles WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Profile(rs.getLong(1), name)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }

  private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.REAL);
    } else {
      ps.setDouble(i, v);
    }
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setLong(i, v);
    }
  }

  @Override
  public void close() throws StoreException {
    try {
      conn.close();
    } catch (SQLException e) {
      throw describe(path, e);
    }
  }
}
