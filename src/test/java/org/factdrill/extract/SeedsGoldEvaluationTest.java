package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdrill.text.Document;
import org.factdrill.text.LanguageDetector;
import org.factdrill.text.TextReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor against ../shared/gold/seeds-gold.jsonl with the scoring rule of its
 * README: a required fact is found when a fact of the same kind overlaps it with an equal value
 * (a date range may be found as its two ends); precision counts every extracted fact, right when
 * it overlaps a required or optional gold span with the right kind and value. Skips when the
 * shared material is absent. The gold file is a development set: it measures, it is not a list
 * of answers.
 */
class SeedsGoldEvaluationTest {
  static final Path SHARED = Path.of(System.getProperty("factdrill.home", ".")).resolve("../shared");

  record Gold(String doc, int start, int end, FactKind kind, JsonNode value, String req) {}

  static boolean sameValue(FactKind kind, Value v, JsonNode expected) {
    if (kind == FactKind.DATE && expected.isArray()) {
      for (JsonNode e : expected) {
        if (sameValue(kind, v, e)) {
          return true;
        }
      }
      return false;
    }
    Optional<Value> e = ValueJson.fromJson(kind, expected);
    return e.isPresent() && normalize(e.get()).equals(normalize(v));
  }

  private static String normalize(Value v) {
    return v.json();
  }

  /** The repository's seed texts (the gold's documents). */
  static final Path SEEDS = Path.of(System.getProperty("factdrill.home", ".")).resolve("seeds");

  /** The vendored slice (src/test/resources/gold) over the repository's seeds: never skipped. */
  @Test
  void recallPrecisionAndNegativesOnTheVendoredGoldSlice() throws Exception {
    evaluate(Path.of(SeedsGoldEvaluationTest.class.getResource("/gold/seeds-gold-slice.jsonl")
        .toURI()), SEEDS);
  }

  /** The full development gold, when ../shared is there. */
  @Test
  void recallPrecisionAndNegativesOnTheSeedGold() throws Exception {
    Path goldFile = SHARED.resolve("gold/seeds-gold.jsonl");
    Assumptions.assumeTrue(Files.exists(goldFile), "../shared/gold absent; skipping");
    evaluate(goldFile, SHARED.resolve("seeds"));
  }

  private static void evaluate(Path goldFile, Path texts) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Gold> gold = new ArrayList<>();
    for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      gold.add(new Gold(n.get("doc").asText(), n.get("start").asInt(), n.get("end").asInt(),
          FactKind.fromJson(n.get("kind").asText()), n.get("value"), n.get("req").asText()));
    }
    Map<String, List<Fact>> facts = new HashMap<>();
    FactExtractor extractor = new FactExtractor();
    LanguageDetector detector = new LanguageDetector();
    for (String doc : gold.stream().map(Gold::doc).distinct().toList()) {
      String text = TextReader.strict().read(texts.resolve(doc));
      facts.put(doc, extractor.extract(new Document(doc, text, detector.detect(text))));
    }
    int required = 0;
    int found = 0;
    for (Gold g : gold) {
      if (!g.req().equals("required")) {
        continue;
      }
      required++;
      List<Fact> overlapping = facts.get(g.doc()).stream()
          .filter(f -> f.kind() == g.kind() && f.start() < g.end() && g.start() < f.end()).toList();
      boolean ok = overlapping.stream().anyMatch(f -> sameValue(g.kind(), f.value(), g.value()));
      if (!ok && g.kind() == FactKind.DATE && g.value().isTextual()
          && g.value().asText().contains("/")) {
        String[] ends = g.value().asText().split("/");
        ok = overlapping.stream().anyMatch(f -> ValueJson.node(f.value()).asText().equals(ends[0]))
            && overlapping.stream().anyMatch(f -> ValueJson.node(f.value()).asText().equals(ends[1]));
      }
      if (ok) {
        found++;
      } else {
        System.out.println("missed required: " + g);
      }
    }
    int total = 0;
    int right = 0;
    int negatives = 0;
    for (Map.Entry<String, List<Fact>> e : facts.entrySet()) {
      for (Fact f : e.getValue()) {
        total++;
        List<Gold> over = gold.stream().filter(g -> g.doc().equals(e.getKey())
            && f.start() < g.end() && g.start() < f.end()).toList();
        if (over.stream().anyMatch(g -> g.req().equals("negative"))) {
          negatives++;
          System.out.println("negative emitted: " + f);
        } else if (over.stream().anyMatch(g -> g.kind() == f.kind()
            && sameValue(f.kind(), f.value(), g.value()))) {
          right++;
        } else {
          System.out.println("wrong: " + e.getKey() + " " + f);
        }
      }
    }
    double recall = (double) found / required;
    double precision = total == 0 ? 0 : (double) right / total;
    System.out.printf("seeds gold: recall %d/%d = %.3f, precision %d/%d = %.3f, negatives %d%n",
        found, required, recall, right, total, precision, negatives);
    assertTrue(recall >= 0.95, "recall " + recall);
    assertTrue(precision >= 0.95, "precision " + precision);
    assertEquals(0, negatives, "negative spans emitted");
  }
}
