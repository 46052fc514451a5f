package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.DocumentLoader;
import org.factdrill.text.Language;
import org.factdrill.text.TopicLines;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 4 on the development corpus's bank (corpus/dev, committed with the
 * project; skipped when absent): no context line holds an address, a file name, template residue
 * or empty brackets, or is a site's chrome, tagline or section name.
 */
class DevCorpusContextLinesTest {
  private static final Path DEV = Path.of("corpus/dev");
  private static final Pattern RESIDUE = Pattern.compile(
      "(?i)https?://|www\\.|\\.(?:jpe?g|png|gif|svg|webp|pdf|html?|php|txt)\\b|\\|\\s*\\p{L}[\\p{L}\\d_ ]*="
          + "|\\{\\{|\\}\\}|\\[\\s*\\]");

  @Test
  void noContextLineOfTheDevBankIsLayout() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(DEV), "corpus/dev not present");
    List<Path> files;
    try (Stream<Path> s = Files.walk(DEV)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<SourceText> src = new SourceLoader(new DocumentLoader(Optional.empty(), Optional.empty(),
        false), w -> { }).load(files);
    Result r = new BankGenerator(SharedExtractor.get(), "test").run(src, GenerateOptions.defaults());
    List<String> bad = new ArrayList<>();
    int withContext = 0;
    for (Question q : r.bank().questions()) {
      String c = q.context();
      if (c == null) {
        continue;
      }
      withContext++;
      Language lang = Language.fromCode(q.lang()).orElseThrow();
      if (RESIDUE.matcher(c).find() || TopicLines.isLayout(c, lang)) {
        bad.add(q.id() + ": " + c);
      }
    }
    assertTrue(withContext > 200, "too few context lines: " + withContext);
    assertTrue(bad.isEmpty(), String.join("\n", bad));
  }
}
