package org.factdrill.generate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.extract.FactExtractor;
import org.factdrill.text.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Optional measurement on the seed texts against ../shared/gold/seeds-gold.jsonl: the share of
 * required facts with at least one question, and questions on negative spans. Prints the figures;
 * skipped when the shared material is absent (a fresh clone).
 */
class GoldCoverageTest {

  @Test
  void coverageOfRequiredGoldFacts() throws Exception {
    Path home = Path.of(System.getProperty("factdrill.home", "."));
    Path gold = home.resolve("../shared/gold/seeds-gold.jsonl");
    assumeTrue(Files.exists(gold), "no ../shared/gold: coverage not measured");
    Bank bank = new BankGenerator(new FactExtractor(), "measure").run(
        new SourceLoader(TextReader.strict(), w -> { }, Optional.empty())
            .load(List.of(home.resolve("seeds"))), GenerateOptions.defaults()).bank();
    ObjectMapper mapper = new ObjectMapper();
    int required = 0;
    int covered = 0;
    int negatives = 0;
    int onNegative = 0;
    StringBuilder missed = new StringBuilder();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = mapper.readTree(line);
      String doc = g.get("doc").asText();
      int start = g.get("start").asInt();
      int end = g.get("end").asInt();
      long hits = bank.questions().stream().filter(q -> touches(q, doc, start, end)).count();
      switch (g.get("req").asText()) {
        case "required" -> {
          required++;
          if (hits > 0) {
            covered++;
          } else {
            missed.append("  missed ").append(doc).append(' ').append(g.get("text").asText())
                .append(" (").append(g.path("note").asText()).append(")\n");
          }
        }
        case "negative" -> {
          negatives++;
          onNegative += (int) hits;
        }
        default -> { }
      }
    }
    System.out.printf("gold coverage: %d/%d required facts have a question (%.2f); "
        + "%d questions on %d negative spans%n%s", covered, required,
        required == 0 ? 0.0 : (double) covered / required, onNegative, negatives, missed);
  }

  private static boolean touches(Question q, String doc, int start, int end) {
    for (Question.FactRef f : q.facts()) {
      if (doc.equals(f.source()) && f.start() < end && start < f.end()) {
        return true;
      }
    }
    return false;
  }
}
