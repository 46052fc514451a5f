package org.factdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;

/**
 * The {@code review_log} table: one row per answer. An answer and its undo each write the log
 * row and the card's state ({@link Cards}) in one transaction.
 */
public final class ReviewLog {
  private final Database db;
  private final Cards cards;
  private final Statements sql;

  ReviewLog(Database db, Cards cards) {
    this.db = db;
    this.cards = cards;
    this.sql = db.statements("review_log");
  }

  /** Answers in a period: all of them, first answers of new cards, answers to Review cards. */
  public record Tally(int answers, int newCards, int reviewCards) {}

  /** One answer of a card's history, newest first in {@link #history}. */
  public record Entry(Instant at, String questionId, int rating, String answer,
      boolean correct, String stateBefore, String stateAfter, Instant dueAfter) {}

  /**
   * Writes one answer: the review_log row and the card's new state, in one transaction. Returns
   * the new review's id only after the commit.
   */
  public long record(ReviewRecord r) throws StoreException {
    return record(r, 0).reviewId();
  }

  /** What {@link #record(ReviewRecord, int)} saved: the review's id, and whether it made a leech. */
  public record Recorded(long reviewId, boolean leech) {}

  /**
   * Writes one answer as {@link #record(ReviewRecord)} does and, in the same transaction, tags
   * the card a leech and suspends it once it has been failed {@code leechThreshold} times since
   * it was last unsuspended (0: never). Returns only after the commit.
   */
  public Recorded record(ReviewRecord r, int leechThreshold) throws StoreException {
    return db.inTransaction(c -> write(c, r, leechThreshold));
  }

  /**
   * {@link #record(ReviewRecord, int)}'s writes on {@code c}, inside a transaction the caller
   * holds (tests' fixtures write many answers in one).
   */
  Recorded write(Connection c, ReviewRecord r, int leechThreshold) throws SQLException {
    long id;
    try (PreparedStatement ps = c.prepareStatement(sql.get("insert"),
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
      Cards.setDouble(ps, 12, a.stability());
      Cards.setDouble(ps, 13, a.difficulty());
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
    cards.upsert(c, r.profileId(), r.cardId(), r.after(), 1, lapse ? 1 : 0,
        r.rating() == 1 ? 1 : 0, r.meta());
    boolean leech = r.rating() == 1
        && cards.suspendIfLeech(c, r.profileId(), r.cardId(), leechThreshold,
            r.reviewedAt());
    return new Recorded(id, leech);
  }

  /**
   * Takes back review {@code reviewId}: deletes its log row and restores the card to
   * {@code previous} (or removes the card when it was new), in one transaction.
   */
  public void undo(long profileId, long reviewId, String cardId, StoredCard previous)
      throws StoreException {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql.get("delete"))) {
        ps.setLong(1, reviewId);
        ps.setLong(2, profileId);
        ps.executeUpdate();
      }
      cards.restore(c, profileId, cardId, previous);
      return null;
    });
  }

  /**
   * What a profile did since {@code from}: all answers, first answers of new cards, and answers
   * to cards that were in Review (what the daily review limit counts). Reads only that period's
   * rows through the {@code review_log_profile_time} index.
   */
  public Tally tallySince(long profileId, Instant from) throws StoreException {
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("tally_since"))) {
      ps.setLong(1, profileId);
      ps.setLong(2, from.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new Tally(rs.getInt(1), rs.getInt(2), rs.getInt(3));
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  /** The cards a profile answered since {@code from} (today's cards, for burying siblings). */
  public java.util.Set<String> cardsSince(long profileId, Instant from) throws StoreException {
    return cards("cards_since", profileId, from);
  }

  /** The cards a profile answered Again since {@code from} (custom study of failed cards). */
  public java.util.Set<String> failedSince(long profileId, Instant from) throws StoreException {
    return cards("failed_since", profileId, from);
  }

  private java.util.Set<String> cards(String query, long profileId, Instant from)
      throws StoreException {
    java.util.Set<String> out = new java.util.HashSet<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get(query))) {
      ps.setLong(1, profileId);
      ps.setLong(2, from.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /** Number of answers of a profile (all time). */
  public long count(long profileId) throws StoreException {
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("count"))) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  /** A card's answers by a profile, newest first (at most {@code limit}). */
  public List<Entry> history(long profileId, String cardId, int limit) throws StoreException {
    List<Entry> out = new ArrayList<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("history"))) {
      ps.setLong(1, profileId);
      ps.setString(2, cardId);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Entry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getInt(3),
              rs.getString(4), rs.getInt(5) == 1, rs.getString(6), rs.getString(7),
              Instant.ofEpochMilli(rs.getLong(8))));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /** A profile's whole log as (card, time, rating), oldest first: the optimizer's input. */
  public List<LoggedReview> answers(long profileId) throws StoreException {
    List<LoggedReview> out = new ArrayList<>();
    try (PreparedStatement ps = db.connection().prepareStatement(sql.get("answers"))) {
      ps.setLong(1, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new LoggedReview(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
              rs.getInt(3)));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }
}
