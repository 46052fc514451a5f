package org.factdrill.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.factdrill.store.Store;
import org.factdrill.store.TestAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leeches in the HTML report: the fixture with one card suspended as a leech and one studied
 * again after unsuspending; the section against a golden file (regenerate with
 * {@code -Dfactdrill.golden.update=true} and review the diff). The fixture without leeches has no
 * such section.
 */
public class LeechReportTest {
  static final Path GOLDEN = Path.of("src/test/resources/org/factdrill/stats/golden-html/leeches.html");
  @TempDir
  static Path dir;
  static StatsReport withLeeches;
  static StatsReport without;

  /** The stats fixture in {@code db} with c2 suspended as a leech and c3 a leech studied again. */
  public static void build(Path db) throws Exception {
    StatsFixture.build(db);
    try (Store store = Store.open(db);
        Statement st = TestAccess.connection(store).createStatement()) {
      st.executeUpdate("UPDATE cards SET fails = 8, leech = 1, suspended = 1 WHERE card_id = 'c2'");
      st.executeUpdate("UPDATE cards SET fails = 1, leech = 1, suspended = 0 WHERE card_id = 'c3'");
    }
  }

  @BeforeAll
  static void compute() throws Exception {
    Path db = dir.resolve("leeches.db");
    build(db);
    try (Store store = Store.open(db)) {
      withLeeches = new StatsCalculator(store.progress(), StatsFixture.CLOCK)
          .compute(StatsScope.profile("alice", null));
    }
    Path plain = dir.resolve("plain.db");
    StatsFixture.build(plain);
    try (Store store = Store.open(plain)) {
      without = new StatsCalculator(store.progress(), StatsFixture.CLOCK)
          .compute(StatsScope.profile("alice", null));
    }
  }

  private static String section(String html) {
    int from = html.indexOf("<section id=\"leeches\">");
    return from < 0 ? "" : html.substring(from, html.indexOf("</section>", from) + 11);
  }

  @Test
  void htmlListsTheLeechesLikeTheTextReport() throws Exception {
    assertEquals(2, withLeeches.leeches().size());
    String html = HtmlReport.render(withLeeches);
    // Kept for the Nu Html Checker (../shared/validators/validate.sh html FILE)
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/stats-fixture-leeches.html"), html, StandardCharsets.UTF_8);
    String got = section(html);
    if (Boolean.getBoolean("factdrill.golden.update") || !Files.exists(GOLDEN)) {
      Files.writeString(GOLDEN, got, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), got);
    assertTrue(got.contains("<td>suspended</td>") && got.contains("<td>studied</td>"), got);
  }

  @Test
  void noLeechesNoSection() {
    assertTrue(without.leeches().isEmpty());
    assertFalse(HtmlReport.render(without).contains("id=\"leeches\""));
  }
}
