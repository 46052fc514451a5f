package org.factdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-quarter-hour summary the statistics read always equals the review log it sums. */
class ReviewQuartersTest {
  @TempDir Path dir;

  private static String summed(Statement st, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return String.join("\n", rows);
  }

  // The buckets, the time cap and "recalled" as Metrics defines them (the migration's frozen SQL
  // must agree: see migrationBucketsAreTheMetricsBuckets).
  private static final String FROM_LOG = "SELECT profile_id || ' ' || (reviewed_at / 900000) || ' ' "
      + "|| (" + Metrics.bucketSql() + ") || ' ' || count(*) || ' ' || sum(correct) "
      + "|| ' ' || sum(min(response_ms, " + Metrics.MAX_RESPONSE_MS + ")) || ' ' || sum("
      + Metrics.RECALLED_SQL + ") FROM review_log GROUP BY profile_id, reviewed_at / 900000, "
      + Metrics.bucketSql() + " ORDER BY 1";
  private static final String FROM_SUMMARY = "SELECT profile_id || ' ' || quarter || ' ' || bucket "
      + "|| ' ' || answers || ' ' || correct || ' ' || time_ms || ' ' || passed "
      + "FROM review_quarters ORDER BY 1";

  @Test
  void answersAndUndoKeepTheSummaryEqualToTheLog() throws Exception {
    try (Store s = Store.open(dir.resolve("p.db"))) {
      Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
      long ana = s.profile("ana", t0).id();
      long ben = s.profile("ben", t0).id();
      long[] elapsed = {-1, 0, 3, 30, 400};
      long last = 0;
      for (int i = 0; i < 40; i++) {
        Instant at = t0.plusSeconds(i * 421L);
        Card after = new Card(CardState.REVIEW, null, 3.0, 5.0, at.plusSeconds(86_400), at);
        long e = elapsed[i % elapsed.length];
        last = s.recordReview(new ReviewRecord(i % 3 == 0 ? ben : ana, "q" + i, "c" + (i % 7),
            1 + i % 4, "x", i % 2 == 0, "correct", i == 5 ? 900_000 : 1000 + i, at,
            e < 0 ? null : CardState.REVIEW, after, e < 0 ? null : e, null));
      }
      // The last answer (i = 39) was ben's; undo takes it back.
      s.undoReview(ben, last, "c" + (39 % 7), null);
      try (Statement st = org.factdrill.store.TestAccess.connection(s).createStatement()) {
        assertEquals(summed(st, FROM_LOG), summed(st, FROM_SUMMARY));
        assertEquals("26", summed(st, "SELECT sum(answers) FROM review_quarters WHERE profile_id = " + ana));
        assertEquals("13", summed(st, "SELECT sum(answers) FROM review_quarters WHERE profile_id = " + ben));
      }
    }
  }

  @Test
  void aRefusedAnswerLeavesNothingAndTheNextOneIsSaved() throws Exception {
    try (Store s = Store.open(dir.resolve("p.db"))) {
      Instant at = Instant.parse("2026-03-01T10:00:00Z");
      long ana = s.profile("ana", at).id();
      Card after = new Card(CardState.REVIEW, null, 3.0, 5.0, at.plusSeconds(86_400), at);
      // Rating 5 breaks review_log's CHECK: the answer is refused, nothing of it stays, and the
      // connection is back in autocommit, so the next answer is saved normally.
      org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> s.recordReview(
          new ReviewRecord(ana, "q1", "c1", 5, "x", true, "correct", 10, at, null, after, null,
              null)));
      s.recordReview(new ReviewRecord(ana, "q2", "c2", 3, "x", true, "correct", 10, at, null,
          after, null, null));
      try (Statement st = org.factdrill.store.TestAccess.connection(s).createStatement()) {
        assertEquals("q2", summed(st, "SELECT group_concat(question_id) FROM review_log"));
        assertEquals("c2", summed(st, "SELECT group_concat(card_id) FROM cards"));
        assertEquals("1", summed(st, "SELECT sum(answers) FROM review_quarters"));
      }
    }
  }

  @Test
  void migrationBucketsAreTheMetricsBuckets() throws Exception {
    try (Store s = Store.open(dir.resolve("b.db"))) {
      Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
      long ana = s.profile("ana", t0).id();
      List<Long> probes = new ArrayList<>();
      probes.add(null);
      for (int bound : Metrics.INTERVAL_BOUNDS) {
        probes.add((long) bound);
        if (bound > 0) {
          probes.add(bound - 1L);
        }
      }
      probes.add(10_000L);
      for (int i = 0; i < probes.size(); i++) {
        // One answer per quarter-hour, so each review_quarters row holds exactly one answer.
        Instant at = t0.plusSeconds(i * 900L);
        Card after = new Card(CardState.REVIEW, null, 3.0, 5.0, at.plusSeconds(86_400), at);
        Long e = probes.get(i);
        s.recordReview(new ReviewRecord(ana, "q" + i, "c" + i, 1 + i % 4, "x", true, "correct",
            1000, at, e == null ? null : CardState.REVIEW, after, e, null));
      }
      try (Statement st = org.factdrill.store.TestAccess.connection(s).createStatement()) {
        for (int i = 0; i < probes.size(); i++) {
          long quarter = t0.plusSeconds(i * 900L).toEpochMilli() / 900_000;
          assertEquals(String.valueOf(Metrics.bucket(probes.get(i))), summed(st,
              "SELECT bucket FROM review_quarters WHERE quarter = " + quarter),
              "elapsed days " + probes.get(i));
          assertEquals(String.valueOf(Metrics.recalled(1 + i % 4) ? 1 : 0), summed(st,
              "SELECT passed FROM review_quarters WHERE quarter = " + quarter));
        }
      }
    }
  }
}
