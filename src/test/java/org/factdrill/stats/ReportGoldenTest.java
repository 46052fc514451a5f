package org.factdrill.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.factdrill.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text and JSON renderings of the fixture against golden files in
 * src/test/resources/org/factdrill/stats/golden. After an intended change, regenerate with
 * {@code mvn test -Dtest=ReportGoldenTest -Dfactdrill.golden.update=true} and review the diff.
 */
class ReportGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/org/factdrill/stats/golden");
  @TempDir
  static Path dir;
  static final Map<String, StatsReport> REPORTS = new TreeMap<>();

  @BeforeAll
  static void build() throws Exception {
    Path db = dir.resolve("fixture.db");
    StatsFixture.build(db);
    try (Store store = Store.open(db)) {
      StatsCalculator calc = new StatsCalculator(store.progress(), StatsFixture.CLOCK);
      REPORTS.put("alice", calc.compute(StatsScope.profile("alice", null)));
      REPORTS.put("class", calc.compute(StatsScope.allProfiles(null)));
      REPORTS.put("empty", StatsCalculator.empty(StatsScope.profile("dana", null), StatsFixture.CLOCK));
    }
  }

  static String text(StatsReport r) {
    StringWriter sw = new StringWriter();
    PrintWriter pw = new PrintWriter(sw);
    TextReport.write(r, pw);
    pw.flush();
    return sw.toString().replace(System.lineSeparator(), "\n");
  }

  private static void check(String name, String actual) throws Exception {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("factdrill.golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), file + " is missing; run with -Dfactdrill.golden.update=true");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
  }

  @Test
  void textMatchesGolden() throws Exception {
    for (Map.Entry<String, StatsReport> e : REPORTS.entrySet()) {
      check(e.getKey() + ".txt", text(e.getValue()));
    }
  }

  @Test
  void jsonMatchesGolden() throws Exception {
    for (Map.Entry<String, StatsReport> e : REPORTS.entrySet()) {
      check(e.getKey() + ".json", JsonReport.toJson(e.getValue()));
    }
  }

  @Test
  void everyGoldenFileHasAReport() throws Exception {
    try (var files = Files.list(GOLDEN)) {
      files.forEach(f -> {
        String n = f.getFileName().toString();
        assertTrue(REPORTS.containsKey(n.substring(0, n.lastIndexOf('.'))), "unpaired golden " + n);
      });
    }
  }

  @Test
  void textStaysWithin80Columns() {
    for (StatsReport r : REPORTS.values()) {
      for (String line : text(r).split("\n")) {
        assertTrue(line.codePointCount(0, line.length()) <= 80, "too wide: " + line);
      }
    }
  }
}
