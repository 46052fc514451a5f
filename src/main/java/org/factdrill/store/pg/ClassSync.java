package org.factdrill.store.pg;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.factdrill.store.Cards;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.store.SyncLog;

/**
 * Synchronises one local profile with its class on the server. Pushes the local review log
 * (and card states) in batches, each batch one server transaction; pulls this student's reviews
 * made on other devices, then the class's banks and settings.
 *
 * <p>Correctness rests on three facts. Every review has a UUID, and the server keeps one row per
 * UUID, so a batch sent twice (after a crash between the server's commit and the local note of
 * it) is stored once. The log is append-only; a card's state is the one after its latest review
 * by review time (last review wins, whichever device made it), and its reps and lapses are
 * counted from the log, so two devices converge whatever order they sync in. One student's
 * pushes are serialised by an advisory lock, so the server's sequence grows in commit order per
 * student and the pull watermark never skips a row.
 */
public final class ClassSync {
  private static final String REVIEW_COLUMNS = SyncLog.REVIEW_COLUMNS;
  private static final String CARD_COLUMNS = SyncLog.CARD_COLUMNS;
  private static final String[] REVIEW_TYPES = {"uuid", "text", "text", "int4", "text", "bool",
      "text", "int4", "int8", "text", "text", "float8", "float8", "int8", "int4"};

  private final ClassServer server;
  private final SyncLog local;
  private final Store store;
  private final long profileId;
  private final int batchSize;
  private final Consumer<String> progress;
  private final int leechThreshold;

  /** A sync that makes no leech from pulled answers (threshold 0). */
  public ClassSync(ClassServer server, Store local, long profileId, int batchSize,
      Consumer<String> progress) {
    this(server, local, profileId, batchSize, progress, 0);
  }

  /**
   * A sync; {@code leechThreshold} is the profile's setting: a card whose failures on all devices
   * together reach it becomes a leech when they meet here (0: never).
   */
  public ClassSync(ClassServer server, Store local, long profileId, int batchSize,
      Consumer<String> progress, int leechThreshold) {
    this.leechThreshold = leechThreshold;
    this.server = server;
    this.local = new SyncLog(local);
    this.store = local;
    this.profileId = profileId;
    this.batchSize = batchSize;
    this.progress = progress;
  }

  /** What one sync did. */
  public record Result(long pushed, long alreadyThere, int batches, long pulled, int cards,
      int leeches) {}

  /** Pushes then pulls the review log; returns the counts. */
  public Result run() throws StoreException {
    server.checkVersion();
    String key = server.url().host() + ":" + server.url().port() + "/" + server.url().database()
        + "/" + server.schema();
    Connection sc = server.connection();
    try {
      SyncLog.State st = local.state(key, profileId);
      long[] pushed = push(sc, key, st);
      long[] pulled = pull(sc, key, st);
      int leeches = server.version() >= 3 ? exchangeLeeches(sc) : 0;
      return new Result(pushed[0], pushed[1], (int) pushed[2], pulled[0], (int) pulled[1],
          leeches);
    } catch (SQLException e) {
      throw server.describe(e);
    } finally {
      ClassAdmin.autoCommit(sc);
    }
  }

  /** {stored, already there, batches}. */
  private long[] push(Connection sc, String key, SyncLog.State st)
      throws SQLException, StoreException {
    long upto = st.pushedUpto();
    long stored = 0;
    long dup = 0;
    int batches = 0;
    String s = server.schema();
    while (true) {
      SyncLog.Batch b = local.reviewsAfter(profileId, upto, batchSize);
      List<Object[]> rows = b.reviews();
      if (rows.isEmpty()) {
        return new long[] {stored, dup, batches};
      }
      sc.setAutoCommit(false);
      int n;
      try {
        try (PreparedStatement lock = sc.prepareStatement(
            "SELECT pg_advisory_xact_lock(hashtext(? || '/' || current_user))")) {
          lock.setString(1, s);
          lock.execute();
        }
        // One statement per batch: the rows travel as 15 arrays and the server unnests them;
        // the update count is exactly the rows that were not there yet.
        try (PreparedStatement ps = sc.prepareStatement("INSERT INTO " + s + ".review_log("
            + REVIEW_COLUMNS + ", origin) SELECT *, ?::uuid FROM unnest(?::uuid[], ?::text[], "
            + "?::text[], ?::int4[], ?::text[], ?::bool[], ?::text[], ?::int4[], ?::int8[], "
            + "?::text[], ?::text[], ?::float8[], ?::float8[], ?::int8[], ?::int4[]) "
            + "ON CONFLICT (uuid) DO NOTHING")) {
          ps.setString(1, st.device());
          for (int i = 0; i < 15; i++) {
            Object[] col = new Object[rows.size()];
            for (int j = 0; j < col.length; j++) {
              col[j] = column(REVIEW_TYPES[i], i, rows.get(j)[i]);
            }
            ps.setArray(i + 2, sc.createArrayOf(REVIEW_TYPES[i], col));
          }
          n = ps.executeUpdate();
        }
        upsertServerCards(sc, s, b.cards());
        sc.commit();
      } catch (SQLException e) {
        ClassAdmin.rollback(sc);
        throw e;
      }
      // Noted only after the server's commit: a crash in between sends this batch again, and
      // the UUIDs make the second copy a no-op.
      local.markPushed(key, profileId, b.lastId());
      upto = b.lastId();
      stored += n;
      dup += rows.size() - n;
      batches++;
      progress.accept("pushed batch " + batches + ": " + rows.size() + " reviews");
    }
  }

  private static Object column(String type, int index, Object v) {
    if (v == null) {
      return null;
    }
    if (index == SyncLog.CORRECT) {
      return ((Number) v).intValue() != 0;
    }
    switch (type) {
      case "int8":
        return ((Number) v).longValue();
      case "int4":
        return ((Number) v).intValue();
      case "float8":
        return ((Number) v).doubleValue();
      default:
        return v;
    }
  }

  private static void upsertServerCards(Connection sc, String s, List<Object[]> cards)
      throws SQLException {
    if (cards.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = sc.prepareStatement("INSERT INTO " + s + ".cards(" + CARD_COLUMNS
        + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (student, card_id) DO UPDATE SET "
        + "state = excluded.state, step = excluded.step, stability = excluded.stability, "
        + "difficulty = excluded.difficulty, due = excluded.due, "
        + "last_review = excluded.last_review, source = coalesce(excluded.source, cards.source), "
        + "lang = coalesce(excluded.lang, cards.lang), kind = coalesce(excluded.kind, cards.kind), "
        + "sentence = coalesce(excluded.sentence, cards.sentence) "
        + "WHERE cards.last_review IS NULL OR excluded.last_review >= cards.last_review")) {
      for (Object[] r : cards) {
        for (int i = 0; i < 13; i++) {
          if (r[i] == null) {
            ps.setNull(i + 1, Types.NULL);
          } else {
            ps.setObject(i + 1, r[i]);
          }
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
    // Counters from the log (every device's reviews), not from one device's card row.
    String[] ids = cards.stream().map(r -> (String) r[0]).toArray(String[]::new);
    Array arr = sc.createArrayOf("text", ids);
    try (PreparedStatement ps = sc.prepareStatement("UPDATE " + s + ".cards c SET reps = x.reps, "
        + "lapses = x.lapses FROM (SELECT card_id, count(*) AS reps, count(*) FILTER (WHERE "
        + "rating = 1 AND state_before = 'Review') AS lapses FROM " + s + ".review_log WHERE "
        + "student = current_user AND card_id = ANY(?) GROUP BY card_id) x "
        + "WHERE c.student = current_user AND c.card_id = x.card_id")) {
      ps.setArray(1, arr);
      ps.executeUpdate();
    }
  }

  /** {reviews pulled, cards updated}. */
  private long[] pull(Connection sc, String key, SyncLog.State st)
      throws SQLException, StoreException {
    String s = server.schema();
    long hi;
    try (Statement q = sc.createStatement(); ResultSet rs = q.executeQuery(
        "SELECT coalesce(max(seq), 0) FROM " + s + ".review_log WHERE student = current_user")) {
      rs.next();
      hi = rs.getLong(1);
    }
    long from = st.pulledUpto();
    long pulled = 0;
    int cardsUpdated = 0;
    while (from < hi) {
      List<Object[]> rows = new ArrayList<>();
      long last = hi;
      try (PreparedStatement ps = sc.prepareStatement("SELECT seq, " + REVIEW_COLUMNS.replace(
          "uuid,", "uuid::text,") + " FROM " + s + ".review_log WHERE student = current_user "
          + "AND seq > ? AND seq <= ? AND origin <> ?::uuid ORDER BY seq LIMIT ?")) {
        ps.setLong(1, from);
        ps.setLong(2, hi);
        ps.setString(3, st.device());
        ps.setInt(4, batchSize);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Object[] r = new Object[15];
            for (int i = 0; i < 15; i++) {
              r[i] = rs.getObject(i + 2);
            }
            rows.add(r);
            if (rows.size() == batchSize) {
              last = rs.getLong(1);
            }
          }
        }
      }
      Map<String, Object[]> cards = new LinkedHashMap<>();
      if (!rows.isEmpty()) {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add((String) r[2]));
        try (PreparedStatement ps = sc.prepareStatement("SELECT " + CARD_COLUMNS + " FROM " + s
            + ".cards WHERE student = current_user AND card_id = ANY(?)")) {
          ps.setArray(1, sc.createArrayOf("text", ids.toArray()));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              Object[] r = new Object[13];
              for (int i = 0; i < 13; i++) {
                r[i] = rs.getObject(i + 1);
              }
              cards.put((String) r[0], r);
            }
          }
        }
      }
      cardsUpdated += local.applyPulled(key, profileId, rows, cards.values(), last,
          leechThreshold);
      pulled += rows.size();
      from = last;
      if (!rows.isEmpty()) {
        progress.accept("pulled " + pulled + " reviews from other devices");
      }
    }
    return new long[] {pulled, cardsUpdated};
  }

  /**
   * Leech states both ways, after the reviews: an unsuspend makes no review, so the review log
   * cannot carry it. Each side keeps, per card, the state changed last ({@code leech_at}); a tie
   * keeps the server's. Leeches are few, so every card whose leech state ever changed is sent and
   * read each time. Returns the local cards changed.
   */
  private int exchangeLeeches(Connection sc) throws SQLException, StoreException {
    String s = server.schema();
    List<Cards.LeechState> mine = store.cards().leechChanges(profileId);
    if (!mine.isEmpty()) {
      sc.setAutoCommit(false);
      try (PreparedStatement ps = sc.prepareStatement("UPDATE " + s + ".cards c SET "
          + "fails = x.fails, leech = x.leech, suspended = x.suspended, leech_at = x.leech_at "
          + "FROM unnest(?::text[], ?::int4[], ?::int4[], ?::int4[], ?::int8[]) "
          + "AS x(card_id, fails, leech, suspended, leech_at) WHERE c.student = current_user "
          + "AND c.card_id = x.card_id AND coalesce(c.leech_at, -1) < x.leech_at")) {
        ps.setArray(1, sc.createArrayOf("text", mine.stream().map(Cards.LeechState::cardId)
            .toArray()));
        ps.setArray(2, sc.createArrayOf("int4", mine.stream().map(Cards.LeechState::fails)
            .toArray()));
        ps.setArray(3, sc.createArrayOf("int4", mine.stream().map(l -> l.leech() ? 1 : 0)
            .toArray()));
        ps.setArray(4, sc.createArrayOf("int4", mine.stream().map(l -> l.suspended() ? 1 : 0)
            .toArray()));
        ps.setArray(5, sc.createArrayOf("int8", mine.stream().map(Cards.LeechState::changedAt)
            .toArray()));
        ps.executeUpdate();
        sc.commit();
      } catch (SQLException e) {
        ClassAdmin.rollback(sc);
        throw e;
      }
    }
    List<Cards.LeechState> theirs = new ArrayList<>();
    try (Statement q = sc.createStatement(); ResultSet rs = q.executeQuery("SELECT card_id, "
        + "fails, leech, suspended, leech_at FROM " + s + ".cards WHERE student = current_user "
        + "AND leech_at IS NOT NULL")) {
      while (rs.next()) {
        theirs.add(new Cards.LeechState(rs.getString(1), rs.getInt(2), rs.getInt(3) != 0,
            rs.getInt(4) != 0, rs.getLong(5)));
      }
    }
    return theirs.isEmpty() ? 0 : store.cards().applyLeechStates(profileId, theirs);
  }

  /** The class's settings (key to value), for the caller to check and apply locally. */
  public Map<String, String> classSettings() throws StoreException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Statement q = server.connection().createStatement(); ResultSet rs = q.executeQuery(
        "SELECT key, value FROM " + server.schema() + ".settings ORDER BY key")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw server.describe(e);
    }
    return out;
  }

  /** A bank published to the class. */
  public record ClassBank(String name, String sha256, String content) {}

  /** The class's banks, names and SHA-256 only (content is fetched by {@link #bankContent}). */
  public List<ClassBank> bankIndex() throws StoreException {
    List<ClassBank> out = new ArrayList<>();
    try (Statement q = server.connection().createStatement(); ResultSet rs = q.executeQuery(
        "SELECT name, sha256 FROM " + server.schema() + ".banks ORDER BY name")) {
      while (rs.next()) {
        out.add(new ClassBank(rs.getString(1), rs.getString(2), null));
      }
    } catch (SQLException e) {
      throw server.describe(e);
    }
    return out;
  }

  /** One bank's JSON, or null when it is gone. */
  public String bankContent(String name) throws StoreException {
    try (PreparedStatement ps = server.connection().prepareStatement(
        "SELECT content FROM " + server.schema() + ".banks WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw server.describe(e);
    }
  }
}
