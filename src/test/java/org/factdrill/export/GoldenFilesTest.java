package org.factdrill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for the text formats: {@code export/CASE.input} is a bank, and
 * {@code export/CASE.FORMAT.output} what each text format makes of it. Regenerate with
 * {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
  static final List<String> TEXT_FORMATS = List.of("gift", "moodle-xml", "anki-txt", "quizlet",
      "csv", "html", "markdown");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** The source folder, so updates land in src/test/resources rather than target/. */
  static Path dir() {
    String home = System.getProperty("factdrill.home", ".");
    return Path.of(home, "src", "test", "resources", "export");
  }

  static List<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(dir())) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".input"))
          .map(n -> n.substring(0, n.length() - ".input".length())).sorted().toList();
    }
  }

  @TestFactory
  List<DynamicTest> everyTextFormatMatchesItsGoldenFile() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String c : cases()) {
      for (String format : TEXT_FORMATS) {
        tests.add(DynamicTest.dynamicTest(c + "." + format, () -> check(c, format)));
      }
    }
    return tests;
  }

  private static void check(String c, String format) throws Exception {
    List<Question> qs = Selection.all().apply(
        new BankJson().load(dir().resolve(c + ".input")).questions());
    String actual = ExportFixtures.export(format, qs).text();
    Path golden = dir().resolve(c + "." + format + ".output");
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), golden + " is missing; run with -Dgolden.update=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "export differs from " + golden + " (if intended, run with -Dgolden.update=true)");
  }

  @Test
  void everyOutputFileHasItsInputAndAKnownFormat() throws IOException {
    List<String> cases = cases();
    assertTrue(!cases.isEmpty(), "no golden cases in " + dir());
    try (Stream<Path> s = Files.list(dir())) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String name = p.getFileName().toString();
        if (name.endsWith(".input")) {
          continue;
        }
        assertTrue(name.endsWith(".output"), "stray file " + p + " (expected CASE.input or "
            + "CASE.FORMAT.output)");
        String stem = name.substring(0, name.length() - ".output".length());
        int dot = stem.indexOf('.');
        assertTrue(dot > 0, "output " + name + " does not name CASE.FORMAT");
        assertTrue(cases.contains(stem.substring(0, dot)), "output " + name + " has no input "
            + stem.substring(0, dot) + ".input");
        assertTrue(TEXT_FORMATS.contains(stem.substring(dot + 1)), "output " + name
            + " names an unknown text format");
      }
    }
  }
}
