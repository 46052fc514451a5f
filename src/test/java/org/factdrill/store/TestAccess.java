package org.factdrill.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.factdrill.srs.ReviewEvent;

/** Raw SQL access for tests that build fixtures row by row (main code never gets a connection). */
public final class TestAccess {
  private TestAccess() {}

  /** The store's connection. */
  public static Connection connection(Store store) {
    return store.database().connection();
  }

  /**
   * A database whose profile {@code profile} answered as {@code log} says: one review_log row per
   * event (card "c-N", question "q-N"), written in one transaction, for optimizer tests.
   */
  public static void reviewLog(Path db, String profile, List<ReviewEvent> log) throws Exception {
    try (Store store = Store.open(db)) {
      Profile p = store.profile(profile, Instant.parse("2025-01-01T00:00:00Z"));
      Connection c = connection(store);
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_log(profile_id, "
          + "question_id, card_id, rating, correct, reviewed_at, state_after, due_after) "
          + "VALUES (?,?,?,?,?,?,'Review',?)")) {
        for (ReviewEvent e : log) {
          ps.setLong(1, p.id());
          ps.setString(2, "q-" + e.cardId());
          ps.setString(3, "c-" + e.cardId());
          ps.setInt(4, e.rating().value());
          ps.setInt(5, e.rating().value() > 1 ? 1 : 0);
          ps.setLong(6, e.at().toEpochMilli());
          ps.setLong(7, e.at().toEpochMilli());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
    }
  }

  /**
   * Writes each answer exactly as {@link Store#recordReview(ReviewRecord)} does (the log row, the
   * card, the triggers), all in one transaction: a fixture of many answers without a commit each.
   */
  public static void recordAll(Store store, List<ReviewRecord> answers) throws StoreException {
    store.database().inTransaction(c -> {
      for (ReviewRecord r : answers) {
        store.reviewLog().write(c, r, 0);
      }
      return null;
    });
  }
}
