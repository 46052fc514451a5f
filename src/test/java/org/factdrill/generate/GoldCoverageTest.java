package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.FactExtractor;
import org.factdrill.text.TextReader;
import org.junit.jupiter.api.Test;

/**
 * The generator against the seed gold: the share of required facts with at least one question,
 * and questions on negative spans (spans that are not facts). The vendored slice
 * (src/test/resources/gold) runs on every clone; the full ../shared/gold file when present.
 */
class GoldCoverageTest {
  private static final Path HOME = Path.of(System.getProperty("factdrill.home", "."));

  /**
   * Coverage figures: required facts with a question of their own (cloze, choice or true/false:
   * the true coverage), those with a question or a stated reason for none (accounted), of how
   * many; questions of any type on negative spans.
   */
  record Coverage(int covered, int accounted, int required, int onNegative, int negatives) {
    double share() {
      return required == 0 ? 0.0 : (double) covered / required;
    }
  }

  @Test
  void everyRequiredFactOfTheVendoredSliceHasAQuestionAndNoNegativeSpanHasOne() throws Exception {
    Coverage c = coverage(Path.of(GoldCoverageTest.class
        .getResource("/gold/seeds-gold-slice.jsonl").toURI()));
    assertTrue(c.required() > 10, "required facts in the slice: " + c.required());
    assertTrue(c.share() >= MIN_SHARE_SLICE, "true coverage " + c);
    assertEquals(0, c.onNegative(), "questions on negative spans: " + c);
  }

  @Test
  void coverageOfRequiredGoldFacts() throws Exception {
    Path gold = HOME.resolve("../shared/gold/seeds-gold.jsonl");
    assumeTrue(Files.exists(gold), "no ../shared/gold: coverage not measured");
    Coverage c = coverage(gold);
    assertTrue(c.share() >= MIN_SHARE, "true coverage " + c);
    assertEquals(0, c.onNegative(), "questions on negative spans: " + c);
  }

  /**
   * Floors on the TRUE coverage (a question of the fact's own exists; a skip with a reason does
   * not count), just below the figures measured when set: 42/53 = 0.79 on the full gold, 10/15 =
   * 0.67 on the slice. A drop below them is a regression to look at; raise them as recall
   * comes back.
   */
  // 0.75 since the ninth session: a seed question whose cut dropped its clause's subject is no
  // longer asked, and an unresolved time pointing back ("at that time") is not asked either.
  private static final double MIN_SHARE = 0.75;
  private static final double MIN_SHARE_SLICE = 0.65;

  private static Coverage coverage(Path gold) throws Exception {
    Path home = HOME;
    Result result = new BankGenerator(new FactExtractor(), "measure").run(
        new SourceLoader(TextReader.strict(), w -> { }, Optional.empty())
            .load(List.of(home.resolve("seeds"))), GenerateOptions.defaults());
    Bank bank = result.bank();
    ObjectMapper mapper = new ObjectMapper();
    int required = 0;
    int covered = 0;
    int accounted = 0;
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
      long own = bank.questions().stream().filter(GoldCoverageTest::ofOneFact)
          .filter(q -> touches(q, doc, start, end)).count();
      switch (g.get("req").asText()) {
        case "required" -> {
          required++;
          SkipReason why = deliberate(result.report(), doc, start, end);
          if (own > 0) {
            covered++;
            accounted++;
          } else if (why != null) {
            // Not asked on purpose (no year anywhere, a relative time nothing resolves, a
            // dateline, a damaged sentence): accounted for, with the reason, but not covered:
            // counting it as covered would hide recall lost to over-eager skips.
            accounted++;
            missed.append("  not asked ").append(doc).append(' ').append(g.get("text").asText())
                .append(": ").append(why.name().toLowerCase()).append('\n');
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
    System.out.printf("gold coverage (%s): true %d/%d required facts have a question (%.2f); "
        + "%d/%d have a question or a reason; %d questions on %d negative spans%n%s",
        gold.getFileName(), covered, required,
        required == 0 ? 0.0 : (double) covered / required, accounted, required, onNegative,
        negatives, missed);
    return new Coverage(covered, accounted, required, onNegative, negatives);
  }

  /** The issue-20 reason the report gives for not asking the fact at [start, end), or null. */
  private static SkipReason deliberate(Report report, String doc, int start, int end) {
    java.util.Set<SkipReason> deliberate = java.util.EnumSet.of(SkipReason.NO_YEAR,
        SkipReason.RELATIVE_TIME, SkipReason.LAYOUT, SkipReason.DANGLING_START,
        SkipReason.RANGE_END, SkipReason.COUNTABLE_LIST, SkipReason.SUM_OF_PARTS,
        SkipReason.CITATION);
    for (Report.Skipped s : report.skipped()) {
      if (doc.equals(s.source()) && s.start() < end && start < s.end()
          && deliberate.contains(s.reason())) {
        return s.reason();
      }
    }
    return null;
  }

  /** A question asking one fact (not a chronology question that cites it among others). */
  private static boolean ofOneFact(Question q) {
    return q.type() == QuestionType.CLOZE || q.type() == QuestionType.CHOICE
        || q.type() == QuestionType.TRUEFALSE;
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
