package org.factdrill.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recounting a pulled card's failures reads that card's answers only (the card index), not every
 * answer of the profile after a time (which made a pull quadratic in the log's size). Checked on
 * SQLite's own query plan over a migrated database.
 */
class PulledRecountPlanTest {
  @TempDir
  Path dir;

  private static String plan(Connection c, String sql) throws Exception {
    StringBuilder b = new StringBuilder();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql.replace("?", "1"))) {
      while (rs.next()) {
        b.append(rs.getString("detail")).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void theRecountAndTheLeechTagSearchTheCardsAnswersByTheCardIndex() throws Exception {
    Path db = dir.resolve("p.db");
    try (Store s = Store.open(db)) {
      s.profile("ana", Instant.EPOCH);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      for (String sql : new String[] {SyncLog.RECOUNT_FAILS, SyncLog.TAG_LEECH}) {
        String p = plan(c, sql);
        assertTrue(p.contains("review_log_card"), p);
        assertFalse(p.contains("review_log_stats") || p.contains("review_log_profile_time"), p);
      }
    }
  }
}
