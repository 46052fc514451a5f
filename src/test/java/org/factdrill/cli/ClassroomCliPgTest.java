package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.srs.Rating;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.store.pg.ClassSyncPgTest;
import org.factdrill.store.pg.PgTestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classroom commands end to end (in process) on a real PostgreSQL server. */
class ClassroomCliPgTest {
  private static final Instant NOW = Instant.parse("2026-05-03T10:00:00Z");
  private static PgTestServer pg;
  private static String cls;

  @TempDir
  Path dir;

  @BeforeAll
  static void server() throws Exception {
    pg = PgTestServer.fresh("cli");
    cls = "k_" + pg.prefix;
  }

  private record Run(int code, String out, String err) {}

  private Run run(Map<String, String> vars, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> v = new HashMap<>(vars);
    v.putIfAbsent("USER", "kim");
    v.putIfAbsent("HOME", dir.toString());
    Env env = new Env(v, dir.toString(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(err, true), Clock.fixed(NOW, ZoneOffset.UTC),
        "kim");
    int code = Cli.run(env, args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run admin(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--server";
    all[args.length + 1] = pg.adminUrlWithPassword();
    all[args.length + 2] = "--class";
    all[args.length + 3] = cls;
    return run(Map.of(), all);
  }

  private static String password(String out) {
    Matcher m = Pattern.compile("give it to the student\\): (\\S+)").matcher(out);
    assertTrue(m.find(), out);
    return m.group(1);
  }

  @Test
  void instructorSetsUpStudentsSyncAndTheClassViewShowsThem() throws Exception {
    Run init = admin("class", "init");
    assertEquals(0, init.code(), init.err());
    assertFalse(init.out().contains(PgTestServerPassword.of(pg)), "no password printed");
    String ana = pg.prefix + "_ana";
    Run add = admin("class", "add-student", ana, "--name", "Ana Lima");
    assertEquals(0, add.code(), add.err());
    String pw = password(add.out());
    Path roster = dir.resolve("roster.csv");
    Files.writeString(roster, "login,name\n" + pg.prefix + "_bo,\"Bo, Jr\"\n" + pg.prefix
        + "_cy,Cy\n");
    Path pwFile = dir.resolve("passwords.csv");
    Run imp = admin("class", "import-roster", roster.toString(), "--out", pwFile.toString());
    assertEquals(0, imp.code(), imp.err());
    String csv = Files.readString(pwFile);
    assertTrue(csv.startsWith("login,name,password\n"), csv);
    assertEquals(3, csv.lines().count(), csv);
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(pwFile)));
    Path bank = dir.resolve("week1.json");
    Files.copy(Path.of(System.getProperty("factdrill.home", "."), "question-banks",
        "seeds.json"), bank);
    assertEquals(0, admin("class", "publish-bank", bank.toString()).code());
    assertEquals(0, admin("class", "settings", "new_per_day=7").code());

    Path db = dir.resolve("ana.db");
    try (Store s = Store.open(db)) {
      Profile p = s.profile("ana", NOW);
      ClassSyncPgTest.studyForTests(s, p, 12, Rating.GOOD);
    }
    String url = pg.urlFor(ana, pw);
    Run sync = run(Map.of(), "sync", "--server", url, "--db", db.toString(), "--profile", "ana",
        "--banks-dir", dir.resolve("banks").toString());
    assertEquals(0, sync.code(), sync.err());
    assertTrue(sync.out().contains("sent 12 answers"), sync.out());
    assertFalse(sync.out().contains(pw), "the password is never printed");
    assertTrue(Files.exists(dir.resolve("banks/week1.json")), sync.out());
    try (Store s = Store.open(db)) {
      assertEquals("7", s.settings(s.findProfile("ana").orElseThrow().id()).get("new_per_day"));
    }
    // Password from PGPASSWORD instead of the URL.
    Run again = run(Map.of("PGPASSWORD", pw), "sync", "--server", "postgresql://" + ana + "@"
        + pg.admin().host() + ":" + pg.admin().port() + "/" + pg.admin().database(), "--db",
        db.toString(), "--profile", "ana", "--banks-dir", dir.resolve("banks").toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("sent 0 answers"), again.out());

    for (String format : new String[] {"text", "json", "csv", "html"}) {
      Run view = admin("stats", "--format", format);
      assertEquals(0, view.code(), view.err());
      assertTrue(view.out().contains(ana), format + ": " + view.out());
    }
    Run text = admin("stats");
    assertTrue(text.out().contains("not studied in the last 7 days (2)"), text.out());
    assertTrue(text.out().matches("(?s).*" + ana + "\\s+12\\s+12.*"), text.out());
  }

  @Test
  void wrongPasswordOrServerDownIsOneLineAndLocalProgressIsKept() throws Exception {
    Path db = dir.resolve("local.db");
    try (Store s = Store.open(db)) {
      ClassSyncPgTest.studyForTests(s, s.profile("kim", NOW), 5, Rating.GOOD);
    }
    byte[] before = Files.readAllBytes(db);
    Run wrong = run(Map.of(), "sync", "--server", pg.urlFor("nobody_here", "Secret-pass-42"),
        "--db", db.toString());
    assertEquals(1, wrong.code());
    assertEquals(1, wrong.err().lines().count(), wrong.err());
    assertTrue(wrong.err().contains("password authentication failed"), wrong.err());
    assertFalse(wrong.err().contains("Secret-pass-42"), wrong.err());
    Run down = run(Map.of(), "sync", "--server", "postgresql://kim:Secret-pass-42@127.0.0.1:1/x",
        "--db", db.toString());
    assertEquals(1, down.code());
    assertEquals(1, down.err().lines().count(), down.err());
    assertTrue(down.err().contains("cannot reach the class server"), down.err());
    assertFalse(down.err().contains("Secret-pass-42"), down.err());
    try (Store s = Store.open(db)) {
      assertEquals(5, s.reviewCount(s.findProfile("kim").orElseThrow().id()));
    }
    assertTrue(before.length > 0);
  }

  @Test
  void syncRefusesAPostgresqlDbWithAHintAndNoPassword() {
    // study, stats, profile and settings take a server in --db (PgDbCliTest); sync needs a file.
    Run r = run(Map.of(), "sync", "--db", "postgresql://kim:Secret-pass-42@host/db",
        "--server", "postgresql://kim:Secret-pass-42@host/db");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("factdrill sync --server"), r.err());
    assertFalse(r.err().contains("Secret-pass-42"));
  }

  /** The admin password of the test server, to check it is never printed. */
  private static final class PgTestServerPassword {
    static String of(PgTestServer s) {
      String u = s.adminUrlWithPassword();
      return u.substring(u.indexOf(':', 12) + 1, u.indexOf('@'));
    }
  }
}
