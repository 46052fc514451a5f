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
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
    compare("synthetic " + reviews, log, Map.of("true", SyntheticLearner.TRUE_WEIGHTS), null);
  }

  /**
   * The log made by studying with the real program (src/test/resources/srs/studied): its
   * learning steps, same-day reviews and typed answers, a learner that forgets by its own rule.
   */
  @Test
  void factdrillPredictsWithinOnePercentOfFsrsRsOnTheStudiedLog() throws Exception {
    List<ReviewEvent> log = StudiedLog.events();
    // The raw answers too, so that fsrs-rs also builds its items itself (calendar days).
    Map<Long, List<long[]>> answers = new LinkedHashMap<>();
    Map<String, Long> ids = new java.util.HashMap<>();
    for (StudiedLog.Row row : StudiedLog.rows()) {
      long id = ids.computeIfAbsent(row.cardId(), k -> (long) ids.size());
      int state = switch (row.stateBefore()) {
        case "Learning" -> 1;
        case "Review" -> 2;
        case "Relearning" -> 3;
        default -> 0;
      };
      answers.computeIfAbsent(id, k -> new ArrayList<>())
          .add(new long[] {row.at().toEpochMilli(), row.rating(), state});
    }
    List<List<Long>> cards = new FsrsOptimizer(FitConfig.defaults()).trainAndTestCards(log);
    Map<String, Object> revlog = new LinkedHashMap<>();
    revlog.put("train", cards.get(0).stream().map(answers::get).toList());
    revlog.put("test", cards.get(1).stream().map(answers::get).toList());
    // factdrill counting days as fsrs-rs does (study days from 04:00; the log's zone is UTC).
    double[] calendar = new FsrsOptimizer(FitConfig.defaults().withStudyDays(ZoneOffset.UTC, 4))
        .fit(log, FsrsOptimizer.Progress.NONE).weights();
    JsonNode r = compare("studied", log, Map.of(CALENDAR, calendar), revlog);
    JsonNode own = r.get("ownHistory");
    System.out.printf(Locale.ROOT, "oracle studied, items built by fsrs-rs from the raw answers "
        + "(calendar days from 04:00): %d train / %d test items | log-loss fsrs-rs %.4f, "
        + "fsrs-rs fitted on factdrill's items %.4f, factdrill %.4f, defaults %.4f | RMSE(bins) "
        + "fsrs-rs %.4f, fsrs-rs on factdrill's items %.4f, factdrill %.4f, defaults %.4f%n",
        own.get("trainItems").asInt(), own.get("testItems").asInt(),
        own.at("/eval/fsrs-rs/logLoss").asDouble(),
        own.at("/eval/fsrs-rs on factdrill items/logLoss").asDouble(),
        own.at("/eval/factdrill/logLoss").asDouble(), own.at("/eval/defaults/logLoss").asDouble(),
        own.at("/eval/fsrs-rs/rmseBins").asDouble(),
        own.at("/eval/fsrs-rs on factdrill items/rmseBins").asDouble(),
        own.at("/eval/factdrill/rmseBins").asDouble(), own.at("/eval/defaults/rmseBins").asDouble());
    double theirs = own.at("/eval/fsrs-rs/logLoss").asDouble();
    double ours = own.at("/eval/" + CALENDAR + "/logLoss").asDouble();
    System.out.printf(Locale.ROOT, "oracle studied, both building items by study days: log-loss "
        + "fsrs-rs %.4f factdrill %.4f (%+.2f%%) | RMSE(bins) fsrs-rs %.4f factdrill %.4f | on "
        + "24-hour items: factdrill (study days) %.4f%n", theirs, ours, (ours / theirs - 1) * 100,
        own.at("/eval/fsrs-rs/rmseBins").asDouble(),
        own.at("/eval/" + CALENDAR + "/rmseBins").asDouble(),
        r.at("/eval/" + CALENDAR + "/logLoss").asDouble());
    assertTrue(ours <= theirs * 1.01, "study days: factdrill " + ours + " vs fsrs-rs " + theirs);
  }

  private static final String CALENDAR = "factdrill-study-days";

  private JsonNode compare(String name, List<ReviewEvent> log, Map<String, double[]> known,
      Map<String, Object> revlog) throws Exception {
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
    weights.putAll(known);
    weights.put("defaults", FsrsParameters.DEFAULT_WEIGHTS);
    input.put("weights", weights);
    if (revlog != null) {
      input.put("revlog", revlog);
    }
    ObjectMapper json = new ObjectMapper();
    Path file = DIR.resolve("items-" + name.replace(' ', '-') + ".json");
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
    FitMetrics defaultsHere = FitMetrics.of(FsrsParameters.DEFAULT_WEIGHTS, split.get(1));
    double ours = r.at("/eval/factdrill/logLoss").asDouble();
    System.out.printf(Locale.ROOT, "oracle %s: %d reviews, %d train / %d test items (%d "
        + "evaluated by fsrs-rs) | log-loss fsrs-rs %.4f factdrill %.4f (%+.2f%%)%s defaults "
        + "%.4f | RMSE(bins) fsrs-rs %.4f factdrill %.4f defaults %.4f | fit wall/CPU s: "
        + "fsrs-rs %.2f/%.2f factdrill %.2f/%.2f | factdrill's evaluator, all test items: "
        + "log-loss fsrs-rs %.4f factdrill %.4f defaults %.4f, RMSE(bins) fsrs-rs %.4f "
        + "factdrill %.4f defaults %.4f%n",
        name, log.size(), split.get(0).size(), split.get(1).size(), r.get("testItems").asInt(),
        oracle, ours, (ours / oracle - 1) * 100,
        known.containsKey("true") ? String.format(Locale.ROOT, " true %.4f",
            r.at("/eval/true/logLoss").asDouble()) : "",
        r.at("/eval/defaults/logLoss").asDouble(),
        r.at("/eval/fsrs-rs/rmseBins").asDouble(), r.at("/eval/factdrill/rmseBins").asDouble(),
        r.at("/eval/defaults/rmseBins").asDouble(),
        r.get("fsrsRsSeconds").asDouble(), r.get("fsrsRsCpuSeconds").asDouble(), seconds,
        cpuSeconds, theirsHere.logLoss(), oursHere.logLoss(), defaultsHere.logLoss(),
        theirsHere.rmseBins(), oursHere.rmseBins(), defaultsHere.rmseBins());
    assertTrue(ours <= oracle * 1.01, name + ": factdrill " + ours + " vs fsrs-rs " + oracle);
    return r;
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
