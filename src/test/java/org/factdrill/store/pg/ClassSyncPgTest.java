package org.factdrill.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdrill.srs.Card;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.factdrill.store.Profile;
import org.factdrill.store.ReviewRecord;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.store.StoredCard;
import org.factdrill.store.TestAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync, roles and row-level security on a real PostgreSQL server. */
public class ClassSyncPgTest {
  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
  private static final FsrsScheduler FSRS = new FsrsScheduler(FsrsParameters.defaults());
  private static PgTestServer pg;
  private static String cls;

  @TempDir
  Path dir;

  @BeforeAll
  static void server() throws Exception {
    pg = PgTestServer.fresh("sync");
    cls = "c_" + pg.prefix;
    pg.initClass(cls).close();
  }

  private static ClassAdmin.Added addStudent(String login) throws Exception {
    try (ClassServer s = ClassServer.connect(pg.admin(), cls)) {
      return new ClassAdmin(s, new SecureRandom()).addStudent(login, "Student " + login);
    }
  }

  /**
   * Answers {@code n} cards (c0..) once each at T0 + offset minutes, with the real scheduler. The
   * answers are written as the program writes each one, but in one transaction (a fixture: the
   * commits are not what the sync tests check); each card is answered once, so every card's state
   * before is read before any is written.
   */
  static void study(Store store, Profile p, int n, int offsetMin, Rating r) throws StoreException {
    List<ReviewRecord> answers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String card = "c" + i;
      Instant at = T0.plusSeconds(60L * (offsetMin + i));
      StoredCard prev = store.card(p.id(), card).orElse(null);
      Card before = prev == null ? Card.newCard(at) : prev.card();
      Card after = FSRS.review(before, r, at);
      answers.add(new ReviewRecord(p.id(), card + "-q", card, r.value(), "x",
          r != Rating.AGAIN, "ok", 900, at, prev == null ? null : before.state(), after, null,
          new ReviewRecord.CardMeta("a.txt", "en", "date", "Sentence " + card)));
    }
    TestAccess.recordAll(store, answers);
  }

  /** Answers {@code n} cards once each, a minute apart, an hour before 2026-05-03T10:00Z. */
  public static void studyForTests(Store store, Profile p, int n, Rating r) throws StoreException {
    study(store, p, n, 2 * 24 * 60 - 60, r);
  }

  /**
   * {@code n} answers over 1,000 cards, each written as the program writes an answer, all in one
   * transaction (fixture for speed).
   */
  public static void studyMany(Store store, Profile p, int n) throws StoreException {
    Card[] cards = new Card[1000];
    List<ReviewRecord> answers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int k = i % cards.length;
      Instant at = T0.plusSeconds(60L * i);
      Card before = cards[k] == null ? Card.newCard(at) : cards[k];
      Rating r = i % 7 == 0 ? Rating.AGAIN : Rating.GOOD;
      Card after = FSRS.review(before, r, at);
      answers.add(new ReviewRecord(p.id(), "c" + k + "-q", "c" + k, r.value(), "x",
          r != Rating.AGAIN, "ok", 900, at, cards[k] == null ? null : before.state(), after, null,
          new ReviewRecord.CardMeta("a.txt", "en", "date", "Sentence " + k)));
      cards[k] = after;
    }
    TestAccess.recordAll(store, answers);
  }

  private static ClassSync.Result sync(Store store, Profile p, String login, String pw)
      throws StoreException {
    try (ClassServer s = ClassServer.connect(pg.as(login, pw), null)) {
      return new ClassSync(s, store, p.id(), 7, m -> { }).run();
    }
  }

  static long count(String sql) throws SQLException {
    return count(pg, sql);
  }

  static long count(PgTestServer server, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(server.admin().jdbcUrl(),
        server.admin().properties());
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void syncTwiceStoresEachReviewOnceAndTwoDevicesConverge() throws Exception {
    String login = pg.prefix + "_ana";
    ClassAdmin.Added ana = addStudent(login);
    assertTrue(ana.created());
    assertEquals(16, ana.password().length());
    try (Store laptop = Store.open(dir.resolve("laptop.db"));
        Store phone = Store.open(dir.resolve("phone.db"))) {
      Profile pl = laptop.profile("ana", T0);
      Profile pp = phone.profile("ana", T0);
      study(laptop, pl, 20, 0, Rating.GOOD);
      study(phone, pp, 5, 100, Rating.AGAIN); // c0..c4 again, later, on the phone
      ClassSync.Result first = sync(laptop, pl, login, ana.password());
      assertEquals(20, first.pushed());
      assertEquals(3, first.batches()); // 7 + 7 + 6
      ClassSync.Result again = sync(laptop, pl, login, ana.password());
      assertEquals(0, again.pushed());
      assertEquals(0, again.pulled());
      ClassSync.Result ph = sync(phone, pp, login, ana.password());
      assertEquals(5, ph.pushed());
      assertEquals(20, ph.pulled());
      ClassSync.Result back = sync(laptop, pl, login, ana.password());
      assertEquals(5, back.pulled());
      assertEquals(25, count("SELECT count(*) FROM " + cls + ".review_log WHERE student = '"
          + login + "'"));
      assertEquals(25, laptop.reviewCount(pl.id()));
      assertEquals(25, phone.reviewCount(pp.id()));
      // Last review wins: c0 was answered Again later on the phone; both devices agree.
      for (Store st : new Store[] {laptop, phone}) {
        Profile p = st == laptop ? pl : pp;
        StoredCard c0 = st.card(p.id(), "c0").orElseThrow();
        assertEquals(T0.plusSeconds(6000), c0.card().lastReview());
        assertEquals(2, c0.reps());
        StoredCard c10 = st.card(p.id(), "c10").orElseThrow();
        assertEquals(1, c10.reps());
      }
      assertEquals(2, count("SELECT reps FROM " + cls + ".cards WHERE card_id = 'c0' AND "
          + "student = '" + login + "'"));
    }
  }

  /** Fails card c0 {@code n} times, a minute apart from T0 + offset, leeches at {@code threshold}. */
  private static void fail(Store store, Profile p, int n, int offsetMin, int threshold)
      throws StoreException {
    for (int i = 0; i < n; i++) {
      Instant at = T0.plusSeconds(60L * (offsetMin + i));
      StoredCard prev = store.card(p.id(), "c0").orElse(null);
      Card before = prev == null ? Card.newCard(at) : prev.card();
      Card after = FSRS.review(before, Rating.AGAIN, at);
      store.recordReview(new ReviewRecord(p.id(), "c0-q", "c0", 1, "x", false, "wrong", 900, at,
          prev == null ? null : before.state(), after, null,
          new ReviewRecord.CardMeta("a.txt", "en", "date", "Sentence c0")), threshold);
    }
  }

  @Test
  void leechTagAndSuspensionTravelBetweenDevicesBothWays() throws Exception {
    String login = pg.prefix + "_lee";
    ClassAdmin.Added lee = addStudent(login);
    try (Store laptop = Store.open(dir.resolve("laptop.db"));
        Store phone = Store.open(dir.resolve("phone.db"))) {
      Profile pl = laptop.profile("lee", T0);
      Profile pp = phone.profile("lee", T0);
      fail(laptop, pl, 3, 0, 3); // a leech on the laptop: tagged and suspended
      assertTrue(laptop.card(pl.id(), "c0").orElseThrow().suspended());
      sync(laptop, pl, login, lee.password());
      assertEquals(1, count("SELECT suspended FROM " + cls + ".cards WHERE card_id = 'c0' AND "
          + "student = '" + login + "'"));
      ClassSync.Result ph = sync(phone, pp, login, lee.password());
      assertEquals(1, ph.leeches());
      StoredCard onPhone = phone.card(pp.id(), "c0").orElseThrow();
      assertTrue(onPhone.leech() && onPhone.suspended(), "the phone holds the leech out too");
      assertEquals(3, onPhone.fails());
      assertEquals(List.of("c0"), phone.suspendedCards(pp.id()));
      // Unsuspended on the phone a day later (no review): the laptop learns it at its next sync.
      assertTrue(phone.unsuspend(pp.id(), "c0", T0.plusSeconds(86_400)));
      sync(phone, pp, login, lee.password());
      assertEquals(0, count("SELECT suspended FROM " + cls + ".cards WHERE card_id = 'c0' AND "
          + "student = '" + login + "'"));
      ClassSync.Result back = sync(laptop, pl, login, lee.password());
      assertEquals(1, back.leeches());
      StoredCard onLaptop = laptop.card(pl.id(), "c0").orElseThrow();
      assertFalse(onLaptop.suspended(), "unsuspended on the phone, so on the laptop too");
      assertTrue(onLaptop.leech(), "the tag stays");
      assertEquals(0, onLaptop.fails());
      assertEquals(List.of(), laptop.suspendedCards(pl.id()));
      // Nothing new: a second sync changes nothing; an older state never overwrites a newer one.
      assertEquals(0, sync(laptop, pl, login, lee.password()).leeches());
      assertEquals(0, sync(phone, pp, login, lee.password()).leeches());
      assertFalse(phone.card(pp.id(), "c0").orElseThrow().suspended());
    }
  }

  /**
   * Lapses card c0 {@code n} times from T0 + offset minutes: each time put into review (Easy or
   * Good) and then failed (Again), with the real scheduler and the leech threshold 8.
   */
  private static void lapse(Store store, Profile p, int n, int offsetMin) throws StoreException {
    int minute = offsetMin;
    for (int i = 0; i < n; i++) {
      for (Rating r : new Rating[] {null, Rating.AGAIN}) {
        Instant at = T0.plusSeconds(60L * minute++);
        StoredCard prev = store.card(p.id(), "c0").orElse(null);
        Card before = prev == null ? Card.newCard(at) : prev.card();
        Rating rating = r != null ? r : prev == null ? Rating.EASY : Rating.GOOD;
        if (r == null && prev != null && before.state() == org.factdrill.srs.CardState.REVIEW) {
          continue; // already in review: the next answer is the lapse
        }
        Card after = FSRS.review(before, rating, at);
        store.recordReview(new ReviewRecord(p.id(), "c0-q", "c0", rating.value(), "x",
            rating != Rating.AGAIN, "ok", 900, at, prev == null ? null : before.state(), after,
            null, new ReviewRecord.CardMeta("a.txt", "en", "date", "Sentence c0")), 8);
      }
    }
  }

  private static ClassSync.Result sync(Store store, Profile p, String login, String pw,
      int leechThreshold) throws StoreException {
    try (ClassServer s = ClassServer.connect(pg.as(login, pw), null)) {
      return new ClassSync(s, store, p.id(), 7, m -> { }, leechThreshold).run();
    }
  }

  @Test
  void lapsesOnTwoDevicesAddUpToALeechOnBoth() throws Exception {
    String login = pg.prefix + "_split";
    ClassAdmin.Added st = addStudent(login);
    try (Store laptop = Store.open(dir.resolve("laptop.db"));
        Store phone = Store.open(dir.resolve("phone.db"))) {
      Profile pl = laptop.profile("kim", T0);
      Profile pp = phone.profile("kim", T0);
      lapse(laptop, pl, 4, 0); // four lapses on the laptop in the morning
      lapse(phone, pp, 4, 600); // four more on the phone in the afternoon
      StoredCard l0 = laptop.card(pl.id(), "c0").orElseThrow();
      assertEquals(4, l0.lapses());
      assertFalse(l0.leech() || l0.suspended(), "4 of 8 on one device: not yet a leech");
      sync(laptop, pl, login, st.password(), 8);
      sync(phone, pp, login, st.password(), 8);
      StoredCard p0 = phone.card(pp.id(), "c0").orElseThrow();
      assertEquals(8, p0.lapses(), "the sum of both devices' lapses, not the larger counter");
      assertEquals(8, p0.fails());
      assertTrue(p0.leech() && p0.suspended(), "8 lapses in all: a leech on the phone");
      assertEquals(List.of("c0"), phone.suspendedCards(pp.id()));
      assertEquals(8, count("SELECT lapses FROM " + cls + ".cards WHERE card_id = 'c0' AND "
          + "student = '" + login + "'"));
      assertEquals(1, count("SELECT suspended FROM " + cls + ".cards WHERE card_id = 'c0' AND "
          + "student = '" + login + "'"), "the server holds the leech");
      sync(laptop, pl, login, st.password(), 8);
      StoredCard back = laptop.card(pl.id(), "c0").orElseThrow();
      assertEquals(8, back.lapses());
      assertTrue(back.leech() && back.suspended(), "and on the laptop after its next sync");
      assertEquals(List.of("c0"), laptop.suspendedCards(pl.id()));
      // Both tagged at the moment of the eighth failure (the phone's last), so neither overwrites
      // the other again.
      assertEquals(0, sync(phone, pp, login, st.password(), 8).leeches());
      assertEquals(0, sync(laptop, pl, login, st.password(), 8).leeches());
    }
  }

  @Test
  void rowLevelSecurityKeepsStudentsToTheirOwnRows() throws Exception {
    String a = pg.prefix + "_rls_a";
    String b = pg.prefix + "_rls_b";
    ClassAdmin.Added aa = addStudent(a);
    ClassAdmin.Added bb = addStudent(b);
    try (Store s = Store.open(dir.resolve("a.db"))) {
      Profile p = s.profile("a", T0);
      study(s, p, 3, 0, Rating.GOOD);
      sync(s, p, a, aa.password());
    }
    PgUrl asB = pg.as(b, bb.password());
    try (Connection c = DriverManager.getConnection(asB.jdbcUrl(), asB.properties());
        Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + cls + ".review_log")) {
        rs.next();
        assertEquals(0, rs.getLong(1), "b sees none of a's reviews");
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + cls + ".cards")) {
        rs.next();
        assertEquals(0, rs.getLong(1));
      }
      SQLException forged = assertThrows(SQLException.class, () -> st.execute("INSERT INTO "
          + cls + ".review_log(uuid, student, origin, question_id, card_id, rating, correct, "
          + "reviewed_at, state_after, due_after) VALUES (gen_random_uuid(), '" + a + "', "
          + "gen_random_uuid(), 'q', 'c', 3, true, 0, 'Review', 0)"));
      assertEquals("42501", forged.getSQLState(), "row-level security refuses the insert");
      SQLException del = assertThrows(SQLException.class,
          () -> st.execute("DELETE FROM " + cls + ".review_log"));
      assertEquals("42501", del.getSQLState(), "the log is append-only for students");
      // The class's banks and settings are readable.
      st.executeQuery("SELECT count(*) FROM " + cls + ".banks").close();
    }
    assertEquals(3, count("SELECT count(*) FROM " + cls + ".review_log WHERE student = '" + a
        + "'"), "the instructor sees everything");
  }

  @Test
  void wrongPasswordAndServerDownAreOneLineWithoutThePassword() throws Exception {
    String login = pg.prefix + "_pw";
    addStudent(login);
    StoreException wrong = assertThrows(StoreException.class,
        () -> ClassServer.connect(pg.as(login, "not-the-Secret-9"), null));
    assertTrue(wrong.getMessage().contains("password authentication failed"), wrong.getMessage());
    assertFalse(wrong.getMessage().contains("not-the-Secret-9"));
    assertFalse(wrong.getMessage().contains("\n"));
    PgUrl down = PgUrl.parse("postgresql://x:hunter22@127.0.0.1:1/db", Map.of(), null, "x");
    StoreException refused = assertThrows(StoreException.class,
        () -> ClassServer.connect(down, null));
    assertTrue(refused.getMessage().contains("cannot reach the class server at 127.0.0.1:1"),
        refused.getMessage());
    assertFalse(refused.getMessage().contains("hunter22"));
  }

  @Test
  void banksAndSettingsArePublishedAndPulled() throws Exception {
    String login = pg.prefix + "_banks";
    ClassAdmin.Added st = addStudent(login);
    try (ClassServer s = ClassServer.connect(pg.admin(), cls)) {
      ClassAdmin admin = new ClassAdmin(s, new SecureRandom());
      assertTrue(admin.publishBank("week1", "{\"questions\":[]}"));
      assertFalse(admin.publishBank("week1", "{\"questions\":[]}"), "unchanged: no write");
      admin.putSettings(Map.of("new_per_day", "7"));
    }
    try (ClassServer s = ClassServer.connect(pg.as(login, st.password()), null);
        Store store = Store.open(dir.resolve("b.db"))) {
      ClassSync sync = new ClassSync(s, store, store.profile("x", T0).id(), 100, m -> { });
      assertEquals(Map.of("new_per_day", "7"), sync.classSettings());
      var banks = sync.bankIndex();
      assertEquals(1, banks.size());
      assertEquals(ClassAdmin.sha256("{\"questions\":[]}"), banks.get(0).sha256());
      assertEquals("{\"questions\":[]}", sync.bankContent("week1"));
      assertNull(sync.bankContent("week2"));
    }
  }
}
