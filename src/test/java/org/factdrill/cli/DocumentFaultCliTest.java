package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.factdrill.extract.Extractor;
import org.factdrill.extract.FactExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A fault on one text (an exception from a rule, injected through the extractor the command is
 * given) leaves that text out of {@code generate} and {@code extract}: the others are written,
 * the text is named on one line, and the exit code is 1.
 */
class DocumentFaultCliTest {
  @TempDir Path tmp;
  private Path harbour;
  private Path canal;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void texts() throws Exception {
    harbour = tmp.resolve("harbour.txt");
    Files.writeString(harbour, """
        The new harbour of Veldmark was opened in 1872 after eleven years of building.

        Its lighthouse was raised in 1880 on the rocks at the mouth of the bay.

        A storm in 1903 broke the outer wall, and it was rebuilt by 1906.
        """);
    canal = tmp.resolve("canal.txt");
    Files.writeString(canal, """
        Digging of the Orlen canal began in 1791 under a grant from the provincial council.

        The first barge passed through its locks in 1798, carrying grain to the coast.

        The canal was closed to traffic in 1957, when the railway had taken its trade.
        """);
  }

  private Env env(StringWriter out, StringWriter err) {
    return new Env(Map.of(), tmp.toString(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(err, true),
        Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), "tester");
  }

  /** The real extractor, throwing on the text whose name ends with {@code failing}. */
  private static Supplier<Extractor> failingOn(String failing) {
    FactExtractor real = new FactExtractor();
    return () -> doc -> {
      if (doc.source().endsWith(failing)) {
        throw new IllegalStateException("a rule broke on purpose");
      }
      return real.extract(doc);
    };
  }

  private Run generate(Supplier<Extractor> extractors, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = env(out, err);
    int code = new CommandLine(new GenerateCommand(env, extractors)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Run extract(Function<Env, ExtractCommand> command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(command.apply(env(out, err))).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static Bank bank(Path p) throws Exception {
    return new BankJson().load(p);
  }

  private static List<String> questionsOf(Bank b, Path text) {
    String name = text.getFileName().toString();
    return b.questions().stream().filter(q -> q.facts().get(0).source().endsWith(name))
        .map(Question::id).toList();
  }

  @Test
  void generateWritesTheOtherTextsAndNamesTheFailingOneOnOneLine() throws Exception {
    Path out = tmp.resolve("bank.json");
    Run r = generate(failingOn("canal.txt"), "--out", out.toString(), harbour.toString(),
        canal.toString());
    assertEquals(1, r.code(), r.err());
    Bank b = bank(out);
    assertEquals(List.of("harbour.txt"), b.sources().stream().map(Bank.SourceInfo::file)
        .map(f -> Path.of(f).getFileName().toString()).toList());
    assertFalse(b.questions().isEmpty());
    List<String> lines = r.err().lines().filter(l -> l.contains("canal.txt")).toList();
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).contains("IllegalStateException: a rule broke on purpose"), r.err());
    assertTrue(lines.get(0).contains("DocumentFaultCliTest"), r.err()); // where it broke
    assertTrue(lines.get(0).contains("report"), r.err());
    assertFalse(r.err().contains("\tat "), r.err()); // no trace without --verbose
    assertTrue(r.err().contains("wrote "), r.err());
  }

  @Test
  void theOtherTextsGetTheQuestionsTheyGetAlone() throws Exception {
    Path both = tmp.resolve("both.json");
    Path alone = tmp.resolve("alone.json");
    generate(failingOn("canal.txt"), "--out", both.toString(), harbour.toString(),
        canal.toString());
    Run r = generate(FactExtractor::new, "--out", alone.toString(), harbour.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(bank(alone).questions(), bank(both).questions());
  }

  @Test
  void verboseAddsTheTrace() {
    Run r = generate(failingOn("canal.txt"), "--verbose", "--out",
        tmp.resolve("bank.json").toString(), harbour.toString(), canal.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void aFailingTextKeepsWhatTheBankHadOfIt() throws Exception {
    Path out = tmp.resolve("bank.json");
    assertEquals(0, generate(FactExtractor::new, "--out", out.toString(), harbour.toString(),
        canal.toString()).code());
    Bank before = bank(out);
    assertFalse(questionsOf(before, canal).isEmpty());
    Run r = generate(failingOn("canal.txt"), "--out", out.toString(), harbour.toString(),
        canal.toString());
    assertEquals(1, r.code(), r.err());
    assertFalse(r.err().contains("would"), r.err()); // nothing lost, so no refusal
    Bank after = bank(out);
    assertEquals(questionsOf(before, canal), questionsOf(after, canal));
    assertEquals(before.questions().size(), after.questions().size());
    assertTrue(after.sources().stream().anyMatch(s -> s.file().endsWith("canal.txt")));
  }

  @Test
  void everyTextFailingWritesNothing() {
    Path out = tmp.resolve("bank.json");
    Run r = generate(() -> doc -> {
      throw new IllegalArgumentException("no rule works today");
    }, "--out", out.toString(), harbour.toString(), canal.toString());
    assertEquals(1, r.code(), r.err());
    assertFalse(Files.exists(out));
    assertEquals(2, r.err().lines().filter(l -> l.contains("IllegalArgumentException")).count(),
        r.err());
    assertTrue(r.err().contains("nothing written"), r.err());
  }

  @Test
  void extractPrintsTheOtherFilesFactsAndNamesTheFailingOne() {
    Run r = extract(env -> new ExtractCommand(env, failingOn("canal.txt")), harbour.toString(),
        canal.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("1872"), r.out());
    assertFalse(r.out().contains("canal.txt"), r.out());
    assertEquals(1, r.err().lines().filter(l -> l.contains("canal.txt")).count(), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    Run plain = extract(env -> new ExtractCommand(env, FactExtractor::new), harbour.toString());
    assertEquals(plain.out(), r.out());
  }

  @Test
  void extractByLinesLeavesOutOnlyTheFailingLine() {
    FactExtractor real = new FactExtractor();
    Supplier<Extractor> onYear1798 = () -> doc -> {
      if (doc.text().contains("1798")) {
        throw new IllegalStateException("a rule broke on purpose");
      }
      return real.extract(doc);
    };
    Run r = extract(env -> new ExtractCommand(env, onYear1798), "--lines", "--format", "table",
        canal.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("1791") && r.out().contains("1957"), r.out());
    assertFalse(r.out().contains("1798"), r.out());
    assertTrue(r.out().startsWith("SOURCE"), r.out());
    assertTrue(r.err().contains("canal.txt:3"), r.err());
  }
}
