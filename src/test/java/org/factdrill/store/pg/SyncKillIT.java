package org.factdrill.store.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdrill sync} killed with SIGKILL part-way, then run again: each review once. */
class SyncKillIT {
  @TempDir
  Path dir;

  @Test
  void aSyncKilledMidwayAndRerunStoresEveryReviewExactlyOnce() throws Exception {
    Path jar = Path.of(System.getProperty("factdrill.jar", "target/factdrill.jar"));
    Assumptions.assumeTrue(Files.isRegularFile(jar), "packaged jar not found; run mvn verify");
    PgTestServer pg = PgTestServer.fresh("kill");
    String cls = "k_" + pg.prefix;
    String login = pg.prefix + "_k";
    String pw;
    try (ClassServer admin = pg.initClass(cls)) {
      pw = new ClassAdmin(admin, new SecureRandom()).addStudent(login, null).password();
    }
    int n = 3000;
    Path db = dir.resolve("k.db");
    try (Store s = Store.open(db)) {
      ClassSyncPgTest.studyMany(s, s.profile("me", java.time.Instant.EPOCH), n);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(org.factdrill.testing.ShortJvms.LAUNCHER);
    cmd.addAll(List.of("-jar", jar.toString(), "sync", "--server",
        "postgresql://" + login + "@" + pg.admin().host() + ":" + pg.admin().port() + "/"
            + pg.admin().database(), "--db", db.toString(), "--profile", "me", "--batch", "50",
        "--banks-dir", dir.resolve("banks").toString(), "--verbose"));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("FACTDRILL_DB");
    pb.environment().put("PGPASSWORD", pw);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    int batchesSeen = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("pushed batch") && ++batchesSeen == 5) {
          p.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback on the client
          break;
        }
      }
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(batchesSeen >= 5, "the sync was killed part-way (saw " + batchesSeen + ")");
    long onServer = ClassSyncPgTest.count(pg, "SELECT count(*) FROM " + cls + ".review_log");
    assertTrue(onServer >= 250 && onServer < n, "killed mid-way: " + onServer + " on the server");
    assertEquals(0, onServer % 50, "whole batches only (one transaction each)");

    ClassSync.Result rerun;
    try (Store s = Store.open(db); ClassServer cs = ClassServer.connect(pg.as(login, pw), cls)) {
      Profile me = s.findProfile("me").orElseThrow();
      assertEquals(n, s.reviewCount(me.id()), "local progress untouched");
      rerun = new ClassSync(cs, s, me.id(), 50, m -> { }).run();
    }
    assertEquals(n, ClassSyncPgTest.count(pg, "SELECT count(*) FROM " + cls + ".review_log"));
    assertEquals(n - onServer, rerun.pushed());
    assertTrue(rerun.alreadyThere() <= 50, "at most the batch in flight is sent again");
    System.out.printf("[classroom] SIGKILL after %d batches: %d of %d on the server; rerun sent "
        + "%d new, %d already there; total %d%n", batchesSeen, onServer, n, rerun.pushed(),
        rerun.alreadyThere(), n);
  }
}
