package org.factdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The local side of class sync: how far each profile has pushed to and pulled from each class
 * server ({@code sync_state}, migration 5), the reviews still to send with their cards' states,
 * and the writing of pulled reviews. Rows travel as arrays in the order of {@link #REVIEW_COLUMNS}
 * and {@link #CARD_COLUMNS}, the same names on both sides.
 */
public final class SyncLog {
  /** The review columns exchanged with the server, uuid first. */
  public static final String REVIEW_COLUMNS = "uuid, question_id, card_id, rating, answer, "
      + "correct, verdict, response_ms, reviewed_at, state_before, state_after, stability, "
      + "difficulty, due_after, elapsed_days";
  /** The card columns exchanged with the server, card_id first. */
  public static final String CARD_COLUMNS = "card_id, state, step, stability, difficulty, due, "
      + "last_review, reps, lapses, source, lang, kind, sentence";
  /** Index of {@code correct} in a review row (an integer here, a boolean on the server). */
  public static final int CORRECT = 5;

  private final Database db;

  public SyncLog(Store store) {
    this.db = store.database();
  }

  /** This database's sync position for one server and profile; {@code device} names this copy. */
  public record State(String device, long pushedUpto, long pulledUpto) {}

  /** The position, created (with a new device id) on the first sync with {@code server}. */
  public State state(String server, long profileId) throws StoreException {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO sync_state(server, "
          + "profile_id, device) VALUES (?, ?, ?)")) {
        ps.setString(1, server);
        ps.setLong(2, profileId);
        ps.setString(3, UUID.randomUUID().toString());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT device, pushed_upto, pulled_upto "
          + "FROM sync_state WHERE server = ? AND profile_id = ?")) {
        ps.setString(1, server);
        ps.setLong(2, profileId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return new State(rs.getString(1), rs.getLong(2), rs.getLong(3));
        }
      }
    });
  }

  /** Reviews to send, the last one's local id, and the current state of their cards. */
  public record Batch(long lastId, List<Object[]> reviews, List<Object[]> cards) {}

  /** Up to {@code limit} reviews of a profile after local id {@code afterId}, in order. */
  public Batch reviewsAfter(long profileId, long afterId, int limit) throws StoreException {
    Connection c = db.connection();
    List<Object[]> rows = new ArrayList<>();
    long last = afterId;
    try {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, " + REVIEW_COLUMNS
          + " FROM review_log WHERE profile_id = ? AND id > ? ORDER BY id LIMIT ?")) {
        ps.setLong(1, profileId);
        ps.setLong(2, afterId);
        ps.setInt(3, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            last = rs.getLong(1);
            rows.add(row(rs, 2, 15));
          }
        }
      }
      Set<String> ids = new LinkedHashSet<>();
      rows.forEach(r -> ids.add((String) r[2]));
      List<Object[]> cards = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + CARD_COLUMNS
          + " FROM cards WHERE profile_id = ? AND card_id = ?")) {
        for (String id : ids) {
          ps.setLong(1, profileId);
          ps.setString(2, id);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              cards.add(row(rs, 1, 13));
            }
          }
        }
      }
      return new Batch(last, rows, cards);
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  private static Object[] row(ResultSet rs, int first, int n) throws SQLException {
    Object[] r = new Object[n];
    for (int i = 0; i < n; i++) {
      r[i] = rs.getObject(first + i);
    }
    return r;
  }

  /** Notes that the server has committed everything up to local review id {@code upto}. */
  public void markPushed(String server, long profileId, long upto) throws StoreException {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET pushed_upto = ? "
          + "WHERE server = ? AND profile_id = ?")) {
        ps.setLong(1, upto);
        ps.setString(2, server);
        ps.setLong(3, profileId);
        ps.executeUpdate();
      }
      return null;
    });
  }

  /**
   * Writes one pulled page in one transaction: the reviews (a UUID already here is skipped), each
   * server card whose latest review is newer than the local one, reps and lapses recounted from
   * the local log, and the pull position {@code upto}. Returns the cards changed.
   */
  public int applyPulled(String server, long profileId, List<Object[]> reviews,
      Collection<Object[]> cards, long upto) throws StoreException {
    return applyPulled(server, profileId, reviews, cards, upto, 0);
  }

  /**
   * As {@link #applyPulled(String, long, List, Collection, long)}, and each touched card's
   * failures since it was last unsuspended recounted from the whole log (every device's answers,
   * not one device's counter): a card whose failures reach {@code leechThreshold} (0: never)
   * becomes a leech here, tagged at the moment of the failure that reached it, as it would have
   * been on one device that had seen every answer.
   */
  public int applyPulled(String server, long profileId, List<Object[]> reviews,
      Collection<Object[]> cards, long upto, int leechThreshold) throws StoreException {
    return db.inTransaction(c -> {
      long maxBefore = maxId(c, profileId);
      long pushedUpto;
      try (PreparedStatement ps = c.prepareStatement("SELECT pushed_upto FROM sync_state "
          + "WHERE server = ? AND profile_id = ?")) {
        ps.setString(1, server);
        ps.setLong(2, profileId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          pushedUpto = rs.getLong(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO review_log("
          + "profile_id, " + REVIEW_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (Object[] r : reviews) {
          ps.setLong(1, profileId);
          for (int i = 0; i < 15; i++) {
            if (i == CORRECT) {
              ps.setInt(i + 2, Boolean.TRUE.equals(r[i]) ? 1 : 0);
            } else {
              set(ps, i + 2, r[i]);
            }
          }
          ps.executeUpdate();
        }
      }
      int changed = 0;
      try (PreparedStatement up = c.prepareStatement("INSERT INTO cards(profile_id, card_id, "
          + "state, step, stability, difficulty, due, last_review, reps, lapses, source, lang, "
          + "kind, sentence) VALUES (?,?,?,?,?,?,?,?,0,0,?,?,?,?) ON CONFLICT(profile_id, card_id) "
          + "DO UPDATE SET state = excluded.state, step = excluded.step, "
          + "stability = excluded.stability, difficulty = excluded.difficulty, "
          + "due = excluded.due, last_review = excluded.last_review, "
          + "source = coalesce(cards.source, excluded.source), "
          + "lang = coalesce(cards.lang, excluded.lang), kind = coalesce(cards.kind, excluded.kind), "
          + "sentence = coalesce(cards.sentence, excluded.sentence) "
          + "WHERE cards.last_review IS NULL OR excluded.last_review > cards.last_review");
          PreparedStatement count = c.prepareStatement("UPDATE cards SET "
              + "reps = (SELECT count(*) FROM review_log r WHERE r.profile_id = cards.profile_id "
              + "AND r.card_id = cards.card_id), lapses = (SELECT count(*) FROM review_log r "
              + "WHERE r.profile_id = cards.profile_id AND r.card_id = cards.card_id AND "
              + "r.rating = 1 AND r.state_before = 'Review') WHERE profile_id = ? AND card_id = ?")) {
        for (Object[] k : cards) {
          up.setLong(1, profileId);
          for (int i = 0; i < 7; i++) {
            set(up, i + 2, k[i]);
          }
          for (int i = 9; i <= 12; i++) {
            set(up, i, k[i]);
          }
          changed += up.executeUpdate();
          count.setLong(1, profileId);
          count.setString(2, (String) k[0]);
          count.executeUpdate();
        }
      }
      Set<String> touched = new LinkedHashSet<>();
      reviews.forEach(r -> touched.add((String) r[2]));
      cards.forEach(k -> touched.add((String) k[0]));
      recountFails(c, profileId, touched, leechThreshold);
      // What came from the server need not go back: when everything local had been pushed
      // before these rows arrived, the push position moves past them.
      long maxAfter = maxId(c, profileId);
      try (PreparedStatement ps = c.prepareStatement("UPDATE sync_state SET pulled_upto = ?, "
          + "pushed_upto = ? WHERE server = ? AND profile_id = ?")) {
        ps.setLong(1, upto);
        ps.setLong(2, pushedUpto >= maxBefore ? maxAfter : pushedUpto);
        ps.setString(3, server);
        ps.setLong(4, profileId);
        ps.executeUpdate();
      }
      return changed;
    });
  }

  // INDEXED BY: with a bound on reviewed_at SQLite otherwise picks the (profile, time) index
  // and reads every answer of the profile for each card: a pull of 20,000 answers took 30 s.
  /** A card's failures since its last unsuspend, recounted from the log. */
  static final String RECOUNT_FAILS = "UPDATE cards SET fails = (SELECT count(*) "
      + "FROM review_log r INDEXED BY review_log_card WHERE r.profile_id = cards.profile_id "
      + "AND r.card_id = cards.card_id AND r.rating = 1 "
      + "AND r.reviewed_at > coalesce(cards.leech_at, -1)) "
      + "WHERE profile_id = ? AND card_id = ? AND suspended = 0";
  /** Tags a card as a leech at the failure that reached the threshold. */
  static final String TAG_LEECH = "UPDATE cards SET leech = 1, suspended = 1, "
      + "leech_at = (SELECT r.reviewed_at FROM review_log r INDEXED BY review_log_card "
      + "WHERE r.profile_id = cards.profile_id AND r.card_id = cards.card_id "
      + "AND r.rating = 1 AND r.reviewed_at > coalesce(cards.leech_at, -1) "
      + "ORDER BY r.reviewed_at, r.id LIMIT 1 OFFSET ?) "
      + "WHERE profile_id = ? AND card_id = ? AND suspended = 0 AND fails >= ?";

  /** Failures since the last unsuspend, from the log; a leech once they reach the threshold. */
  private static void recountFails(Connection c, long profileId, Set<String> ids, int threshold)
      throws SQLException {
    try (PreparedStatement fails = c.prepareStatement(RECOUNT_FAILS);
        PreparedStatement leech = c.prepareStatement(TAG_LEECH)) {
      for (String id : ids) {
        fails.setLong(1, profileId);
        fails.setString(2, id);
        fails.executeUpdate();
        if (threshold > 0) {
          leech.setInt(1, threshold - 1);
          leech.setLong(2, profileId);
          leech.setString(3, id);
          leech.setInt(4, threshold);
          leech.executeUpdate();
        }
      }
    }
  }

  private static long maxId(Connection c, long profileId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT coalesce(max(id), 0) FROM review_log WHERE profile_id = ?")) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void set(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.NULL);
    } else if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
      ps.setLong(i, n.longValue());
    } else {
      ps.setObject(i, v);
    }
  }
}
