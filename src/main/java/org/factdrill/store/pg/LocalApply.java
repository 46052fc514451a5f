package org.factdrill.store.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;

/** Writes one pulled page into the local SQLite database, in one local transaction. */
final class LocalApply {
  private LocalApply() {}

  /**
   * Inserts the pulled reviews (a UUID already here is skipped), takes each server card whose
   * latest review is newer than the local one, recounts reps and lapses from the local log, and
   * moves the pull watermark to {@code upto}: all or nothing. Returns the cards changed.
   */
  static int apply(Connection lc, long profileId, String key, List<Object[]> reviews,
      Collection<Object[]> cards, long upto) throws SQLException {
    lc.setAutoCommit(false);
    try {
      long maxBefore = maxId(lc, profileId);
      long pushedUpto;
      try (PreparedStatement ps = lc.prepareStatement("SELECT pushed_upto FROM sync_state "
          + "WHERE server = ? AND profile_id = ?")) {
        ps.setString(1, key);
        ps.setLong(2, profileId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          pushedUpto = rs.getLong(1);
        }
      }
      try (PreparedStatement ps = lc.prepareStatement("INSERT OR IGNORE INTO review_log("
          + "profile_id, uuid, question_id, card_id, rating, answer, correct, verdict, "
          + "response_ms, reviewed_at, state_before, state_after, stability, difficulty, "
          + "due_after, elapsed_days) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (Object[] r : reviews) {
          ps.setLong(1, profileId);
          for (int i = 0; i < 15; i++) {
            Object v = r[i];
            if (i == 5) {
              ps.setInt(7, Boolean.TRUE.equals(v) ? 1 : 0);
            } else if (v == null) {
              ps.setNull(i + 2, Types.NULL);
            } else if (v instanceof Number n && !(v instanceof Double)) {
              ps.setLong(i + 2, n.longValue());
            } else {
              ps.setObject(i + 2, v);
            }
          }
          ps.executeUpdate();
        }
      }
      int changed = 0;
      try (PreparedStatement up = lc.prepareStatement("INSERT INTO cards(profile_id, card_id, "
          + "state, step, stability, difficulty, due, last_review, reps, lapses, source, lang, "
          + "kind, sentence) VALUES (?,?,?,?,?,?,?,?,0,0,?,?,?,?) ON CONFLICT(profile_id, card_id) "
          + "DO UPDATE SET state = excluded.state, step = excluded.step, "
          + "stability = excluded.stability, difficulty = excluded.difficulty, "
          + "due = excluded.due, last_review = excluded.last_review, "
          + "source = coalesce(cards.source, excluded.source), "
          + "lang = coalesce(cards.lang, excluded.lang), kind = coalesce(cards.kind, excluded.kind), "
          + "sentence = coalesce(cards.sentence, excluded.sentence) "
          + "WHERE cards.last_review IS NULL OR excluded.last_review > cards.last_review");
          PreparedStatement count = lc.prepareStatement("UPDATE cards SET "
              + "reps = (SELECT count(*) FROM review_log r WHERE r.profile_id = cards.profile_id "
              + "AND r.card_id = cards.card_id), lapses = (SELECT count(*) FROM review_log r "
              + "WHERE r.profile_id = cards.profile_id AND r.card_id = cards.card_id AND "
              + "r.rating = 1 AND r.state_before = 'Review') WHERE profile_id = ? AND card_id = ?")) {
        for (Object[] c : cards) {
          up.setLong(1, profileId);
          up.setString(2, (String) c[0]);
          up.setString(3, (String) c[1]);
          setNullable(up, 4, c[2]);
          setNullable(up, 5, c[3]);
          setNullable(up, 6, c[4]);
          up.setLong(7, ((Number) c[5]).longValue());
          setNullable(up, 8, c[6]);
          for (int i = 9; i <= 12; i++) {
            setNullable(up, i, c[i]);
          }
          changed += up.executeUpdate();
          count.setLong(1, profileId);
          count.setString(2, (String) c[0]);
          count.executeUpdate();
        }
      }
      // What came from the server need not go back: when everything local had been pushed
      // before these rows arrived, the push watermark moves past them.
      long maxAfter = maxId(lc, profileId);
      try (PreparedStatement ps = lc.prepareStatement("UPDATE sync_state SET pulled_upto = ?, "
          + "pushed_upto = ? WHERE server = ? AND profile_id = ?")) {
        ps.setLong(1, upto);
        ps.setLong(2, pushedUpto >= maxBefore ? maxAfter : pushedUpto);
        ps.setString(3, key);
        ps.setLong(4, profileId);
        ps.executeUpdate();
      }
      lc.commit();
      return changed;
    } catch (SQLException | RuntimeException e) {
      ClassAdmin.rollback(lc);
      throw e;
    } finally {
      ClassAdmin.autoCommit(lc);
    }
  }

  private static long maxId(Connection lc, long profileId) throws SQLException {
    try (PreparedStatement ps = lc.prepareStatement(
        "SELECT coalesce(max(id), 0) FROM review_log WHERE profile_id = ?")) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void setNullable(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.NULL);
    } else if (v instanceof Number n && !(v instanceof Double)) {
      ps.setLong(i, n.longValue());
    } else {
      ps.setObject(i, v);
    }
  }
}
