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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of the foundation: version, usage errors, bad --db and --bank, plain study. */
class FoundationCliTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = new Env(Map.of("USER", "tester"), tmp.toString(),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true),
        Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), "tester");
    int code = Cli.run(env, args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path bank() throws Exception {
    Path bank = tmp.resolve("bank.json");
    Files.writeString(bank, """
        {"schemaVersion": 1, "generator": {"name": "test", "version": "1"}, "sources": [],
         "questions": [
          {"id": "cloze-1", "card": "f-1", "type": "cloze", "lang": "en",
           "prompt": "The base held _____ troops.", "answer": {"value": 23000, "text": "23,000"}},
          {"id": "cloze-2", "card": "f-2", "type": "cloze", "lang": "en",
           "prompt": "The withdrawal ended in _____.", "answer": {"value": "1993", "text": "1993"}}
         ]}
        """);
    return bank;
  }

  @Test
  void versionPrintsNameAndVersion() {
    Run r = run("", "--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("factdrill "), r.out());
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitTwo() {
    Run r = run("", "--no-such-option");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Unknown option"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @Test
  void dbThatIsATextFileIsRefusedAndLeftUntouched() throws Exception {
    Path db = tmp.resolve("notes.txt");
    Files.writeString(db, "my shopping list\n");
    byte[] before = Files.readAllBytes(db);
    Run r = run("", "study", "--plain", "--bank", bank().toString(), "--db", db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(db.toString()) && r.err().contains("not SQLite"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertArrayEquals(before, Files.readAllBytes(db));
  }

  @Test
  void dbThatIsADirectoryIsRefused() throws Exception {
    Run r = run("", "study", "--plain", "--bank", bank().toString(), "--db", tmp.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("is a directory"), r.err());
  }

  @Test
  void dbInAPlaceThatCannotBeCreatedIsRefused() throws Exception {
    Path file = tmp.resolve("plain-file");
    Files.writeString(file, "x");
    Path db = file.resolve("progress.db");
    Run r = run("", "study", "--plain", "--bank", bank().toString(), "--db", db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(db.toString()) && r.err().contains("cannot create"), r.err());
  }

  @Test
  void dbFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
    Path db = tmp.resolve("newer.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement()) {
      st.execute("CREATE TABLE future(x)");
      st.execute("PRAGMA user_version = 99");
    }
    byte[] before = Files.readAllBytes(db);
    Run r = run("", "study", "--plain", "--bank", bank().toString(), "--db", db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("newer factdrill"), r.err());
    assertArrayEquals(before, Files.readAllBytes(db));
  }

  @Test
  void missingBankNamesThePath() {
    Path missing = tmp.resolve("nope.json");
    Run r = run("", "study", "--plain", "--bank", missing.toString(), "--db",
        tmp.resolve("p.db").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(missing.toString()) && r.err().contains("no such bank"), r.err());
  }

  @Test
  void malformedBankGivesLineAndColumnAndIsLeftUntouched() throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\n  \"schemaVersion\": 1,\n  \"questions\": [ oops ]\n}\n");
    byte[] before = Files.readAllBytes(bad);
    Run r = run("", "study", "--plain", "--bank", bad.toString(), "--db",
        tmp.resolve("p.db").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains(bad + ":3:"), r.err());
    assertArrayEquals(before, Files.readAllBytes(bad));
    assertFalse(Files.exists(tmp.resolve("p.db")), "no database created for a refused bank");
  }

  @Test
  void plainStudySavesEachGradedAnswer() throws Exception {
    Path db = tmp.resolve("p.db");
    Run r = run("23000\n\n1990\n3\nq\n", "study", "--plain", "--bank", bank().toString(),
        "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("correct. answer: 23,000"), r.out());
    assertTrue(r.out().contains("wrong. answer: 1993"), r.out());
    assertTrue(r.out().strip().endsWith("reviewed 2"), r.out());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery(
             "SELECT question_id, rating, answer, correct, p.name FROM review_log r "
                 + "JOIN profiles p ON p.id = r.profile_id ORDER BY r.id")) {
      assertTrue(rs.next());
      assertEquals("cloze-1", rs.getString(1));
      assertEquals(3, rs.getInt(2));
      assertEquals("23000", rs.getString(3));
      assertEquals(1, rs.getInt(4));
      assertEquals("tester", rs.getString(5));
      assertTrue(rs.next());
      assertEquals("cloze-2", rs.getString(1));
      assertEquals(0, rs.getInt(4));
      assertFalse(rs.next());
    }
  }

  @Test
  void endOfInputEndsTheSessionWithTheCount() throws Exception {
    Run r = run("", "study", "--plain", "--bank", bank().toString(), "--db",
        tmp.resolve("p.db").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().strip().endsWith("reviewed 0"), r.out());
  }
}
