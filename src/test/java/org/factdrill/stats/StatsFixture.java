package org.factdrill.stats;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.factdrill.store.Store;

/**
 * A small progress database with known answers, built in the test. Today is Friday 2026-03-20
 * in Asia/Jerusalem (UTC+2), 12:00 local. Expected figures are worked out by hand in
 * StatsCalculatorTest next to each assertion.
 *
 * <pre>
 * alice: 14 reviews on 8 local days (2025-12-01, 2026-01-01, 03-10, 03-11, 03-12, 03-15,
 *        03-19, 03-20); 5 cards c1..c5
 * bob:   3 reviews (03-01, 03-04); cards c1, c2
 * carol: a profile with no reviews
 * </pre>
 */
public final class StatsFixture {
  public static final ZoneId ZONE = ZoneId.of("Asia/Jerusalem");
  public static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZONE);

  private StatsFixture() {}

  /** Creates the fixture database at {@code db} (which must not exist). */
  public static void build(Path db) throws Exception {
    try (Store store = Store.open(db)) {
      long alice = store.profile("alice", Instant.parse("2025-11-30T00:00:00Z")).id();
      long bob = store.profile("bob", Instant.parse("2026-02-28T00:00:00Z")).id();
      store.profile("carol", Instant.parse("2026-03-01T00:00:00Z"));
      Connection c = org.factdrill.store.TestAccess.connection(store);
      // card, question, reviewed_at, rating, correct, response_ms, due_after, state_before
      review(c, alice, "c5", "q5", "2025-12-01T10:00:00Z", 3, 1, 5000, "2026-01-01T10:00:00Z", null);
      review(c, alice, "c1", "q1", "2026-01-01T08:00:00Z", 3, 1, 4000, "2026-01-26T08:00:00Z", null);
      review(c, alice, "c4", "q4", "2026-01-01T09:00:00Z", 4, 1, 3000, "2026-03-01T09:00:00Z", null);
      review(c, alice, "c2", "q2", "2026-03-10T08:00:00Z", 3, 1, 5000, "2026-03-11T08:00:00Z", null);
      review(c, alice, "c1", "q1", "2026-03-10T09:00:00Z", 2, 1, 6000, "2026-04-09T09:00:00Z", "Review");
      review(c, alice, "c2", "q2", "2026-03-11T08:00:00Z", 1, 0, 20000, "2026-03-11T08:10:00Z", "Review");
      review(c, alice, "c2", "q2", "2026-03-11T08:10:00Z", 3, 1, 3000, "2026-03-12T08:10:00Z", "Relearning");
      // 400 s: counted as the 300 s cap.
      review(c, alice, "c2", "q2", "2026-03-12T08:10:00Z", 3, 1, 400000, "2026-03-19T08:10:00Z", "Review");
      // 00:30 local on 2026-03-15 although the UTC date is 03-14.
      review(c, alice, "c3", "q3", "2026-03-14T22:30:00Z", 3, 1, 7000, "2026-03-19T22:30:00Z", null);
      review(c, alice, "c5", "q5", "2026-03-15T10:00:00Z", 1, 0, 15000, "2026-03-15T10:10:00Z", "Review");
      review(c, alice, "c5", "q5", "2026-03-15T10:10:00Z", 3, 1, 4000, "2026-03-22T09:00:00Z", "Relearning");
      review(c, alice, "c2", "q2", "2026-03-19T08:10:00Z", 1, 0, 9000, "2026-03-19T08:20:00Z", "Review");
      review(c, alice, "c3", "q3", "2026-03-19T23:00:00Z", 1, 0, 8000, "2026-03-19T23:10:00Z", "Review");
      review(c, alice, "c4", "q4", "2026-03-20T06:00:00Z", 4, 1, 2000, "2026-04-29T06:00:00Z", "Review");

      review(c, bob, "c1", "q1", "2026-03-01T08:00:00Z", 3, 1, 5000, "2026-03-04T08:00:00Z", null);
      review(c, bob, "c1", "q1", "2026-03-04T08:00:00Z", 1, 0, 6000, "2026-03-04T08:10:00Z", "Review");
      review(c, bob, "c2", "q2", "2026-03-04T08:30:00Z", 1, 0, 7000, "2026-03-04T08:40:00Z", null);

      card(c, alice, "c1", "Review", 30.0, 5.0, "2026-04-09T09:00:00Z", "2026-03-10T09:00:00Z", 2, 0,
          "a.txt", "en", "date", "The base near Gyumri was handed over in 1995.");
      card(c, alice, "c2", "Relearning", 10.0, 7.5, "2026-03-19T08:20:00Z", "2026-03-19T08:10:00Z", 5, 2,
          "a.txt", "en", "number", "Russia kept 23,000 troops at its 102nd base.");
      card(c, alice, "c3", "Relearning", 2.0, 9.2, "2026-03-19T23:10:00Z", "2026-03-19T23:00:00Z", 2, 1,
          "b.txt", "he", "date", "הנסיגה הושלמה בשנת 1993.");
      card(c, alice, "c4", "Review", 100.0, 2.5, "2026-04-29T06:00:00Z", "2026-03-20T06:00:00Z", 2, 0,
          null, "vi", "money", "Mỹ viện trợ 100 triệu đô la trong năm 2018–2019.");
      card(c, alice, "c5", "Review", 0.5, 6.3, "2026-03-22T09:00:00Z", "2026-03-15T10:10:00Z", 3, 1,
          "b.txt", "en", "date", "A ceasefire was signed in May 1994.");
      card(c, bob, "c1", "Relearning", 1.5, 8.0, "2026-03-04T08:10:00Z", "2026-03-04T08:00:00Z", 2, 1,
          "a.txt", "en", "date", "The base near Gyumri was handed over in 1995.");
      card(c, bob, "c2", "Learning", 0.3, 9.0, "2026-03-04T08:40:00Z", "2026-03-04T08:30:00Z", 1, 0,
          "a.txt", "en", "number", null);
    }
  }

  /** Inserts a review; elapsed_days is the whole days since the card's previous review. */
  static void review(Connection c, long profile, String card, String question, String at,
      int rating, int correct, long ms, String dueAfter, String before) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO review_log(profile_id, question_id, card_id, rating, answer, correct, verdict, "
            + "response_ms, reviewed_at, state_before, state_after, stability, difficulty, "
            + "due_after, elapsed_days) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setLong(1, profile);
      ps.setString(2, question);
      ps.setString(3, card);
      ps.setInt(4, rating);
      ps.setString(5, rating == 1 ? "\"1990\", I think" : "1995");
      ps.setInt(6, correct);
      ps.setString(7, correct == 1 ? "correct" : "wrong");
      ps.setLong(8, ms);
      ps.setLong(9, Instant.parse(at).toEpochMilli());
      ps.setString(10, before);
      ps.setString(11, rating == 1 ? "Relearning" : "Review");
      ps.setDouble(12, 5.0);
      ps.setDouble(13, 5.0);
      ps.setLong(14, Instant.parse(dueAfter).toEpochMilli());
      Instant t = Instant.parse(at);
      Instant prev = null;
      try (PreparedStatement q = c.prepareStatement(
          "SELECT max(reviewed_at) FROM review_log WHERE profile_id = ? AND card_id = ?")) {
        q.setLong(1, profile);
        q.setString(2, card);
        try (java.sql.ResultSet rs = q.executeQuery()) {
          if (rs.next() && rs.getObject(1) != null) {
            prev = Instant.ofEpochMilli(rs.getLong(1));
          }
        }
      }
      if (prev == null || before == null) {
        ps.setObject(15, null);
      } else {
        ps.setLong(15, java.time.Duration.between(prev, t).toDays());
      }
      ps.executeUpdate();
    }
  }

  static void card(Connection c, long profile, String card, String state, double s, double d,
      String due, String last, int reps, int lapses, String source, String lang, String kind,
      String sentence) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO cards(profile_id, card_id, state, step, stability, difficulty, due, "
            + "last_review, reps, lapses, source, lang, kind, sentence) "
            + "VALUES (?,?,?,NULL,?,?,?,?,?,?,?,?,?,?)")) {
      ps.setLong(1, profile);
      ps.setString(2, card);
      ps.setString(3, state);
      ps.setDouble(4, s);
      ps.setDouble(5, d);
      ps.setLong(6, Instant.parse(due).toEpochMilli());
      ps.setLong(7, Instant.parse(last).toEpochMilli());
      ps.setInt(8, reps);
      ps.setInt(9, lapses);
      ps.setString(10, source);
      ps.setString(11, lang);
      ps.setString(12, kind);
      ps.setString(13, sentence);
      ps.executeUpdate();
    }
  }
}
