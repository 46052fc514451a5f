package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdrill bank audit}: one line per fault with bank, id, category; exit 1 on any. */
class BankAuditCliTest {
  @TempDir
  Path tmp;

  private int run(StringWriter out, String... args) {
    Env env = new Env(Map.of(), tmp.toString(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
        Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), "tester");
    return Cli.run(env, args);
  }

  @Test
  void aBankWithAFaultIsListedAndExitsOne() throws Exception {
    Path bank = tmp.resolve("b.json");
    Files.writeString(bank, """
        {"schemaVersion": 1, "generator": {"name": "test", "version": "1"}, "sources": [],
         "questions": [
          {"id": "cloze-1", "card": "f-1", "type": "cloze", "lang": "en",
           "prompt": "Last year the harbour council counted _____ sailors.",
           "answer": {"value": 4300, "text": "4,300"}},
          {"id": "cloze-2", "card": "f-2", "type": "cloze", "lang": "en",
           "prompt": "In 1950 the harbour council counted _____ sailors.",
           "answer": {"value": 4300, "text": "4,300"}}]}
        """);
    StringWriter out = new StringWriter();
    assertEquals(1, run(out, "bank", "audit", bank.toString()));
    String[] lines = out.toString().strip().split("\n");
    assertEquals(2, lines.length, out.toString());
    assertTrue(lines[0].startsWith("b.json\tcloze-1\trelative\tLast year"), lines[0]);
    assertTrue(lines[1].startsWith("questions 2, faults 1"), lines[1]);
  }

  @Test
  void theSeedBankIsCleanAndExitsZero() {
    Path seeds = Path.of(System.getProperty("factdrill.home", ".")).resolve("question-banks")
        .resolve("seeds.json");
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, "bank", "audit", seeds.toString()), out.toString());
  }
}
