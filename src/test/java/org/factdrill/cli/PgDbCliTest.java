package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.factdrill.bank.BankJson;
import org.factdrill.store.pg.PgTestServer;
import org.factdrill.study.TestBanks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code study --plain}, {@code stats}, {@code profile} and {@code settings} with
 * {@code --db postgresql://...} (and $FACTDRILL_DB) on a real PostgreSQL server; skipped when
 * FACTDRILL_TEST_PG is unset.
 */
class PgDbCliTest {
  private static PgTestServer pg;

  @TempDir
  Path dir;

  @BeforeAll
  static void server() throws Exception {
    pg = PgTestServer.fresh("dbcli");
  }

  private record Run(int code, String out, String err) {}

  private Run run(Map<String, String> vars, String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> v = new HashMap<>(vars);
    v.putIfAbsent("USER", "kim");
    v.putIfAbsent("HOME", dir.toString());
    Env env = new Env(v, dir.toString(),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true),
        Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC), "kim");
    return new Run(Cli.run(env, args), out.toString(), err.toString());
  }

  private Run run(String input, String... args) {
    return run(Map.of(), input, args);
  }

  private static String password() {
    String url = System.getenv("FACTDRILL_TEST_PG");
    String info = java.net.URI.create(url).getUserInfo();
    return info.substring(info.indexOf(':') + 1);
  }

  @Test
  void everyDbCommandWorksAgainstPostgresql() throws Exception {
    String url = pg.adminUrlWithPassword();
    Run empty = run("", "profile", "--db", url);
    assertEquals(0, empty.code(), empty.err());
    assertTrue(empty.out().contains("no profiles yet"), empty.out());
    assertFalse(empty.out().contains(password()), "the password is never printed");

    Run set = run("", "settings", "--db", url, "--profile", "ana", "new-per-day=5");
    assertEquals(0, set.code(), set.err());
    assertTrue(set.out().contains("new_per_day          5"), set.out());

    Path bank = dir.resolve("bank.json");
    new BankJson().write(TestBanks.facts(5), bank);
    Run study = run("1\n3\n1\n3\nq\n", "study", "--plain", "--bank", bank.toString(), "--db",
        url, "--profile", "ana");
    assertEquals(0, study.code(), study.err());
    assertTrue(study.out().strip().endsWith("reviewed 2"), study.out());
    assertTrue(study.out().contains("saved"), study.out());

    // $FACTDRILL_DB, the password from PGPASSWORD instead of the URL.
    String bare = "postgresql://" + pg.admin().user() + "@" + pg.admin().host() + ":"
        + pg.admin().port() + "/" + pg.admin().database();
    Map<String, String> vars = Map.of("FACTDRILL_DB", bare, "PGPASSWORD", password());
    Run list = run(vars, "", "profile");
    assertEquals(0, list.code(), list.err());
    String[] lines = list.out().split("\n");
    assertTrue(lines[1].matches("  ana +2 +2  2024-05-01"), list.out());

    Run stats = run(vars, "", "stats", "--profile", "ana", "--format", "json");
    assertEquals(0, stats.code(), stats.err());
    assertTrue(stats.out().contains("\"reviews\""), stats.out());
    Run text = run("", "stats", "--db", url, "--profile", "ana");
    assertEquals(0, text.code(), text.err());
    Run csv = run("", "stats", "--db", url, "--profile", "ana", "--format", "csv");
    assertEquals(0, csv.code(), csv.err());
    assertEquals(3, csv.out().strip().split("\n").length, csv.out());
    Run html = run("", "stats", "--db", url, "--profile", "ana", "--format", "html", "--out",
        dir.resolve("s.html").toString());
    assertEquals(0, html.code(), html.err());
    assertTrue(java.nio.file.Files.readString(dir.resolve("s.html")).contains("<html"));
    Run all = run("", "stats", "--db", url, "--all-profiles");
    assertEquals(0, all.code(), all.err());
    Run nobody = run("", "stats", "--db", url, "--profile", "zed");
    assertEquals(1, nobody.code());
    assertTrue(nobody.err().contains("no profile 'zed'"), nobody.err());
    assertFalse(nobody.err().contains(password()));
  }

  @Test
  void aWrongPasswordIsOneLineWithoutThePassword() {
    String wrong = "postgresql://" + pg.admin().user() + ":NotThePassword42@"
        + pg.admin().host() + ":" + pg.admin().port() + "/" + pg.admin().database();
    for (String cmd : new String[] {"profile", "settings", "stats"}) {
      Run r = run("", cmd, "--db", wrong);
      assertEquals(1, r.code(), cmd + ": " + r.out() + r.err());
      assertTrue(r.err().contains("password authentication failed"), r.err());
      assertEquals(1, r.err().strip().split("\n").length, r.err());
      assertFalse(r.err().contains("NotThePassword42"), r.err());
    }
  }

  @Test
  void aServerThatIsDownIsOneLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    Run r = run("q\n", "study", "--plain", "--db", "postgresql://kim:Secret99@127.0.0.1:" + port
        + "/nowhere", "--bank", dir.resolve("none.json").toString());
    // The bank is read before the database is opened: give it one.
    Path bank = dir.resolve("bank.json");
    new BankJson().write(TestBanks.facts(2), bank);
    r = run("q\n", "study", "--plain", "--db", "postgresql://kim:Secret99@127.0.0.1:" + port
        + "/nowhere", "--bank", bank.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("cannot reach the PostgreSQL server at 127.0.0.1:" + port),
        r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
    assertFalse(r.err().contains("Secret99"), r.err());
  }

  @Test
  void optimizeFitsAndSavesOnPostgresql() throws Exception {
    // A database of its own: the other tests here expect theirs to start empty.
    String url = PgTestServer.fresh("dbopt").adminUrlWithPassword();
    java.util.List<org.factdrill.srs.ReviewEvent> log = org.factdrill.srs.SyntheticLearner.log(
        org.factdrill.srs.SyntheticLearner.TRUE_WEIGHTS, 1500, 5);
    try (org.factdrill.store.Store store = org.factdrill.store.Store.open(
        org.factdrill.store.pg.PgUrl.parse(url, Map.of(), null, "kim"))) {
      long id = store.profile("opt", Instant.parse("2024-01-01T00:00:00Z")).id();
      java.sql.Connection c = org.factdrill.store.TestAccess.connection(store);
      c.setAutoCommit(false);
      try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO review_log("
          + "profile_id, question_id, card_id, rating, correct, reviewed_at, state_after, "
          + "due_after) VALUES (?,?,?,?,?,?,'Review',?)")) {
        for (org.factdrill.srs.ReviewEvent e : log) {
          ps.setLong(1, id);
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
    Run dry = run("", "optimize", "--db", url, "--profile", "opt", "--dry-run");
    assertEquals(0, dry.code(), dry.err());
    assertTrue(dry.out().contains("Profile opt: 1500 reviews"), dry.out());
    assertTrue(dry.out().contains("Dry run: nothing saved."), dry.out());
    assertFalse(dry.out().contains(password()) || dry.err().contains(password()));
    Run yes = run("", "optimize", "--db", url, "--profile", "opt", "--yes");
    assertEquals(0, yes.code(), yes.err());
    assertTrue(yes.out().contains("Saved"), yes.out());
    Run s = run("", "settings", "--db", url, "--profile", "opt");
    assertTrue(s.out().contains("fitted 2024-05-01 from 1500 reviews"), s.out());
    Run nobody = run("", "optimize", "--db", url, "--profile", "zed", "--dry-run");
    assertEquals(1, nobody.code());
    assertTrue(nobody.err().contains("no profile 'zed'"), nobody.err());
    assertFalse(nobody.err().contains(password()), nobody.err());
  }

  @Test
  void syncStillTakesALocalFileOnly() {
    Run r = run("", "sync", "--db", pg.adminUrlWithPassword(), "--server",
        pg.adminUrlWithPassword());
    assertEquals(2, r.code(), r.err());
    assertFalse(r.err().contains(password()), r.err());
  }
}
