package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.bank.BankJson;
import org.factdrill.text.Language;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: each src/test/resources/generate/NAME.input (a "lang: xx" line, then a text with
 * its facts marked {{text|kind|value}}) must generate exactly NAME.output. After an intended
 * change, regenerate with {@code mvn test -Dtest=GeneratorGoldenTest -Dgolden.update=true} and
 * review the diff.
 */
class GeneratorGoldenTest {
  private static final Path DIR = Path.of(System.getProperty("factdrill.home", "."))
      .resolve("src/test/resources/generate");

  @Test
  void everyInputHasAnOutputAndViceVersa() throws IOException {
    List<String> unpaired = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        if (n.endsWith(".input") && !Files.exists(sibling(p, ".output"))
            && !Boolean.getBoolean("golden.update")) {
          unpaired.add(n);
        } else if (n.endsWith(".output") && !Files.exists(sibling(p, ".input"))) {
          unpaired.add(n);
        } else if (!n.endsWith(".input") && !n.endsWith(".output")) {
          unpaired.add(n + " (neither .input nor .output)");
        }
      }
    }
    assertEquals(List.of(), unpaired);
  }

  @TestFactory
  Stream<DynamicTest> outputsMatch() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(DIR)) {
      inputs = files.filter(p -> p.toString().endsWith(".input")).sorted().toList();
    }
    assertFalse(inputs.isEmpty());
    return inputs.stream().map(in -> DynamicTest.dynamicTest(in.getFileName().toString(), () -> {
      String actual = generate(in);
      Path out = sibling(in, ".output");
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(out, actual, StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(out), "missing " + out + " (run with -Dgolden.update=true)");
      assertEquals(Files.readString(out, StandardCharsets.UTF_8), actual,
          "golden file differs; if intended, rerun with -Dgolden.update=true and review the diff");
    }));
  }

  private static String generate(Path input) throws IOException {
    String all = Files.readString(input, StandardCharsets.UTF_8);
    int nl = all.indexOf('\n');
    Language lang = Language.fromCode(all.substring(0, nl).replace("lang:", "").strip())
        .orElseThrow();
    String name = input.getFileName().toString().replace(".input", ".txt");
    DocFacts doc = Fixtures.doc(name, lang, all.substring(nl + 1));
    Result r = Fixtures.generate(1, doc);
    return new BankJson().toJson(r.bank()) + "\n--- report ---\n" + r.report().format(r.bank());
  }

  private static Path sibling(Path p, String ext) {
    String n = p.getFileName().toString();
    return p.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ext);
  }
}
