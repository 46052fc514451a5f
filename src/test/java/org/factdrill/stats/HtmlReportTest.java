package org.factdrill.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report: self-contained, escaped, right-to-left aware, printable, valid. */
class HtmlReportTest {
  @TempDir
  static Path dir;
  static String alice;
  static String cls;

  @BeforeAll
  static void build() throws Exception {
    Path db = dir.resolve("fixture.db");
    StatsFixture.build(db);
    try (Store store = Store.open(db)) {
      long p = store.profile("alice", Instant.EPOCH).id();
      // A sentence with markup characters must come out as text.
      StatsFixture.card(org.factdrill.store.TestAccess.connection(store), p, "c6", "Review", 0.2, 9.9, "2026-03-21T00:00:00Z",
          "2026-03-01T00:00:00Z", 9, 7, "<b>x</b>.txt", "en", "date", "Tom & Jerry <script>1994</script>");
      StatsCalculator calc = new StatsCalculator(store.progress(), StatsFixture.CLOCK);
      alice = HtmlReport.render(calc.compute(StatsScope.profile("alice", null)));
      cls = HtmlReport.render(calc.compute(StatsScope.allProfiles(null)));
    }
    // Kept for looking at (browser, validator): target/stats-fixture*.html
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/stats-fixture.html"), alice, StandardCharsets.UTF_8);
    Files.writeString(Path.of("target/stats-fixture-class.html"), cls, StandardCharsets.UTF_8);
  }

  @Test
  void isSelfContained() {
    for (String h : new String[] {alice, cls}) {
      assertFalse(h.contains("<script"), "no scripts");
      assertFalse(h.contains("<link"), "no external stylesheets");
      assertFalse(Pattern.compile("\\ssrc=").matcher(h).find(), "no external images");
      assertFalse(h.replace("http://www.w3.org/2000/svg", "").contains("http"), "nothing to fetch");
      assertTrue(h.contains("<style>"));
    }
  }

  @Test
  void escapesLearnerText() {
    assertTrue(alice.contains("Tom &amp; Jerry &lt;script&gt;1994&lt;/script&gt;"));
    assertTrue(alice.contains("&lt;b&gt;x&lt;/b&gt;.txt"));
  }

  @Test
  void hebrewSentencesGetTheirDirectionAndLanguage() {
    assertTrue(alice.contains("<td class=\"sentence\" dir=\"auto\" lang=\"he\">הנסיגה הושלמה בשנת 1993.</td>"),
        alice);
    assertTrue(alice.contains("lang=\"vi\">Mỹ viện trợ"));
  }

  @Test
  void headerTimeIsReadableAndNoColumnNameRepeats() {
    for (String h : new String[] {alice, cls}) {
      assertFalse(Pattern.compile("\\d{2}:\\d{2}:\\d{2}\\.\\d").matcher(h).find(),
          "no fractional seconds");
      assertFalse(Pattern.compile("(?i)>share</th><th[^>]*><span[^>]*>share").matcher(h).find(),
          "no 'Share share'");
      assertFalse(h.contains("<span class=\"note\">share</span></th></tr></thead>\n<tbody>\n"
          + "<tr><td>en"), h);
    }
    assertTrue(HtmlReport.readableInstant("2026-01-05T10:00:00.123456789Z", "UTC")
        .startsWith("2026-01-05 10:00"));
  }

  @Test
  void hasPrintRules() {
    assertTrue(alice.contains("@media print"));
    assertTrue(alice.contains("print-color-adjust: exact"));
  }

  @Test
  void drawsTheChartsAsInlineSvg() {
    // Daily reviews, daily minutes, calendar, forecast, three histograms.
    assertEquals(7, count(alice, "<svg "));
    // One square per calendar day plus five legend squares.
    assertEquals(369 + 5, count(alice, "rx=\"2\""));
    assertTrue(alice.contains("<title>2026-03-15: 3 reviews</title>"));
    assertTrue(alice.contains("<title>2026-03-20: 2 due</title>"));
  }

  @Test
  void classViewListsLearnersAndQuestions() {
    assertTrue(cls.contains("<h2>Learners</h2>"));
    assertTrue(cls.contains("<h2>Questions, worst first</h2>"));
    assertTrue(cls.indexOf("<code>q2</code>") < cls.indexOf("<code>q4</code>"));
    assertFalse(alice.contains("<h2>Learners</h2>"));
  }

  private static int count(String s, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * Runs the Nu Html Checker when ../shared is there (it is not in a fresh clone), once on a
   * folder holding both reports: it checks every .html file of a folder, and most of a run is
   * its start-up.
   */
  @Test
  void passesTheNuHtmlChecker() throws IOException, InterruptedException {
    Path validate = Path.of("../shared/validators/validate.sh");
    Assumptions.assumeTrue(Files.isExecutable(validate), "no ../shared validators");
    Path both = Files.createDirectories(dir.resolve("html"));
    for (String name : new String[] {"stats-fixture.html", "stats-fixture-class.html"}) {
      Files.copy(Path.of("target/" + name), both.resolve(name));
    }
    Process p = org.factdrill.testing.ShortJvms.of(new ProcessBuilder(validate.toString(), "html",
        both.toString())).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    Assumptions.assumeTrue(p.exitValue() != 2, "validator could not be set up: " + out);
    assertEquals(0, p.exitValue(), out);
  }
}
