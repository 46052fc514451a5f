package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    Env env = new Env(Map.of(), dir.toString(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(err, true),
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "tester");
    return Cli.run(env, args);
  }

  @Test
  void printsOneJsonObjectPerFactWithTheContractFields() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "\uFEFFIn 1991, about 40,000 people left.", StandardCharsets.UTF_8);
    assertEquals(0, run("extract", f.toString()));
    String[] lines = out.toString().strip().split("\n");
    assertEquals(2, lines.length, out.toString());
    JsonNode n = new ObjectMapper().readTree(lines[1]);
    assertEquals(f.toString(), n.get("source").asText());
    assertEquals("en", n.get("lang").asText());
    assertEquals("40,000", n.get("text").asText());
    assertEquals(15, n.get("start").asInt()); // BOM excluded from offsets
    assertEquals("number", n.get("kind").asText());
    assertEquals(40000, n.get("value").asInt());
    assertEquals("people", n.get("unit").asText());
    assertTrue(n.get("approx").asBoolean());
    assertEquals(0, n.get("sentence").get("start").asInt());
  }

  @Test
  void detectsTheLanguagePerDocumentAndLangOverridesIt() throws Exception {
    Path f = dir.resolve("vi.txt");
    Files.writeString(f, "Liên Xô tan rã năm 1991 và các nước độc lập.", StandardCharsets.UTF_8);
    assertEquals(0, run("extract", f.toString()));
    assertTrue(out.toString().contains("\"lang\":\"vi\""), out.toString());
    assertTrue(out.toString().contains("\"text\":\"năm 1991\""), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run("extract", "--lang", "en", f.toString()));
    assertTrue(out.toString().contains("\"lang\":\"en\""), out.toString());
  }

  @Test
  void linesModeTreatsEachLineAsADocument() throws Exception {
    Path f = dir.resolve("l.txt");
    Files.writeString(f, "in 1988\n\n10 percent\n", StandardCharsets.UTF_8);
    assertEquals(0, run("extract", "--lines", f.toString()));
    String[] lines = out.toString().strip().split("\n");
    JsonNode second = new ObjectMapper().readTree(lines[1]);
    assertEquals(3, second.get("line").asInt());
    assertEquals(0, second.get("start").asInt());
    assertEquals("percent", second.get("kind").asText());
  }

  @Test
  void invalidUtf8FailsNamingTheFileAndByteOffset() throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'1', '9', '9', '1', ' ', (byte) 0xC3, (byte) 0x28});
    assertEquals(1, run("extract", f.toString()));
    assertTrue(err.toString().contains("bad.txt"), err.toString());
    assertTrue(err.toString().contains("byte 5"), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void lenientReplacesBadBytesAndWarns() throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'i', 'n', ' ', '1', '9', '9', '1', ' ', (byte) 0xC3, (byte) 0x28});
    assertEquals(0, run("extract", "--lenient", f.toString()));
    assertTrue(err.toString().contains("warning"), err.toString());
    assertTrue(out.toString().contains("\"value\":\"1991\""), out.toString());
  }

  @Test
  void binaryFilesAreSkippedWithAWarning() throws Exception {
    Path bin = dir.resolve("x.txt");
    Files.write(bin, new byte[] {0, 1, 2, 0, 3});
    Path ok = dir.resolve("y.txt");
    Files.writeString(ok, "in 1988", StandardCharsets.UTF_8);
    assertEquals(0, run("extract", dir.toString()));
    assertTrue(err.toString().contains("x.txt") && err.toString().contains("binary"), err.toString());
    assertTrue(out.toString().contains("\"value\":\"1988\""), out.toString());
  }

  @Test
  void missingPathExitsTwoNamingIt() {
    assertEquals(2, run("extract", dir.resolve("nope.txt").toString()));
    assertTrue(err.toString().contains("nope.txt"), err.toString());
  }

  @Test
  void emptyFileGivesNoFactsAndNoError() throws Exception {
    Path f = dir.resolve("empty.txt");
    Files.writeString(f, "");
    assertEquals(0, run("extract", f.toString()));
    assertEquals("", out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void tableFormatIsForPeopleAndBadOptionsAreUsageErrors() throws Exception {
    Path f = dir.resolve("t.txt");
    Files.writeString(f, "in 1988", StandardCharsets.UTF_8);
    assertEquals(0, run("extract", "--format", "table", f.toString()));
    assertTrue(out.toString().startsWith("SOURCE"), out.toString());
    assertEquals(2, run("extract", "--format", "xml", f.toString()));
    assertEquals(2, run("extract", "--lang", "fr", f.toString()));
  }
}
