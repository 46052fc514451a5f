package org.factdrill.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.factdrill.testing.Golden;
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

  /** The source folder, so updates land in src/test/resources rather than target/. */
  static Path dir() {
    return Golden.resources("export");
  }

  static List<String> cases() {
    return Golden.files(dir(), ".input").stream().map(p -> p.getFileName().toString())
        .map(n -> n.substring(0, n.length() - ".input".length())).sorted().toList();
  }

  /** Every case in every text format: CASE.input gives CASE.FORMAT.output. */
  static Golden.Corpus corpus() {
    List<Golden.Case> out = new ArrayList<>();
    for (String c : cases()) {
      Path in = dir().resolve(c + ".input");
      for (String format : TEXT_FORMATS) {
        out.add(new Golden.Case(c + "." + format, List.of(in),
            dir().resolve(c + "." + format + ".output"), () -> export(in, format)));
      }
    }
    return new Golden.Corpus(dir(), out);
  }

  private static String export(Path in, String format) throws Exception {
    List<Question> qs = Selection.all().apply(new BankJson().load(in).questions());
    return ExportFixtures.export(format, qs).text();
  }

  @TestFactory
  Stream<DynamicTest> everyTextFormatMatchesItsGoldenFile() {
    return corpus().tests();
  }

  @Test
  void everyOutputFileHasItsInputAndAKnownFormat() {
    assertTrue(!cases().isEmpty(), "no golden cases in " + dir());
    corpus().assertPaired();
  }

  @Test
  void exportingTheCorpusAgainGivesTheSameFiles() {
    corpus().assertIdempotent();
  }
}
