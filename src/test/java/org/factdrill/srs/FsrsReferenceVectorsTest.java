package org.factdrill.srs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Replays every history of the reference vectors (py-fsrs 6.3.1, see ../shared/fsrs/README.md)
 * and compares each state with the README's tolerances. The file is {@code -Dfsrs.vectors}
 * (default ../shared/fsrs/vectors-dev.jsonl; skipped when absent). With {@code -Dfsrs.actual=OUT}
 * the computed states are also written to OUT, whatever the assertions say.
 */
class FsrsReferenceVectorsTest {
  private static final double REL_TOL = 1e-9;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The vendored subset (src/test/resources/fsrs): runs on every clone, never skipped. */
  @Test
  void theVendoredReferenceHistoriesAreReproduced() throws Exception {
    Path vectors = Path.of(FsrsReferenceVectorsTest.class
        .getResource("/fsrs/vectors-subset.jsonl").toURI());
    assertEquals(40, replay(vectors, ""), "histories");
  }

  /** The full development set, when ../shared is there (or -Dfsrs.vectors=FILE). */
  @Test
  void everyReferenceHistoryIsReproduced() throws IOException {
    Path vectors = Path.of(System.getProperty("fsrs.vectors", "../shared/fsrs/vectors-dev.jsonl"));
    Assumptions.assumeTrue(Files.isRegularFile(vectors),
        "FSRS reference vectors not found at " + vectors.toAbsolutePath()
            + "; set -Dfsrs.vectors=FILE to run this check");
    replay(vectors, System.getProperty("fsrs.actual", ""));
  }

  /** Replays every history of {@code vectors}; asserts; returns the number of histories. */
  private static int replay(Path vectors, String actualOut) throws IOException {

    List<String> failures = new ArrayList<>();
    List<String> outLines = new ArrayList<>();
    int histories = 0;
    int reviews = 0;
    int lineNo = 0;
    for (String line : Files.readAllLines(vectors, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode h = JSON.readTree(line);
      histories++;
      String id = h.path("id").asText("line " + lineNo);
      FsrsScheduler scheduler = new FsrsScheduler(parameters(h));
      Card card = Card.newCard(Instant.parse(h.get("created").asText()));
      ObjectNode outHistory = JSON.createObjectNode();
      outHistory.put("id", id);
      ArrayNode outReviews = outHistory.putArray("reviews");
      int i = 0;
      for (JsonNode rv : h.get("reviews")) {
        reviews++;
        Instant at = Instant.parse(rv.get("review_time").asText());
        Rating rating = Rating.of(rv.get("rating").asInt());
        Double rBefore = card.isNew() ? null : scheduler.retrievability(card, at);
        card = scheduler.review(card, rating, at);
        ObjectNode actual = outReviews.addObject().putObject("actual");
        write(actual, card, rBefore);
        compare(id + " review " + i, rv.get("expected"), card, rBefore, failures);
        i++;
      }
      outLines.add(JSON.writeValueAsString(outHistory));
    }
    if (!actualOut.isBlank()) {
      Path out = Path.of(actualOut);
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (String l : outLines) {
          w.write(l);
          w.write('\n');
        }
      }
    }
    System.out.printf("FSRS reference vectors: %d histories, %d reviews, %d mismatches (%s)%n",
        histories, reviews, failures.size(), vectors);
    assertTrue(histories > 0, "no histories in " + vectors);
    assertTrue(failures.isEmpty(), failures.size() + " mismatches, first ones:\n"
        + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    return histories;
  }

  static FsrsParameters parameters(JsonNode h) {
    double[] w = new double[h.get("params").size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = h.get("params").get(i).asDouble();
    }
    return new FsrsParameters(w, h.get("desired_retention").asDouble(),
        minutes(h.get("learning_steps_minutes")), minutes(h.get("relearning_steps_minutes")),
        h.get("maximum_interval_days").asInt(), h.path("enable_fuzzing").asBoolean(false));
  }

  private static List<Duration> minutes(JsonNode a) {
    List<Duration> out = new ArrayList<>();
    a.forEach(n -> out.add(Duration.ofSeconds(Math.round(n.asDouble() * 60))));
    return out;
  }

  private static void write(ObjectNode o, Card c, Double rBefore) {
    o.put("state", c.state().label());
    if (c.step() == null) {
      o.putNull("step");
    } else {
      o.put("step", c.step());
    }
    o.put("stability", c.stability());
    o.put("difficulty", c.difficulty());
    o.put("due", c.due().toString());
    if (rBefore != null) {
      o.put("retrievability_before", rBefore);
    }
  }

  private static void compare(String where, JsonNode e, Card c, Double rBefore,
      List<String> failures) {
    List<String> diffs = new ArrayList<>();
    if (!e.get("state").asText().equals(c.state().label())) {
      diffs.add("state " + c.state().label() + " != " + e.get("state").asText());
    }
    Integer step = e.get("step").isNull() ? null : e.get("step").asInt();
    if (!java.util.Objects.equals(step, c.step())) {
      diffs.add("step " + c.step() + " != " + step);
    }
    close("stability", e.get("stability").asDouble(), c.stability(), diffs);
    close("difficulty", e.get("difficulty").asDouble(), c.difficulty(), diffs);
    Instant due = Instant.parse(e.get("due").asText());
    if (!due.equals(c.due())) {
      diffs.add("due " + c.due() + " != " + due);
    }
    if (e.has("retrievability_before")) {
      close("retrievability_before", e.get("retrievability_before").asDouble(), rBefore, diffs);
    }
    if (!diffs.isEmpty()) {
      failures.add(where + ": " + String.join("; ", diffs));
    }
  }

  private static void close(String what, double expected, Double actual, List<String> diffs) {
    if (actual == null
        || Math.abs(actual - expected) > REL_TOL * Math.max(1, Math.abs(expected))) {
      diffs.add(what + " " + actual + " != " + expected);
    }
  }

  @Test
  void toleranceHelperRejectsARelativeErrorAboveOneInABillion() {
    List<String> diffs = new ArrayList<>();
    close("x", 100, 100 * (1 + 2e-9), diffs);
    close("y", 100, 100 * (1 + 5e-10), diffs);
    assertEquals(1, diffs.size());
  }
}
