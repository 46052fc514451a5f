package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
  static final Path ROOT = Path.of(System.getProperty("factdrill.home", "."))
      .resolve("src/test/resources/extract");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static String render(Language lang, String source, String text) {
    Document doc = new Document(source, text, lang);
    StringBuilder b = new StringBuilder();
    for (Fact f : new FactExtractor().extract(doc)) {
      b.append(FactJson.of(doc, f, 0).toString()).append('\n');
    }
    return b.toString();
  }

  private static List<Path> files(String ext) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Language l : Language.values()) {
      Path dir = ROOT.resolve(l.code());
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(p -> p.toString().endsWith(ext)).sorted().forEach(out::add);
        }
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyInputGivesItsGoldenOutput() throws IOException {
    List<Path> inputs = files(".input");
    assertTrue(inputs.size() >= 9, "expected golden inputs for each language, found " + inputs);
    return inputs.stream().map(in -> DynamicTest.dynamicTest(ROOT.relativize(in).toString(), () -> {
      Language lang = Language.fromCode(in.getParent().getFileName().toString()).orElseThrow();
      String source = ROOT.relativize(in).toString().replace('\\', '/');
      String actual = render(lang, source, Files.readString(in, StandardCharsets.UTF_8));
      Path out = Path.of(in.toString().replaceAll("\\.input$", ".output"));
      if (UPDATE) {
        Files.writeString(out, actual, StandardCharsets.UTF_8);
      }
      assertTrue(Files.exists(out), out + " is missing; run with -Dgolden.update=true");
      assertEquals(Files.readString(out, StandardCharsets.UTF_8), actual, "golden file " + out);
    }));
  }

  @Test
  void everyGoldenFileHasBothHalves() throws IOException {
    List<String> unpaired = new ArrayList<>();
    for (Path in : files(".input")) {
      if (!Files.exists(Path.of(in.toString().replaceAll("\\.input$", ".output")))) {
        unpaired.add(in.toString());
      }
    }
    for (Path out : files(".output")) {
      if (!Files.exists(Path.of(out.toString().replaceAll("\\.output$", ".input")))) {
        unpaired.add(out.toString());
      }
    }
    assertTrue(unpaired.isEmpty(), "unpaired golden files: " + unpaired);
  }
}
