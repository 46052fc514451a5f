package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factdrill.stats.StatsFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdrill stats} end to end through Cli.run: formats, files and every error path. */
class StatsCommandTest {
  @TempDir
  static Path shared;
  @TempDir
  Path dir;
  static Path db;

  /** One run's exit code and streams. */
  record Run(int code, String out, String err) {}

  @BeforeAll
  static void fixture() throws Exception {
    db = shared.resolve("fixture.db");
    StatsFixture.build(db);
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = new Env(Map.of("USER", "alice"), shared.toString(),
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
        StatsFixture.CLOCK, "alice");
    int code = Cli.run(env, args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void textAndHtmlNameSourcesByTheirTitleInTheBank() throws Exception {
    Path bank = dir.resolve("titled.json");
    java.nio.file.Files.writeString(bank, "{\"schemaVersion\":1,\"generator\":{\"name\":\"t\","
        + "\"version\":\"0\"},\"sources\":[{\"file\":\"a.txt\",\"lang\":\"en\","
        + "\"title\":\"The Gyumri Base\"}],\"questions\":[]}");
    Run r = run("stats", "--db", db.toString(), "--bank", bank.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("The Gyumri Base"), r.out());
    assertTrue(!r.out().contains("a.txt"), r.out());
    Run h = run("stats", "--db", db.toString(), "--bank", bank.toString(), "--format", "html");
    assertTrue(h.out().contains("The Gyumri Base"), h.err());
    // JSON stays machine-readable: it keeps the file names.
    Run j = run("stats", "--db", db.toString(), "--bank", bank.toString(), "--format", "json");
    assertTrue(j.out().contains("a.txt") && !j.out().contains("The Gyumri Base"), j.out());
  }

  @Test
  void textForTheDefaultProfile() {
    Run r = run("stats", "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("factdrill stats: profile alice"), r.out());
    assertTrue(r.out().contains("True retention    66.7% (2 of 3 mature reviews passed)"), r.out());
    assertTrue(r.out().contains("current 2 days, longest 3 days"));
    assertEquals("", r.err());
  }

  @Test
  void jsonForANamedProfileSince() throws Exception {
    Run r = run("stats", "--db", db.toString(), "--profile", "alice", "--since", "2026-03-15",
        "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(6, j.at("/summary/reviews").asInt());
    assertEquals("2026-03-15", j.at("/meta/since").asText());
    assertEquals(1, j.at("/meta/schemaVersion").asInt());
  }

  @Test
  void relativeSince() throws Exception {
    Run r = run("stats", "--db", db.toString(), "--since", "5d", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals("2026-03-15", j.at("/meta/since").asText());
  }

  @Test
  void classViewAsJson() throws Exception {
    Run r = run("stats", "--db", db.toString(), "--all-profiles", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(3, j.at("/classView/learners").size());
    assertEquals("q2", j.at("/classView/questions/0/questionId").asText());
  }

  @Test
  void htmlGoesToAFileAtomically() throws Exception {
    Path out = dir.resolve("report.html");
    Run r = run("stats", "--db", db.toString(), "--all-profiles", "--format", "html", "--out",
        out.toString());
    assertEquals(0, r.code(), r.err());
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.endsWith("</html>\n"));
    assertTrue(r.err().contains("wrote " + out));
    assertEquals("", r.out());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void csvIsTheRawReviewLogInRfc4180() throws Exception {
    Path out = dir.resolve("log.csv");
    Run r = run("stats", "--db", db.toString(), "--all-profiles", "--format", "csv", "--out",
        out.toString());
    assertEquals(0, r.code(), r.err());
    String csv = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("review_id,profile,reviewed_at,local_date,question_id,card_id,"));
    assertTrue(csv.contains("\r\n"));
    assertTrue(csv.contains(",\"\"\"1990\"\", I think\","), "quotes doubled, comma quoted");
    List<Map<String, String>> rows = readCsv(csv);
    assertEquals(17, rows.size());
    Map<String, String> first = rows.get(0);
    assertEquals("alice", first.get("profile"));
    assertEquals("2025-12-01T10:00:00Z", first.get("reviewed_at"));
    assertEquals("2025-12-01", first.get("local_date"));
    assertEquals("Good", first.get("rating_name"));
    // A first review: no state before, no elapsed days; the columns after them stay in place.
    assertEquals("", first.get("state_before"));
    assertEquals("Review", first.get("state_after"));
    assertEquals("2026-01-01T10:00:00Z", first.get("due_after"));
    assertEquals("", first.get("elapsed_days"));
    assertEquals("b.txt", first.get("source"));
    assertEquals("en", first.get("lang"));
    assertEquals("date", first.get("kind"));
    Map<String, String> late = rows.stream().filter(m -> m.get("reviewed_at")
        .equals("2026-03-15T10:00:00Z")).findFirst().orElseThrow();
    assertEquals("Review", late.get("state_before"));
    assertEquals("104", late.get("elapsed_days"));
    assertEquals("15000", late.get("response_ms"));
    assertTrue(rows.stream().allMatch(m -> m.size() == 21));
    assertEquals("\"1990\", I think", rows.get(5).get("answer"));
    assertEquals("2026-03-15", rows.stream().filter(m -> m.get("reviewed_at")
        .equals("2026-03-14T22:30:00Z")).findFirst().orElseThrow().get("local_date"));
  }

  @Test
  void csvOfOneProfileToStdout() throws Exception {
    Run r = run("stats", "--db", db.toString(), "--profile", "bob", "--format", "csv");
    assertEquals(0, r.code(), r.err());
    List<Map<String, String>> rows = readCsv(r.out());
    assertEquals(3, rows.size());
    assertTrue(rows.stream().allMatch(m -> m.get("profile").equals("bob")));
  }

  static List<Map<String, String>> readCsv(String csv) throws Exception {
    CsvMapper m = new CsvMapper();
    m.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    try (MappingIterator<Map<String, String>> it = m.readerForMapOf(String.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
        .readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void missingDatabaseIsNotCreated() {
    Path missing = dir.resolve("none").resolve("progress.db");
    Run r = run("stats", "--db", missing.toString());
    assertEquals(0, r.code());
    assertTrue(r.err().contains("no progress yet"), r.err());
    assertFalse(Files.exists(missing));
    assertFalse(Files.exists(missing.getParent()));
  }

  @Test
  void missingDatabaseGivesAnEmptyJsonReport() throws Exception {
    Path missing = dir.resolve("progress.db");
    Run r = run("stats", "--db", missing.toString(), "--format", "json");
    assertEquals(0, r.code());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(0, j.at("/summary/reviews").asInt());
    assertFalse(Files.exists(missing));
  }

  @Test
  void emptyDatabaseSaysNoReviewsYet() throws Exception {
    Path empty = dir.resolve("empty.db");
    org.factdrill.store.Store.open(empty).close();
    Run r = run("stats", "--db", empty.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("No reviews yet."), r.out());
    Run h = run("stats", "--db", empty.toString(), "--all-profiles", "--format", "html");
    assertEquals(0, h.code(), h.err());
    assertTrue(h.out().contains("No reviews yet."));
  }

  @Test
  void profileWithoutReviewsSaysNoReviewsYet() {
    Run r = run("stats", "--db", db.toString(), "--profile", "carol");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("No reviews yet."), r.out());
  }

  @Test
  void rangeWithoutReviews() {
    Run r = run("stats", "--db", db.toString(), "--profile", "bob", "--since", "2026-03-10");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("0 (no reviews yet in this range)"), r.out());
  }

  @Test
  void unknownProfileIsAOneLineError() {
    Run r = run("stats", "--db", db.toString(), "--profile", "zoe");
    assertEquals(1, r.code());
    assertEquals("factdrill: no profile 'zoe' in " + db + "; profiles: alice, bob, carol "
        + "(use --profile NAME or --all-profiles)\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void badSinceIsAUsageError() {
    Run r = run("stats", "--db", db.toString(), "--since", "last tuesday");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("factdrill: --since 'last tuesday': not a date"), r.err());
    assertEquals(1, r.err().lines().count());
  }

  @Test
  void profileAndAllProfilesExcludeEachOther() {
    Run r = run("stats", "--db", db.toString(), "--profile", "bob", "--all-profiles");
    assertEquals(2, r.code());
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run r = run("stats", "--db", db.toString(), "--format", "pdf");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("pdf"), r.err());
  }

  @Test
  void outInAMissingDirectoryFailsBeforeWriting() {
    Path out = dir.resolve("nope").resolve("r.json");
    Run r = run("stats", "--db", db.toString(), "--format", "json", "--out", out.toString());
    assertEquals(1, r.code());
    assertEquals("factdrill: " + out + ": directory " + out.getParent()
        + " does not exist\n", r.err());
    assertFalse(Files.exists(out.getParent()));
  }

  @Test
  void outOnADirectoryFails() {
    Run r = run("stats", "--db", db.toString(), "--out", dir.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("is a directory"), r.err());
    assertEquals(1, r.err().lines().count());
  }

  @Test
  void failedWriteKeepsTheOldFile() throws Exception {
    Path out = dir.resolve("keep.json");
    Files.writeString(out, "old");
    Path notDb = dir.resolve("notes.db");
    Files.writeString(notDb, "these are my notes, not a database");
    Run r = run("stats", "--db", notDb.toString(), "--format", "json", "--out", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("factdrill: " + notDb + ": not a factdrill database"), r.err());
    assertEquals(1, r.err().lines().count());
    assertEquals("old", Files.readString(out));
    assertEquals("these are my notes, not a database", Files.readString(notDb));
  }

  private static java.util.Set<String> listing(Path d) throws Exception {
    try (var files = Files.list(d)) {
      return files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
    }
  }

  @Test
  void aDatabaseFromANewerVersionIsRefusedLikeByTheOtherCommands() throws Exception {
    Path newer = dir.resolve("newer.db");
    Files.copy(db, newer);
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer);
         java.sql.Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    byte[] before = Files.readAllBytes(newer);
    java.util.Set<String> files = listing(dir);
    Run r = run("stats", "--db", newer.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("factdrill: " + newer + ": written by a newer factdrill"),
        r.err());
    assertEquals(1, r.err().lines().count());
    org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(newer));
    assertEquals(files, listing(dir), "no -wal or -shm left");
  }

  @Test
  void aDamagedDatabaseIsReportedInOneLineAndLeftAsItWasWithNoWalOrShm() throws Exception {
    byte[] all = Files.readAllBytes(db);
    for (int cut : new int[] {100, 4096, all.length / 2, all.length - 4096}) {
      Path damaged = dir.resolve("cut-" + cut + ".db");
      byte[] part = java.util.Arrays.copyOf(all, cut);
      Files.write(damaged, part);
      java.util.Set<String> files = listing(dir);
      Run r = run("stats", "--db", damaged.toString(), "--format", "json");
      if (r.code() != 0) {
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("factdrill: " + damaged + ": "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
      }
      org.junit.jupiter.api.Assertions.assertArrayEquals(part, Files.readAllBytes(damaged));
      assertEquals(files, listing(dir), "cut " + cut + ": no -wal or -shm left beside it");
    }
  }

  @Test
  void readingCreatesNoFileBesideTheDatabaseSoAReadOnlyMountWorks() throws Exception {
    Path copy = Files.createDirectory(dir.resolve("ro")).resolve("progress.db");
    Files.copy(db, copy);
    java.util.Set<String> files = listing(copy.getParent());
    Run r = run("stats", "--db", copy.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("factdrill stats: profile alice"), r.out());
    assertEquals(files, listing(copy.getParent()));
    // Where permissions bind (not as root), a read-only directory and file are read as well.
    copy.toFile().setWritable(false, false);
    copy.getParent().toFile().setWritable(false, false);
    try {
      Run ro = run("stats", "--db", copy.toString(), "--format", "csv");
      assertEquals(0, ro.code(), ro.err());
      assertEquals(15, ro.out().split("\r\n").length, "header and alice's 14 answers");
    } finally {
      copy.getParent().toFile().setWritable(true, false);
      copy.toFile().setWritable(true, false);
    }
  }

  @Test
  void anOpenSessionsAnswersAreSeen() throws Exception {
    Path live = dir.resolve("live.db");
    Files.copy(db, live);
    try (org.factdrill.store.Store s = org.factdrill.store.Store.open(live)) {
      org.factdrill.store.Profile bob = s.profile("bob", StatsFixture.NOW);
      java.time.Instant at = StatsFixture.NOW.minusSeconds(60);
      s.recordReview(new org.factdrill.store.ReviewRecord(bob.id(), "q9", "c9", 3, "x", true,
          "correct", 1000, at, null, new org.factdrill.srs.Card(
              org.factdrill.srs.CardState.REVIEW, null, 3.0, 5.0, at.plusSeconds(86_400), at),
          null, null));
      assertTrue(Files.exists(dir.resolve("live.db-wal")), "the session keeps its WAL open");
      Run r = run("stats", "--db", live.toString(), "--profile", "bob", "--format", "json");
      assertEquals(0, r.code(), r.err());
      assertEquals(4, new ObjectMapper().readTree(r.out()).at("/summary/reviews").asInt());
    }
  }
}
