package org.factdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdrill.srs.Card;
import org.factdrill.srs.Rating;
import org.factdrill.store.pg.PgTestServer;
import org.factdrill.store.pg.PgUrl;
import org.junit.jupiter.api.Test;

/**
 * {@link StoreContract} on a real PostgreSQL server (a fresh database per store name), plus what
 * is PostgreSQL's own: schema_version, migrating an old schema forward, refusing a newer one,
 * review_quarters kept by its trigger, the read-only open. Skipped when FACTDRILL_TEST_PG is unset.
 */
class PgStoreTest extends StoreContract {
  private final Map<String, PgTestServer> servers = new HashMap<>();

  private PgUrl url(String name) throws Exception {
    PgTestServer s = servers.get(name);
    if (s == null) {
      s = PgTestServer.fresh("st");
      servers.put(name, s);
    }
    return s.admin();
  }

  @Override
  Store open(String name) throws Exception {
    return Store.open(url(name));
  }

  @Override
  void assertSound(Store s) throws Exception {
    try (Statement st = TestAccess.connection(s).createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT uuid), "
             + "(SELECT coalesce(sum(answers), 0) FROM review_quarters) FROM review_log")) {
      rs.next();
      assertEquals(rs.getLong(1), rs.getLong(2), "every review has its own uuid");
      assertEquals(rs.getLong(1), rs.getLong(3), "review_quarters sums the log");
    }
  }

  private static long one(Connection c, String sql) throws Exception {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aNewDatabaseGetsEveryMigrationRecordedInSchemaVersion() throws Exception {
    try (Store s = open("new")) {
      assertEquals(Dialect.POSTGRESQL, s.database().dialect());
      Connection c = TestAccess.connection(s);
      assertEquals(Migrations.latest(), one(c, "SELECT version FROM schema_version"));
      assertEquals(1, one(c, "SELECT count(*) FROM schema_version"));
      assertEquals(1, one(c, "SELECT count(*) FROM pg_indexes WHERE tablename = 'cards'"
          + " AND indexname = 'cards_queue'"));
      assertEquals(0, one(c, "SELECT count(*) FROM pg_indexes WHERE indexname = 'cards_due'"));
      assertFalse(s.database().where().contains(PgTestServer.class.getName()));
    }
    try (Store again = open("new")) {
      assertEquals(1, one(TestAccess.connection(again), "SELECT count(*) FROM schema_version"));
    }
  }

  @Test
  void aVersionOneDatabaseIsMigratedForwardKeepingItsAnswers() throws Exception {
    PgUrl u = url("v1");
    try (Connection c = DriverManager.getConnection(u.jdbcUrl(), u.properties())) {
      Migrations.migrate(c, Dialect.POSTGRESQL, 0, 1);
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO profiles(name, created_at) VALUES ('ana', 0)");
        st.execute("INSERT INTO cards(profile_id, card_id, state, due) VALUES (1, 'c1', 'Review', 5)");
        st.execute("INSERT INTO review_log(profile_id, question_id, card_id, rating, correct, "
            + "reviewed_at, state_after, due_after, elapsed_days) VALUES (1, 'q', 'c1', 3, 1, "
            + "1000, 'Review', 5, 8)");
      }
      assertEquals(1, one(c, "SELECT version FROM schema_version"));
    }
    try (Store s = open("v1")) {
      Connection c = TestAccess.connection(s);
      assertEquals(Migrations.latest(), one(c, "SELECT version FROM schema_version"));
      assertEquals(List.of("c1"), List.copyOf(s.cardIds(1)));
      assertEquals(1, one(c, "SELECT count(*) FROM review_log WHERE uuid ~ '^[0-9a-f-]{36}$'"));
      assertEquals(1, one(c, "SELECT answers FROM review_quarters WHERE bucket = 2"));
      assertEquals(1, s.reviewCount(1));
    }
  }

  @Test
  void aDatabaseFromANewerVersionIsRefusedAndNotChanged() throws Exception {
    try (Store s = open("newer")) {
      try (Statement st = TestAccess.connection(s).createStatement()) {
        st.execute("UPDATE schema_version SET version = " + (Migrations.latest() + 1));
      }
    }
    StoreException e = assertThrows(StoreException.class, () -> open("newer"));
    assertTrue(e.getMessage().contains("newer factdrill"), e.getMessage());
    assertThrows(StoreException.class, () -> Database.openServer(url("newer"), true));
  }

  @Test
  void statisticsReadWithoutCreatingAnythingAndSeeTheAnswers() throws Exception {
    try (Database empty = Database.openServer(url("ro"), true)) {
      assertTrue(empty.isEmpty());
    }
    PgUrl u = url("ro");
    try (Connection c = DriverManager.getConnection(u.jdbcUrl(), u.properties())) {
      assertEquals(0, one(c, "SELECT count(*) FROM information_schema.tables "
          + "WHERE table_schema = current_schema()"), "a read-only look creates no table");
    }
    Instant t;
    try (Store s = open("ro")) {
      Profile p = s.profile("ana", T0);
      s.recordReview(answer(p, "c1", Rating.GOOD, T0, null));
      long undone = s.recordReview(answer(p, "c2", Rating.AGAIN, T0.plusSeconds(10), null));
      s.undoReview(p.id(), undone, "c2", null);
      Card review = new Card(org.factdrill.srs.CardState.REVIEW, null, 5.0, 5.0, T0,
          T0.minusSeconds(86400 * 8));
      s.recordReview(answer(p, "c3", Rating.HARD, T0.plusSeconds(20), review));
      assertSound(s);
      t = T0;
    }
    try (Database ro = Database.openServer(url("ro"), true)) {
      assertTrue(ro.isReadOnly());
      ProgressQueries q = ProgressQueries.of(ro);
      assertEquals(Map.of(1L, "ana"), q.profilesById());
      List<ProgressQueries.DayTotals> days = q.dailyTotals(List.of(1L), ZoneOffset.UTC);
      assertEquals(2, days.stream().mapToLong(ProgressQueries.DayTotals::answers).sum());
      assertEquals(1.0, q.retention(1, t), 1e-9);
      assertEquals(2, q.due(1, T0.plusSeconds(365L * 86400), T0.plusSeconds(365L * 86400))
          .dueNow());
      assertThrows(StoreException.class, () -> ro.inTransaction(c -> {
        try (Statement st = c.createStatement()) {
          st.execute("DELETE FROM review_log");
        }
        return null;
      }), "a read-only look cannot write");
    }
  }
}
