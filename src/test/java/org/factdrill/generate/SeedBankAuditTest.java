package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdrill.bank.BankJson;
import org.factdrill.extract.FactExtractor;
import org.factdrill.text.TextReader;
import org.junit.jupiter.api.Test;

/**
 * None of the faults {@link BankAudit} finds (a yearless date answer, an unresolved relative
 * time, a dangling pronoun, a hedge-true option or statement, a prefix in the blank, layout in a
 * prompt, mis-decoded letters) is in the committed seed bank, nor in banks made from the
 * development corpus (that check is skipped where the corpus is absent, and unless the property
 * {@code factdrill.devAudit} is set: it generates 138 texts).
 */
class SeedBankAuditTest {
  private static Path home() {
    return Path.of(System.getProperty("factdrill.home", "."));
  }

  @Test
  void theCommittedSeedBankHasNoAuditFault() throws Exception {
    Path committed = home().resolve("question-banks").resolve("seeds.json");
    List<BankAudit.Hit> hits = new BankAudit().audit("seeds.json", new BankJson().load(committed));
    assertEquals("", hits.stream().map(BankAudit.Hit::line).collect(Collectors.joining("\n")));
  }

  @Test
  void banksOfTheDevelopmentCorpusHaveNoAuditFault() throws Exception {
    Path dev = home().resolve("corpus").resolve("dev");
    assumeTrue(Files.isDirectory(dev) && System.getProperty("factdrill.devAudit") != null,
        "no corpus/dev, or -Dfactdrill.devAudit not set");
    List<String> lines = new ArrayList<>();
    List<Path> langs;
    try (Stream<Path> s = Files.list(dev)) {
      langs = s.filter(Files::isDirectory).sorted().toList();
    }
    BankGenerator gen = new BankGenerator(new FactExtractor(), "test");
    for (Path lang : langs) {
      List<SourceText> sources = new SourceLoader(TextReader.strict(), w -> { },
          Optional.empty()).load(List.of(lang));
      Result r = gen.run(sources, GenerateOptions.defaults());
      new BankAudit().audit(lang.getFileName().toString(), r.bank())
          .forEach(h -> lines.add(h.line()));
    }
    assertEquals("", String.join("\n", lines));
  }
}
