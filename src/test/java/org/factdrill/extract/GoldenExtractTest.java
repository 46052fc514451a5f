package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.testing.Golden;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden pairs in src/test/resources/extract/{en,vi,he}: NAME.input is extracted in that
 * language and must give exactly NAME.output (the jsonl contract). Regenerate after a deliberate
 * change with {@code mvn test -Dtest=GoldenExtractTest -Dgolden.update=true} and review the diff.
 */
class GoldenExtractTest {
  static final Path ROOT = Golden.resources("extract");

  static String render(Language lang, String source, String text) {
    Document doc = new Document(source, text, lang);
    StringBuilder b = new StringBuilder();
    for (Fact f : org.factdrill.testing.SharedExtractor.get().extract(doc)) {
      for (String line : FactJson.lines(doc, f, 0)) { // a period, then its two ends
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  static Golden.Corpus corpus() {
    List<Golden.Case> cases = new ArrayList<>();
    for (Path in : Golden.files(ROOT, ".input")) {
      Language lang = Language.fromCode(in.getParent().getFileName().toString()).orElseThrow();
      String source = ROOT.relativize(in).toString().replace('\\', '/');
      cases.add(new Golden.Case(source, List.of(in), Golden.sibling(in, ".output"),
          () -> render(lang, source, Files.readString(in, StandardCharsets.UTF_8))));
    }
    return new Golden.Corpus(ROOT, cases);
  }

  @TestFactory
  Stream<DynamicTest> everyInputGivesItsGoldenOutput() {
    Golden.Corpus c = corpus();
    assertTrue(c.cases().size() >= 9, "expected golden inputs for each language: " + c.cases());
    return c.tests();
  }

  @Test
  void everyGoldenFileHasBothHalves() {
    corpus().assertPaired();
  }

  @Test
  void extractingTheCorpusAgainGivesTheSameFacts() {
    corpus().assertIdempotent();
  }
}
