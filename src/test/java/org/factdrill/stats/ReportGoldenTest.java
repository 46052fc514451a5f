package org.factdrill.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.store.Store;
import org.factdrill.testing.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text and JSON renderings of the fixture against golden files in
 * src/test/resources/org/factdrill/stats/golden. After an intended change, regenerate with
 * {@code mvn test -Dtest=ReportGoldenTest -Dfactdrill.golden.update=true} and review the diff.
 */
class ReportGoldenTest {
  static final Path GOLDEN = Golden.resources("org/factdrill/stats/golden");
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

  /** Each report in text and JSON; the reports are computed once, in build(). */
  static Golden.Corpus corpus() {
    List<Golden.Case> cases = new ArrayList<>();
    for (Map.Entry<String, StatsReport> e : REPORTS.entrySet()) {
      cases.add(new Golden.Case(e.getKey() + ".txt", List.of(),
          GOLDEN.resolve(e.getKey() + ".txt"), () -> text(e.getValue())));
      cases.add(new Golden.Case(e.getKey() + ".json", List.of(),
          GOLDEN.resolve(e.getKey() + ".json"), () -> JsonReport.toJson(e.getValue())));
    }
    return new Golden.Corpus(GOLDEN, cases);
  }

  @TestFactory
  Stream<DynamicTest> textAndJsonMatchGolden() {
    return corpus().tests();
  }

  @Test
  void everyGoldenFileHasAReport() {
    corpus().assertPaired();
  }

  @Test
  void renderingAgainGivesTheSameText() {
    corpus().assertIdempotent();
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
