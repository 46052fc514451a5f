package org.factdrill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Optional: runs ../shared/validators/validate.sh (third-party parsers: gift-pegjs, anki-reader,
 * JQTI+, the QTI 1.2 XSD, SheetJS, the Nu Html Checker, markdownlint) on every format's export of
 * the test bank. Skipped when ../shared, node or npm is missing, or when the validators cannot
 * set themselves up (exit 2, e.g. offline on first use).
 */
class SharedValidatorsTest {
  @TempDir Path tmp;

  static Path script() {
    return Path.of(System.getProperty("factdrill.home", "."), "..", "shared", "validators",
        "validate.sh").toAbsolutePath().normalize();
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where validate.sh keeps what it installs on first use. Once that is there (and xmllint is),
   * the formats are validated two at a time: each run mostly starts node, python or a JVM, and
   * two cores finish the eleven formats in about half the time. On first use they run one after
   * another, so that two installs never write the same cache at once.
   */
  static boolean setUp() {
    String cache = System.getenv().getOrDefault("VALIDATORS_CACHE", "/tmp/validators-cache");
    return Files.isRegularFile(Path.of(cache, ".npm-stamp")) && onPath("xmllint");
  }

  /** What one validate.sh run said: its exit code and standard output. */
  private record Outcome(int exit, String out) {}

  @TestFactory
  List<DynamicTest> everyFormatPassesTheSharedValidators() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(script()), "no " + script());
    Assumptions.assumeTrue(onPath("node") && onPath("npm"), "node/npm not installed");
    ExecutorService pool = Executors.newFixedThreadPool(setUp() ? 2 : 1);
    List<DynamicTest> tests = new ArrayList<>();
    try {
      for (Exporter e : Formats.all()) {
        Path file = tmp.resolve("alltypes-" + e.name() + "." + e.extension());
        Files.write(file, ExportFixtures.export(e.name(), ExportFixtures.questions()).bytes());
        String format = e.name().equals("moodle-xml") ? "moodlexml" : e.name();
        Future<Outcome> run = pool.submit(() -> validate(format, file));
        tests.add(DynamicTest.dynamicTest(e.name(), () -> check(format, run.get())));
      }
    } finally {
      pool.shutdown(); // the submitted runs go on; each test waits for its own
    }
    return tests;
  }

  private static Outcome validate(String format, Path file) throws Exception {
    Process p = org.factdrill.testing.ShortJvms.of(new ProcessBuilder("bash", script().toString(),
        format, file.toString())).redirectErrorStream(false)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("validate.sh " + format + " did not finish");
    }
    return new Outcome(p.exitValue(), out);
  }

  private static void check(String format, Outcome o) {
    Assumptions.assumeTrue(o.exit() != 2, "validators not set up: " + o.out().strip());
    String last = o.out().strip().lines().reduce((a, b) -> b).orElse("");
    assertEquals(0, o.exit(), o.out());
    assertTrue(last.contains(": OK"), format + ": " + o.out());
  }
}
