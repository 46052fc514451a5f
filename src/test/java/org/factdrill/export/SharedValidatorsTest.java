package org.factdrill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @TestFactory
  List<DynamicTest> everyFormatPassesTheSharedValidators() {
    Assumptions.assumeTrue(Files.isRegularFile(script()), "no " + script());
    Assumptions.assumeTrue(onPath("node") && onPath("npm"), "node/npm not installed");
    List<DynamicTest> tests = new ArrayList<>();
    for (Exporter e : Formats.all()) {
      tests.add(DynamicTest.dynamicTest(e.name(), () -> validate(e)));
    }
    return tests;
  }

  private void validate(Exporter e) throws Exception {
    Path file = tmp.resolve("alltypes-" + e.name() + "." + e.extension());
    Files.write(file, ExportFixtures.export(e.name(), ExportFixtures.questions()).bytes());
    String format = e.name().equals("moodle-xml") ? "moodlexml" : e.name();
    Process p = new ProcessBuilder("bash", script().toString(), format, file.toString())
        .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("validate.sh " + format + " did not finish");
    }
    Assumptions.assumeTrue(p.exitValue() != 2, "validators not set up: " + out.strip());
    String last = out.strip().lines().reduce((a, b) -> b).orElse("");
    assertEquals(0, p.exitValue(), out);
    assertTrue(last.contains(": OK"), out);
  }
}
