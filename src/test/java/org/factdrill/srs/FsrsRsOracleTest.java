package org.factdrill.srs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Optional oracle check against fsrs-rs (the optimizer Anki uses), run from Node through the
 * npm package {@code @open-spaced-repetition/binding}, installed into target/fsrs-oracle.
 * Skipped when Node, npm or the package cannot be had. On the same synthetic logs, factdrill's
 * fit must predict the held-out cards within 1% of fsrs-rs's fit, both measured by fsrs-rs's
 * evaluator. Prints one table row per log.
 */
class FsrsRsOracleTest {
  /** Pinned: the oracle's behaviour must not change under the test. */
  static final String PACKAGE = "@open-spaced-repetition/binding@0.5.0";
  static final Path DIR = Path.of("target", "fsrs-oracle");

  @BeforeAll
  static void install() throws Exception {
    assumeTrue(run(List.of("node", "--version"), 30) == 0, "node is not installed");
    if (!Files.isDirectory(DIR.resolve("node_modules/@open-spaced-repetition/binding"))) {
      Files.createDirectories(DIR);
      Files.writeString(DIR.resolve("package.json"), "{\"private\": true}\n");
      int code = run(List.of("npm", "install", "--prefix", DIR.toString(), "--no-save",
          "--no-audit", "--no-fund", PACKAGE), 300);
      assumeTrue(code == 0, "npm could not install " + PACKAGE);
    }
  }

  private static int run(List<String> cmd, int seconds) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return -1;
      }
      return p.exitValue();
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 10_000, 100_000})
  void factdrillPredictsWithinOnePercentOfFsrsRs(int reviews) throws Exception {
    List<ReviewEvent> log = SyntheticLearner.log(SyntheticLearner.TRUE_WEIGHTS, reviews, 42);
    FsrsOptimizer optimizer = new FsrsOptimizer(FitConfig.defaults());
    java.lang.management.ThreadMXBean bean =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = bean.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    FitResult fit = optimizer.fit(log, FsrsOptimizer.Progress.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (bean.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    List<List<CardHistory.Item>> split = optimizer.trainAndTestItems(log);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("train", reviews(split.get(0)));
    input.put("test", reviews(split.get(1)));
    Map<String, double[]> weights = new LinkedHashMap<>();
    weights.put("factdrill", fit.weights());
    weights.put("true", SyntheticLearner.TRUE_WEIGHTS);
    weights.put("defaults", FsrsParameters.DEFAULT_WEIGHTS);
    input.put("weights", weights);
    ObjectMapper json = new ObjectMapper();
    Path file = DIR.resolve("items-" + reviews + ".json");
    json.writeValue(file.toFile(), input);
    Process p = new ProcessBuilder("node", "scripts/fsrs-oracle.mjs", DIR.toString(),
        file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(p.waitFor(600, TimeUnit.SECONDS) && p.exitValue() == 0,
        "the oracle did not run: " + out);
    JsonNode r = json.readTree(out);
    double oracle = r.at("/eval/fsrs-rs/logLoss").asDouble();
    double[] theirs = new double[21];
    for (int i = 0; i < 21; i++) {
      theirs[i] = r.get("fsrsRsWeights").get(i).asDouble();
    }
    // Our evaluator on every held-out item, as a cross-check of theirs on a subset.
    FitMetrics oursHere = FitMetrics.of(fit.weights(), split.get(1));
    FitMetrics theirsHere = FitMetrics.of(theirs, split.get(1));
    double ours = r.at("/eval/factdrill/logLoss").asDouble();
    System.out.printf(Locale.ROOT, "oracle %7d reviews | log-loss fsrs-rs %.4f factdrill %.4f "
        + "(%+.2f%%) true %.4f defaults %.4f | RMSE fsrs-rs %.4f factdrill %.4f | fit wall/CPU s: "
        + "fsrs-rs %.2f/%.2f factdrill %.2f/%.2f | factdrill's evaluator: fsrs-rs %.4f "
        + "factdrill %.4f%n",
        reviews, oracle, ours, (ours / oracle - 1) * 100,
        r.at("/eval/true/logLoss").asDouble(), r.at("/eval/defaults/logLoss").asDouble(),
        r.at("/eval/fsrs-rs/rmseBins").asDouble(), r.at("/eval/factdrill/rmseBins").asDouble(),
        r.get("fsrsRsSeconds").asDouble(), r.get("fsrsRsCpuSeconds").asDouble(), seconds,
        cpuSeconds, theirsHere.logLoss(), oursHere.logLoss());
    assertTrue(ours <= oracle * 1.01, "factdrill " + ours + " vs fsrs-rs " + oracle);
  }

  private static List<int[][]> reviews(List<CardHistory.Item> items) {
    List<int[][]> out = new ArrayList<>(items.size());
    for (CardHistory.Item item : items) {
      int[][] rs = new int[item.end() + 1][];
      for (int i = 0; i <= item.end(); i++) {
        rs[i] = new int[] {item.card().ratings()[i].value(), (int) item.card().deltas()[i]};
      }
      out.add(rs);
    }
    return out;
  }
}
