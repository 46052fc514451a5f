package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.Map;
import org.factdrill.bank.BankJson;
import org.factdrill.store.Store;
import org.factdrill.study.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileAndSettingsCommandTest {
  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = new Env(Map.of("USER", "kim"), dir.toString(),
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
        new PrintWriter(err, true), Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"),
        ZoneOffset.UTC), "kim");
    int code = Cli.run(env, args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path db() {
    return dir.resolve("p.db");
  }

  @Test
  void settingsShowDefaultsThenSavedValuesPerProfile() {
    Run show = run("", "settings", "--db", db().toString());
    assertEquals(0, show.code());
    assertTrue(show.out().contains("profile kim"), show.out());
    assertTrue(show.out().contains("new_per_day          20"), show.out());
    assertFalse(Files.exists(db()), "showing settings creates nothing");

    Run set = run("", "settings", "--db", db().toString(), "--profile", "ana", "new-per-day=5",
        "desired_retention=0.85");
    assertEquals(0, set.code(), set.err());
    assertTrue(set.out().contains("new_per_day          5"), set.out());
    assertTrue(set.out().contains("desired_retention    0.85"), set.out());
    assertTrue(run("", "settings", "--db", db().toString(), "--profile", "ana").out()
        .contains("new_per_day          5"));
    assertTrue(run("", "settings", "--db", db().toString()).out()
        .contains("new_per_day          20"), "kim keeps the defaults");
  }

  @Test
  void badSettingsAreOneLineErrorsWithExitTwoAndNothingIsWritten() throws Exception {
    run("", "settings", "--db", db().toString(), "max_reviews_per_day=50");
    for (String[] bad : new String[][] {{"desired_retention=1.5"}, {"new_per_day=-1"},
        {"new_per_day=ten"}, {"colour=blue"}, {"new_per_day"},
        {"new_per_day=3", "max_reviews_per_day=100000"}}) {
      String[] args = new String[3 + bad.length];
      args[0] = "settings";
      args[1] = "--db";
      args[2] = db().toString();
      System.arraycopy(bad, 0, args, 3, bad.length);
      Run r = run("", args);
      assertEquals(2, r.code(), String.join(" ", bad));
      assertTrue(r.err().startsWith("factdrill: "), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
    Run r = run("", "settings", "--db", db().toString());
    assertTrue(r.out().contains("new_per_day          20"), "the valid half was not written");
    assertTrue(r.out().contains("max_reviews_per_day  50"));
  }

  @Test
  void profileListsLearnersWithTheirCountsAndMarksTheCurrentOne() throws Exception {
    assertTrue(run("", "profile", "--db", db().toString()).out().contains("no profiles yet"));
    Path bank = dir.resolve("bank.json");
    new BankJson().write(TestBanks.facts(5), bank);
    Run study = run("1\n3\n1\n3\nq\n", "study", "--plain", "--bank", bank.toString(), "--db",
        db().toString(), "--profile", "ana");
    assertEquals(0, study.code(), study.err());
    assertTrue(study.out().strip().endsWith("reviewed 2"), study.out());
    run("q\n", "study", "--plain", "--bank", bank.toString(), "--db", db().toString());
    Run list = run("", "profile", "--db", db().toString());
    assertEquals(0, list.code());
    String[] lines = list.out().split("\n");
    assertTrue(lines[0].contains("PROFILE") && lines[0].contains("REVIEWS"), list.out());
    assertTrue(lines[1].matches("  ana +2 +2  2024-05-01"), lines[1]);
    assertTrue(lines[2].matches("\\* kim +0 +0  -"), lines[2]);
  }

  @Test
  void aDatabaseThatIsNotSqliteGivesOneLineAndExitOneAndIsLeftAlone() throws Exception {
    byte[] junk = "not a database".getBytes(StandardCharsets.UTF_8);
    Files.write(db(), junk);
    for (String cmd : new String[] {"profile", "settings"}) {
      Run r = run("", cmd, "--db", db().toString());
      assertEquals(1, r.code());
      assertTrue(r.err().startsWith("factdrill: " + db() + ": not a factdrill database"), r.err());
      assertEquals(1, r.err().strip().lines().count());
    }
    Path bank = dir.resolve("bank.json");
    new BankJson().write(TestBanks.facts(2), bank);
    Run r = run("1\n3\n", "study", "--plain", "--bank", bank.toString(), "--db", db().toString());
    assertEquals(1, r.code());
    assertEquals("factdrill: " + db() + ": not a factdrill database (not SQLite); point --db at "
        + "another file; this one was not changed", r.err().strip());
    assertArrayEquals(junk, Files.readAllBytes(db()));
  }

  @Test
  void studyHonoursTheProfilesNewCardLimit() throws Exception {
    Path bank = dir.resolve("bank.json");
    new BankJson().write(TestBanks.facts(10), bank);
    run("", "settings", "--db", db().toString(), "--profile", "ana", "new_per_day=2");
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      in.append("1\n4\n"); // Easy: straight to Review, no learning steps
    }
    Run r = run(in.toString(), "study", "--plain", "--bank", bank.toString(), "--db",
        db().toString(), "--profile", "ana");
    assertTrue(r.out().contains("nothing more due"), r.out());
    assertTrue(r.out().strip().endsWith("reviewed 2"), r.out());
    try (Store s = Store.open(db())) {
      assertEquals(2, s.reviewCount(s.findProfile("ana").orElseThrow().id()));
    }
  }
}
