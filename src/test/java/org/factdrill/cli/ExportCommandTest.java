package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdrill export}: output targets, usage errors, skipped questions, variants. */
class ExportCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = new Env(Map.of("USER", "tester"), tmp.toString(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(err, true),
        Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC), "tester");
    return new Run(Cli.run(env, args), out.toString(), err.toString());
  }

  static String bank() {
    try {
      return Path.of(ExportCommandTest.class.getResource("/export/alltypes.input").toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void textFormatGoesToStandardOutputWithASummaryOnStderr() {
    Run r = run("export", "--format", "gift", "--bank", bank());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("::cloze-en-year::"));
    assertTrue(r.err().contains("exported 17 of 17 questions as gift to standard output (0 skipped)"),
        r.err());
  }

  @Test
  void skippedQuestionsAreListedWithReasonsAndCounted() {
    Path out = tmp.resolve("quiz.xlsx");
    Run r = run("export", "--format", "kahoot", "--bank", bank(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("factdrill: skipped cloze-he-date: Kahoot needs answer choices"),
        r.err());
    assertTrue(r.err().contains("exported 15 of 17 questions as kahoot to " + out + " (2 skipped)"),
        r.err());
    assertTrue(Files.exists(out));
  }

  @Test
  void binaryFormatWithoutOutIsAUsageError() {
    Run r = run("export", "--format", "apkg", "--bank", bank());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("factdrill: apkg is a binary file"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void unknownFormatTypeOrLanguageIsAUsageError() {
    assertEquals(2, run("export", "--format", "docx", "--bank", bank()).code());
    Run t = run("export", "--format", "csv", "--bank", bank(), "--types", "essay");
    assertEquals(2, t.code());
    assertTrue(t.err().contains("unknown question type 'essay'"), t.err());
    assertEquals(2, run("export", "--format", "csv", "--bank", bank(), "--lang", "fr").code());
    Run s = run("export", "--format", "csv", "--bank", bank(), "--source", "nope.txt");
    assertEquals(2, s.code());
    assertTrue(s.err().contains("no source text 'nope.txt'"), s.err());
  }

  @Test
  void unwritableOutGivesOneLineAndLeavesNoFile() throws Exception {
    Path missing = tmp.resolve("no-such-dir").resolve("quiz.gift");
    Run r = run("export", "--format", "gift", "--bank", bank(), "--out", missing.toString());
    assertEquals(1, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("does not exist"), r.err());
    assertFalse(Files.exists(missing));
    Path ro = Files.createDirectory(tmp.resolve("ro"));
    ro.toFile().setWritable(false);
    try {
      boolean enforced = !Files.isWritable(ro); // root can write anywhere
      Run w = run("export", "--format", "html", "--bank", bank(), "--out",
          ro.resolve("q.html").toString());
      if (enforced) {
        assertEquals(1, w.code());
        assertTrue(w.err().contains("permission denied"), w.err());
      }
      try (Stream<Path> s = Files.list(ro)) {
        assertEquals(enforced ? 0 : 1, s.count(), "no partial or temporary file");
      }
    } finally {
      ro.toFile().setWritable(true);
    }
  }

  @Test
  void outThatIsADirectoryIsAnError() {
    Run r = run("export", "--format", "csv", "--bank", bank(), "--out", tmp.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("is a directory"), r.err());
  }

  @Test
  void invalidBankGivesBankJsonsMessage() throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\": 1, \"questions\": [ {\"id\": ");
    Run r = run("export", "--format", "csv", "--bank", bad.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("factdrill: " + bad + ":1:"), r.err());
    assertFalse(r.err().contains("Exception"));
  }

  @Test
  void emptySelectionIsAnError() {
    Run r = run("export", "--format", "csv", "--bank", bank(), "--lang", "he", "--types",
        "cloze", "--source", "en_hostile.txt");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no questions to export"), r.err());
  }

  @Test
  void countAndFiltersNarrowTheExport() {
    Run r = run("export", "--format", "csv", "--bank", bank(), "--count", "3", "--lang", "en");
    assertEquals(0, r.code(), r.err());
    assertEquals(4, r.out().split("\r\n").length, r.out());
  }

  @Test
  void variantsWriteOneFileEachWithTheirOwnOrder() throws Exception {
    Path out = tmp.resolve("paper.html");
    Run r = run("export", "--format", "html", "--bank", bank(), "--out", out.toString(),
        "--variants", "2", "--title", "Karabakh test");
    assertEquals(0, r.code(), r.err());
    String v1 = Files.readString(tmp.resolve("paper-v1.html"));
    String v2 = Files.readString(tmp.resolve("paper-v2.html"));
    assertFalse(Files.exists(out));
    assertTrue(v1.contains("<title>Karabakh test (Variant 1)</title>"));
    assertTrue(v2.contains("Answer key"));
    assertNotEquals(v1.substring(v1.indexOf("<main>")), v2.substring(v2.indexOf("<main>")));
  }

  @Test
  void variantsNeedAnOutFile() {
    assertEquals(2, run("export", "--format", "markdown", "--bank", bank(), "--variants", "3")
        .code());
  }
}
