package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.extract.FactExtractor;
import org.factdrill.text.TextReader;
import org.junit.jupiter.api.Test;

/**
 * The committed question-banks/seeds.json is what {@code ./factdrill generate} makes from seeds/
 * today (generated, card ids carried and merged into the committed file, as the command does). Fails when the
 * extractor, the generator or the seeds changed without regenerating the bank.
 */
class SeedBankUpToDateTest {

  @Test
  void committedSeedBankIsUpToDate() throws Exception {
    Path home = Path.of(System.getProperty("factdrill.home", "."));
    Path committed = home.resolve("question-banks").resolve("seeds.json");
    BankJson json = new BankJson();
    Bank existing = json.load(committed);
    List<SourceText> sources = new SourceLoader(TextReader.strict(), w -> { }, Optional.empty())
        .load(List.of(home.resolve("seeds")));
    // Tests run from classes, where the program has no version; use the one the file records.
    Result fresh = new BankGenerator(new FactExtractor(), existing.generator().version())
        .run(sources, GenerateOptions.defaults());
    Bank carried = new CardContinuity().carry(existing, fresh.bank(), fresh.report());
    Bank merged = new BankMerger().merge(existing, carried, fresh.report());
    assertEquals(Files.readString(committed, StandardCharsets.UTF_8), json.toJson(merged),
        "question-banks/seeds.json is out of date: run ./factdrill generate and commit it");
  }
}
