package org.factdrill.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.bank.BankJson;
import org.factdrill.testing.Golden;
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
  private static final Path DIR = Golden.resources("generate");

  static Golden.Corpus corpus() {
    List<Golden.Case> cases = new ArrayList<>();
    for (Path in : Golden.files(DIR, ".input")) {
      cases.add(new Golden.Case(in.getFileName().toString(), List.of(in),
          Golden.sibling(in, ".output"), () -> generate(in)));
    }
    return new Golden.Corpus(DIR, cases);
  }

  @Test
  void everyInputHasAnOutputAndViceVersa() {
    corpus().assertPaired();
  }

  @TestFactory
  Stream<DynamicTest> outputsMatch() {
    return corpus().tests();
  }

  @Test
  void generatingTheCorpusAgainGivesTheSameBanks() {
    corpus().assertIdempotent();
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
}
