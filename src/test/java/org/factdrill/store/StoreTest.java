package org.factdrill.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest extends StoreContract {
  @Override
  Store open(String name) throws Exception {
    return Store.open(dir.resolve(name));
  }

  @Override
  void assertSound(Store s) throws Exception {
    assertEquals("ok", pragma(TestAccess.connection(s), "integrity_check"));
  }


  @TempDir
  Path dir;

  private static Set<String> listing(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  private static String pragma(Connection c, String p) throws Exception {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + p)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void aNewDatabaseIsOwnerOnlyInWalModeWithForeignKeysAndTheLatestSchema() throws Exception {
    Path db = dir.resolve("sub/progress.db");
    try (Store s = Store.open(db)) {
      assertEquals("wal", pragma(org.factdrill.store.TestAccess.connection(s), "journal_mode"));
      assertEquals("1", pragma(org.factdrill.store.TestAccess.connection(s), "foreign_keys"));
      assertEquals(String.valueOf(Migrations.latest()), pragma(org.factdrill.store.TestAccess.connection(s), "user_version"));
      assertTrue(Integer.parseInt(pragma(org.factdrill.store.TestAccess.connection(s), "busy_timeout")) >= 5000);
    }
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
    // Reopening an existing database migrates nothing and keeps its data.
    try (Store s = Store.open(db)) {
      Profile p = s.profile("ana", T0);
      s.recordReview(answer(p, "c1", Rating.GOOD, T0, null));
    }
    try (Store s = Store.open(db)) {
      assertEquals(1, s.reviewCount(s.profile("ana", T0).id()));
    }
  }

  @Test
  void foreignKeysRejectALogRowOfAnUnknownProfile() throws Exception {
    try (Store s = Store.open(dir.resolve("p.db"))) {
      Profile ghost = new Profile(999, "ghost");
      assertThrows(StoreException.class,
          () -> s.recordReview(answer(ghost, "c1", Rating.GOOD, T0, null)));
      assertEquals(0, s.reviewCount(999));
    }
  }

  @Test
  void aFileThatIsNotSqliteIsRefusedAndLeftByteIdentical() throws Exception {
    Path f = dir.resolve("notes.db");
    byte[] content = "these are my notes, not a database\n".getBytes(StandardCharsets.UTF_8);
    Files.write(f, content);
    Set<String> before = listing(dir);
    StoreException e = assertThrows(StoreException.class, () -> Store.open(f));
    assertTrue(e.getMessage().contains("not a factdrill database"), e.getMessage());
    assertTrue(e.getMessage().contains("not changed"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    assertArrayEquals(content, Files.readAllBytes(f));
    assertEquals(before, listing(dir), "no -wal/-shm/journal files left behind");
  }

  @Test
  void aShortFileWithoutTheFullHeaderIsRefusedToo() throws Exception {
    Path f = dir.resolve("short.db");
    Files.write(f, new byte[] {'S', 'Q', 'L'});
    assertThrows(StoreException.class, () -> Store.open(f));
    assertArrayEquals(new byte[] {'S', 'Q', 'L'}, Files.readAllBytes(f));
  }

  private Path populated(String name, int reviews) throws Exception {
    Path db = dir.resolve(name);
    try (Store s = Store.open(db)) {
      Profile p = s.profile("ana", T0);
      for (int i = 0; i < reviews; i++) {
        s.recordReview(answer(p, "card-" + i, Rating.GOOD, T0.plusSeconds(i), null));
      }
    }
    // Closing the last connection checkpoints the WAL into the main file.
    assertFalse(Files.exists(dir.resolve(name + "-wal")) && Files.size(dir.resolve(name + "-wal")) > 0);
    return db;
  }

  @Test
  void aTruncatedDatabaseIsRefusedAsDamagedAndLeftByteIdentical() throws Exception {
    Path full = populated("full.db", 400);
    byte[] all = Files.readAllBytes(full);
    assertTrue(all.length > 3 * 4096, "several pages: " + all.length);
    for (int cut : new int[] {100, 4096, all.length / 2, all.length - 4096}) {
      Path f = dir.resolve("cut-" + cut + ".db");
      byte[] part = java.util.Arrays.copyOf(all, cut);
      Files.write(f, part);
      Set<String> before = listing(dir);
      StoreException e = assertThrows(StoreException.class, () -> Store.open(f), "cut " + cut);
      assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
      assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("not a factdrill"),
          e.getMessage());
      assertArrayEquals(part, Files.readAllBytes(f), "cut " + cut);
      assertEquals(before, listing(dir), "cut " + cut);
    }
  }

  @Test
  void aDamagedDatabaseOpenedWithTheCheckInBackgroundRefusesEveryWriteAndStaysByteIdentical()
      throws Exception {
    Path full = populated("full2.db", 400);
    byte[] all = Files.readAllBytes(full);
    // Garbage over one page in the middle (the file keeps its size), and a truncated file.
    for (int cut : new int[] {-1, all.length - 4096}) {
      Path f = dir.resolve("bg-cut-" + cut + ".db");
      byte[] part = cut < 0 ? all.clone() : java.util.Arrays.copyOf(all, cut);
      if (cut < 0) {
        int page = (all.length / 4096 / 2) * 4096;
        java.util.Arrays.fill(part, page, page + 4096, (byte) 0x55);
      }
      Files.write(f, part);
      Set<String> before = listing(dir);
      StoreException refused;
      try (Store s = Store.openDeferringCheck(f)) {
        refused = assertThrows(StoreException.class, s::verify, "cut " + cut);
        assertThrows(StoreException.class, () -> s.profile("new-learner", T0));
        assertThrows(StoreException.class, () -> s.putSetting(1, "k", "v"));
        assertThrows(StoreException.class,
            () -> s.recordReview(answer(new Profile(1, "ana"), "c", Rating.GOOD, T0, null)));
      } catch (StoreException atOpen) {
        refused = atOpen; // damage that shows already while opening is refused there
      }
      assertTrue(refused.getMessage().startsWith(f + ": ") && refused.getMessage()
          .contains("damaged"), refused.getMessage());
      assertArrayEquals(part, Files.readAllBytes(f), "cut " + cut);
      assertEquals(before, listing(dir), "cut " + cut);
    }
  }

  @Test
  void openingWhileAnotherConnectionHoldsAnExclusiveLockWaitsInsteadOfFailing() throws Exception {
    Path db = populated("locked.db", 3);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement()) {
      st.execute("PRAGMA journal_mode = DELETE"); // as a file another tool or version left
    }
    try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      holder.setAutoCommit(false);
      try (Statement st = holder.createStatement()) {
        st.execute("INSERT INTO settings(profile_id, key, value) VALUES (1, 'x', 'y')");
      }
      try (Statement st = holder.createStatement()) {
        st.execute("PRAGMA locking_mode = EXCLUSIVE");
      }
      Thread release = new Thread(() -> {
        try {
          Thread.sleep(600);
          holder.commit();
          holder.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      release.start();
      try (Store s = Store.open(db)) {
        assertEquals(3, s.reviewCount(s.profile("ana", T0).id()));
      }
      release.join();
    }
  }

  @Test
  void aSoundDatabaseOpenedWithTheCheckInBackgroundWorksAsUsual() throws Exception {
    Path db = populated("sound.db", 5);
    try (Store s = Store.openDeferringCheck(db)) {
      s.verify();
      Profile ana = s.profile("ana", T0);
      Profile ben = s.profile("ben", T0);
      s.recordReview(answer(ben, "card-x", Rating.GOOD, T0, null));
      assertEquals(5, s.reviewCount(ana.id()));
      assertEquals(1, s.reviewCount(ben.id()));
    }
  }

  @Test
  void aDatabaseFromANewerVersionIsRefusedAndLeftByteIdentical() throws Exception {
    Path db = populated("newer.db", 3);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement()) {
      st.execute("PRAGMA journal_mode = DELETE");
      st.execute("PRAGMA user_version = " + (Migrations.latest() + 1));
    }
    byte[] bytes = Files.readAllBytes(db);
    Set<String> before = listing(dir);
    StoreException e = assertThrows(StoreException.class, () -> Store.open(db));
    assertTrue(e.getMessage().contains("newer factdrill"), e.getMessage());
    assertTrue(e.getMessage().contains("upgrade"), e.getMessage());
    assertArrayEquals(bytes, Files.readAllBytes(db));
    assertEquals(before, listing(dir));
  }

  @Test
  void aDirectoryIsRefusedWithAHint() {
    StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
    assertTrue(e.getMessage().contains("is a directory"));
  }

  @Test
  void aVersionOneDatabaseIsMigratedForwardKeepingItsAnswers() throws Exception {
    Path db = dir.resolve("v1.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Migrations.migrate(c, 0, 1);
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO profiles VALUES (1, 'ana', 0)");
        st.execute("INSERT INTO cards(profile_id, card_id, state, due) VALUES (1, 'c1', 'Review', 5)");
      }
      assertEquals("1", pragma(c, "user_version"));
    }
    try (Store s = Store.open(db)) {
      assertEquals(String.valueOf(Migrations.latest()), pragma(org.factdrill.store.TestAccess.connection(s), "user_version"));
      assertEquals(Set.of("c1"), s.cardIds(1));
      try (Statement st = org.factdrill.store.TestAccess.connection(s).createStatement();
           ResultSet rs = st.executeQuery(
               "SELECT group_concat(name) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cards'")) {
        rs.next();
        assertEquals("cards_queue,cards_suspended", rs.getString(1));
      }
    }
  }

  @Test
  void versionSevenCountsEachCardsPastFailuresAndSuspendsNothingOnItsOwn() throws Exception {
    Path db = dir.resolve("v6.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      Migrations.migrate(c, 0, 6);
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO profiles VALUES (1, 'ana', 0)");
        st.execute("INSERT INTO cards(profile_id, card_id, state, due) VALUES (1, 'c1', 'Review', 5)");
        st.execute("INSERT INTO cards(profile_id, card_id, state, due) VALUES (1, 'c2', 'Review', 5)");
        for (int i = 0; i < 9; i++) {
          st.execute("INSERT INTO review_log(profile_id, question_id, card_id, rating, correct,"
              + " reviewed_at, state_after, due_after) VALUES (1, 'q1', 'c1', " + (i == 4 ? 3 : 1)
              + ", 0, " + i + ", 'Relearning', 5)");
        }
      }
    }
    try (Store s = Store.open(db)) {
      assertEquals(String.valueOf(Migrations.latest()), pragma(TestAccess.connection(s),
          "user_version"));
      assertEquals(8, s.card(1, "c1").orElseThrow().fails());
      assertEquals(0, s.card(1, "c2").orElseThrow().fails());
      assertFalse(s.card(1, "c1").orElseThrow().suspended());
      assertEquals(List.of(), s.suspendedCards(1));
      assertEquals(2, s.dueForQueue(1, Instant.ofEpochMilli(10)).size());
    }
  }

  @Test
  void statisticsReadLeechesAndAnOlderFileReadsAsHavingNone() throws Exception {
    Path old = dir.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
      Migrations.migrate(c, 0, 6);
      try (Statement st = c.createStatement()) {
        st.execute("INSERT INTO profiles VALUES (1, 'ana', 0)");
      }
    }
    try (Database d = Database.openReadOnly(old)) {
      assertEquals(List.of(), ProgressQueries.of(d).leeches(null));
    }
    Path db = dir.resolve("new.db");
    try (Store s = Store.open(db)) {
      Profile p = s.profile("ana", T0);
      Card c = null;
      Instant t = T0;
      for (int i = 0; i < 3; i++) {
        s.recordReview(answer(p, "c1", Rating.AGAIN, t, c), 3);
        c = s.card(p.id(), "c1").orElseThrow().card();
        t = t.plus(Duration.ofMinutes(10));
      }
    }
    try (Database d = Database.openReadOnly(db)) {
      List<ProgressQueries.LeechRow> rows = ProgressQueries.of(d).leeches(null);
      assertEquals(1, rows.size());
      assertEquals("c1", rows.get(0).cardId());
      assertEquals(3, rows.get(0).fails());
      assertTrue(rows.get(0).suspended());
      assertEquals("In 1993 ...", rows.get(0).sentence());
    }
  }
}
