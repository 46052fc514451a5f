package org.factdrill.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factdrill.srs.Rating;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many students syncing at once, and sync throughput, on a real server. Figures are printed
 * (reported, not asserted): correctness is asserted, speed is not.
 */
class ClassConcurrencyIT {
  private static final int STUDENTS = 200;
  private static final int ANSWERS = 50;

  @TempDir
  Path tmp;

  /**
   * Where the students' SQLite files go: memory-backed /dev/shm when there is one, since the
   * fixture (a transaction per student) and the syncs' local notes would otherwise wait on fsyncs.
   */
  private Path dir() throws java.io.IOException {
    Path shm = Path.of("/dev/shm");
    if (Files.isDirectory(shm) && Files.isWritable(shm)) {
      Path d = Files.createTempDirectory(shm, "factdrill-it");
      scratch.add(d);
      return d;
    }
    return tmp;
  }

  private final List<Path> scratch = new ArrayList<>();

  @org.junit.jupiter.api.AfterEach
  void clean() throws java.io.IOException {
    for (Path d : scratch) {
      try (var files = Files.walk(d)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  @Test
  void twoHundredStudentsSyncFiftyAnswersEachAtOnceNothingLostNothingDoubled() throws Exception {
    PgTestServer pg = PgTestServer.fresh("conc");
    String cls = "k_" + pg.prefix;
    List<String> passwords = new ArrayList<>();
    try (ClassServer admin = pg.initClass(cls)) {
      ClassAdmin a = new ClassAdmin(admin, new SecureRandom());
      for (int i = 0; i < STUDENTS; i++) {
        passwords.add(a.addStudent(pg.prefix + "_s" + i, null).password());
      }
    }
    Path dir = dir();
    List<Store> stores = new ArrayList<>();
    List<Profile> profiles = new ArrayList<>();
    // Every student's database starts as the same empty store with one profile, made once and
    // copied: a migrated empty file holds nothing of its own (the device id is made at the first
    // sync, the review ids with the answers).
    Path empty = dir.resolve("empty.db");
    try (Store s = Store.open(empty)) {
      s.profile("me", java.time.Instant.EPOCH);
    }
    for (int i = 0; i < STUDENTS; i++) {
      Files.copy(empty, dir.resolve("s" + i + ".db"));
      Store s = Store.open(dir.resolve("s" + i + ".db"));
      Profile p = s.profile("me", java.time.Instant.EPOCH);
      ClassSyncPgTest.studyForTests(s, p, ANSWERS, i % 3 == 0 ? Rating.AGAIN : Rating.GOOD);
      stores.add(s);
      profiles.add(p);
    }
    int maxConn;
    try (Connection c = DriverManager.getConnection(pg.admin().jdbcUrl(), pg.admin().properties());
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW max_connections")) {
      rs.next();
      maxConn = Integer.parseInt(rs.getString(1));
    }
    // Every student at once when the server allows it (.ci/pg-cluster sets 300 connections).
    int threads = Math.min(STUDENTS, maxConn - 10);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    List<Future<ClassSync.Result>> results = new ArrayList<>();
    for (int i = 0; i < STUDENTS; i++) {
      int k = i;
      results.add(pool.submit(() -> {
        go.await();
        long t = System.nanoTime();
        // Batches of 20: three transactions per student, interleaved with everyone else's.
        try (ClassServer s = ClassServer.connect(pg.as(pg.prefix + "_s" + k, passwords.get(k)),
            cls)) {
          ClassSync.Result r = new ClassSync(s, stores.get(k), profiles.get(k).id(), 20, m -> { })
              .run();
          latencies.add((System.nanoTime() - t) / 1_000_000);
          return r;
        }
      }));
    }
    long t0 = System.nanoTime();
    go.countDown();
    long pushed = 0;
    for (Future<ClassSync.Result> f : results) {
      pushed += f.get().pushed();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    // Everyone syncs again (a retry after a timeout, say): nothing more is stored.
    List<Future<ClassSync.Result>> again = new ArrayList<>();
    for (int i = 0; i < STUDENTS; i++) {
      int k = i;
      again.add(pool.submit(() -> {
        try (ClassServer s = ClassServer.connect(pg.as(pg.prefix + "_s" + k, passwords.get(k)),
            cls)) {
          return new ClassSync(s, stores.get(k), profiles.get(k).id(), 20, m -> { }).run();
        }
      }));
    }
    long second = 0;
    for (Future<ClassSync.Result> f : again) {
      second += f.get().pushed();
    }
    pool.shutdown();
    for (Store s : stores) {
      s.close();
    }
    assertEquals((long) STUDENTS * ANSWERS, pushed);
    assertEquals(0, second);
    assertEquals((long) STUDENTS * ANSWERS, ClassSyncPgTest.count(pg, "SELECT count(*) FROM "
        + cls + ".review_log"));
    assertEquals(STUDENTS, ClassSyncPgTest.count(pg, "SELECT count(DISTINCT student) FROM " + cls
        + ".review_log"));
    assertEquals(0, ClassSyncPgTest.count(pg, "SELECT count(*) FROM (SELECT student FROM " + cls
        + ".review_log GROUP BY student HAVING count(*) <> " + ANSWERS + ") x"));
    assertEquals((long) STUDENTS * ANSWERS, ClassSyncPgTest.count(pg, "SELECT count(*) FROM "
        + "(SELECT DISTINCT student, card_id, reviewed_at FROM " + cls + ".review_log) x"));
    assertEquals((long) STUDENTS * ANSWERS, ClassSyncPgTest.count(pg, "SELECT count(*) FROM "
        + cls + ".cards"));
    List<Long> sorted = latencies.stream().sorted().toList();
    System.out.printf(Locale.ROOT, "[classroom] concurrency: %d students x %d answers, %d "
        + "connections at once: %d reviews stored in %.2f s (%.0f reviews/s); per-student sync "
        + "median %d ms, p95 %d ms, max %d ms; second round stored %d%n", STUDENTS, ANSWERS,
        threads, pushed, secs, pushed / secs, sorted.get(sorted.size() / 2),
        sorted.get((int) (sorted.size() * 0.95)), sorted.get(sorted.size() - 1), second);
  }

  @Test
  void syncThroughputOfOneStudent() throws Exception {
    PgTestServer pg = PgTestServer.fresh("tput");
    String cls = "k_" + pg.prefix;
    String pw;
    try (ClassServer admin = pg.initClass(cls)) {
      pw = new ClassAdmin(admin, new SecureRandom()).addStudent(pg.prefix + "_t", null)
          .password();
    }
    int n = 20_000;
    Path dir = dir();
    try (Store s = Store.open(dir.resolve("t.db"))) {
      Profile p = s.profile("me", java.time.Instant.EPOCH);
      ClassSyncPgTest.studyMany(s, p, n);
      long t0 = System.nanoTime();
      ClassSync.Result r;
      try (ClassServer cs = ClassServer.connect(pg.as(pg.prefix + "_t", pw), cls)) {
        r = new ClassSync(cs, s, p.id(), 500, m -> { }).run();
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      assertEquals(n, r.pushed());
      // A second device pulls them all.
      try (Store other = Store.open(dir.resolve("t2.db"))) {
        Profile q = other.profile("me", java.time.Instant.EPOCH);
        long t1 = System.nanoTime();
        ClassSync.Result pr;
        try (ClassServer cs = ClassServer.connect(pg.as(pg.prefix + "_t", pw), cls)) {
          pr = new ClassSync(cs, other, q.id(), 500, m -> { }).run();
        }
        double pullSecs = (System.nanoTime() - t1) / 1e9;
        assertEquals(n, pr.pulled());
        assertEquals(n, other.reviewCount(q.id()));
        System.out.printf(Locale.ROOT, "[classroom] sync throughput: pushed %d reviews in "
            + "%d batches of 500 in %.2f s = %.0f reviews/s; pulled them to a second device in "
            + "%.2f s = %.0f reviews/s%n", n, r.batches(), secs, n / secs, pullSecs,
            n / pullSecs);
      }
    }
  }
}
