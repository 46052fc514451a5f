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
import java.util.List;
import java.util.Map;
import org.factdrill.srs.ReviewEvent;
import org.factdrill.srs.SyntheticLearner;
import org.factdrill.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdrill optimize}: figures, the question before saving, dry runs, too-short logs. */
class OptimizeCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = new Env(Map.of("USER", "tester"), tmp.toString(),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true),
        Clock.fixed(Instant.parse("2028-06-05T10:00:00Z"), ZoneOffset.UTC), "tester");
    int code = Cli.run(env, args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A database whose profile "ana" answered {@code reviews} times like a simulated learner. */
  private Path db(int reviews) throws Exception {
    Path db = tmp.resolve("p.db");
    List<ReviewEvent> log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, reviews, 11);
    org.factdrill.store.TestAccess.reviewLog(db, "ana", log);
    return db;
  }

  @Test
  void fitsShowsFiguresAndSavesWithYes() throws Exception {
    Path db = db(4000);
    Run r = run("", "optimize", "--db", db.toString(), "--profile", "ana", "--yes");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("FSRS-6 defaults"), r.out());
    assertTrue(r.out().matches("(?s).*fitted\\s+0\\.\\d{4}\\s+\\d+\\.\\d\\d%.*"), r.out());
    assertTrue(r.out().contains("Advised desired retention: 0."), r.out());
    assertTrue(r.out().contains("<- advised"), r.out());
    assertTrue(r.out().contains("Saved"), r.out());
    assertTrue(r.err().contains("fitting ["), "a progress bar on stderr: " + r.err());

    Run s = run("", "settings", "--db", db.toString(), "--profile", "ana");
    assertTrue(s.out().contains("fitted 2028-06-05 from 4000 reviews"), s.out());

    Run html = run("", "stats", "--db", db.toString(), "--profile", "ana", "--format", "html");
    assertEquals(0, html.code(), html.err());
    assertTrue(html.out().contains("id=\"desired-retention\""), "curve in the HTML report");
    assertTrue(html.out().contains("<polyline"));
  }

  @Test
  void asksBeforeSavingAndDryRunSavesNothing() throws Exception {
    Path db = db(1500);
    Run no = run("n\n", "optimize", "--db", db.toString(), "--profile", "ana");
    assertEquals(0, no.code(), no.err());
    assertTrue(no.out().contains("Save these parameters for scheduling? [y/N]"), no.out());
    assertTrue(no.out().contains("Not saved."), no.out());
    Run dry = run("", "optimize", "--db", db.toString(), "--profile", "ana", "--dry-run");
    assertTrue(dry.out().contains("Dry run: nothing saved."), dry.out());
    assertFalse(dry.out().contains("[y/N]"));
    Run s = run("", "settings", "--db", db.toString(), "--profile", "ana");
    assertTrue(s.out().contains("FSRS-6 defaults (fit your own"), s.out());

    Run yes = run("y\n", "optimize", "--db", db.toString(), "--profile", "ana");
    assertTrue(yes.out().contains("Saved"), yes.out());
    assertTrue(run("", "settings", "--db", db.toString(), "--profile", "ana").out()
        .contains("from 1500 reviews"));
  }

  @Test
  void tooFewReviewsKeepsTheDefaults() throws Exception {
    Path db = db(12);
    Run r = run("", "optimize", "--db", db.toString(), "--profile", "ana", "--yes");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Too few reviews to fit"), r.out());
    assertTrue(r.out().contains("needs at least 8"), r.out());
    assertTrue(run("", "settings", "--db", db.toString(), "--profile", "ana").out()
        .contains("FSRS-6 defaults"));
  }

  @Test
  void missingDatabaseOrProfileIsOneLine() throws Exception {
    Run r = run("", "optimize", "--db", tmp.resolve("none.db").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("factdrill: no database at"), r.err());
    Path db = db(12);
    Run p = run("", "optimize", "--db", db.toString(), "--profile", "bob");
    assertEquals(1, p.code());
    assertTrue(p.err().contains("no profile 'bob'"), p.err());
    assertTrue(Files.exists(db));
  }

  @Test
  void aPostgresqlDatabaseIsReadAndAServerThatIsDownIsOneLine() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    Run r = run("", "optimize", "--db", "postgresql://kim:Secret99@127.0.0.1:" + port
        + "/nowhere", "--profile", "ana", "--dry-run");
    // Not "takes a local SQLite file" (exit 2): optimize goes to the server, which is down.
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().startsWith("factdrill: cannot reach the PostgreSQL server at 127.0.0.1:"
        + port), r.err());
    assertEquals(1, r.err().strip().split("\n").length, r.err());
    assertFalse(r.err().contains("Secret99"), r.err());
  }
}
