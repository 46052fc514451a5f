package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads each in-scope example of ../shared/peer-corpus/duckling-dev.jsonl as its own document in
 * its language (as {@code extract --lines --lang L} does) and counts it right when exactly one fact
 * of the expected kind comes out with the expected value. In scope (see docs/extraction.md):
 * numbers, money with a settled currency, and absolute dates of year/month/day grain that are
 * written dates (no holidays), in the language's own locale, neither latent nor negative; vague
 * quantifiers ("a few", "זוג") and the Vietnamese "không" (also "not") are out. A bare "$" or
 * "£" is read as USD / GBP, the contract's convention for history texts.
 */
class PeerCorpusEvaluationTest {
  private static final Set<String> VAGUE = Set.of("a few", "a couple of", "זוג", "יחיד",
      "שקל בודד", "không");
  private static final Set<String> UNSETTLED = Set.of("cent", "dinar", "rial", "riyal", "unknown");

  static boolean inScope(JsonNode r) {
    if (r.path("latent").asBoolean() || r.path("negative").asBoolean()
        || !r.get("locale").asText().equals(r.get("lang").asText())
        || VAGUE.contains(r.get("text").asText())) {
      return false;
    }
    switch (r.get("dim").asText()) {
      case "number":
        return true;
      case "money":
        return !UNSETTLED.contains(r.get("currency").asText());
      case "time":
        String grain = r.path("grain").asText();
        return r.path("absolute").asBoolean() && !r.has("holiday")
            && (grain.equals("year") || grain.equals("month") || grain.equals("day"));
      default:
        return false;
    }
  }

  /** The vendored fifth (src/test/resources/peer-corpus): never skipped. */
  @Test
  void shareOfVendoredExamplesReadWithTheRightValuePerLanguage() throws Exception {
    Map<Language, int[]> score = measure(Path.of(PeerCorpusEvaluationTest.class
        .getResource("/peer-corpus/duckling-subset.jsonl").toURI()));
    assertEquals(3, score.size(), "en, vi and he examples in scope");
  }

  /** The full development half, when ../shared is there. */
  @Test
  void shareOfInScopeExamplesReadWithTheRightValuePerLanguage() throws Exception {
    Path file = SeedsGoldEvaluationTest.SHARED.resolve("peer-corpus/duckling-dev.jsonl");
    Assumptions.assumeTrue(Files.exists(file), "../shared/peer-corpus absent; skipping");
    Path ru = SeedsGoldEvaluationTest.SHARED.resolve("peer-corpus/duckling-dev-ru.jsonl");
    measure(Files.exists(ru) ? List.of(file, ru) : List.of(file));
  }

  /** Scores the files' examples, prints the share per language and holds each to 0.9. */
  private static Map<Language, int[]> measure(Path file) throws Exception {
    return measure(List.of(file));
  }

  private static Map<Language, int[]> measure(List<Path> files) throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    for (Path f : files) {
      lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
    }
    Map<Language, int[]> score = score(lines);
    for (Map.Entry<Language, int[]> e : score.entrySet()) {
      int[] s = e.getValue();
      double share = (double) s[0] / s[1];
      System.out.printf("peer corpus %s: %d/%d = %.3f%n", e.getKey(), s[0], s[1], share);
      // The aim, reached by every language (en 0.961, vi 1.000, he 0.956, ru 0.920 when measured).
      assertTrue(share >= 0.9, e.getKey() + " share " + share);
    }
    return score;
  }

  /**
   * The vendored sample of the Russian peer corpus (src/test/resources/peer-corpus), so that a
   * fresh clone without ../shared still checks the Russian pack end to end.
   */
  @Test
  void vendoredRussianSampleIsReadWithTheRightValues() throws Exception {
    List<String> lines;
    try (var in = getClass().getResourceAsStream("/peer-corpus/duckling-ru-sample.jsonl")) {
      lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
    int[] s = score(lines).get(Language.fromCode("ru").orElseThrow());
    System.out.printf("vendored ru sample: %d/%d%n", s[0], s[1]);
    // Measured 45/50 (ranges of bare day.month, currency names before digits, "нисколько" and a
    // lone "два" are out of reach); the full Russian corpus is held to 0.9 above.
    assertTrue(s[1] >= 30 && s[0] >= s[1] * 0.85, s[0] + "/" + s[1]);
  }

  /** {right, total} per language over the in-scope examples of {@code lines}. */
  static Map<Language, int[]> score(List<String> lines) throws Exception {
    ObjectMapper json = new ObjectMapper();
    FactExtractor extractor = new FactExtractor();
    Map<Language, int[]> score = new java.util.LinkedHashMap<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = json.readTree(line);
      if (!inScope(r)) {
        continue;
      }
      Language lang = Language.fromCode(r.get("lang").asText()).orElseThrow();
      FactKind kind = r.get("dim").asText().equals("time") ? FactKind.DATE
          : FactKind.fromJson(r.get("dim").asText());
      JsonNode expected = r.get("value");
      if (kind == FactKind.MONEY) {
        ObjectNode e = expected.deepCopy();
        String c = e.get("currency").asText();
        e.put("currency", c.equals("$") ? "USD" : c.equals("£") ? "GBP" : c);
        expected = e;
      }
      List<Fact> facts = extractor.extract(new Document("peer", r.get("text").asText(), lang))
          .stream().filter(f -> f.kind() == kind).toList();
      boolean ok = facts.size() == 1
          && SeedsGoldEvaluationTest.sameValue(kind, facts.get(0).value(), expected);
      int[] s = score.computeIfAbsent(lang, l -> new int[2]);
      s[1]++;
      if (ok) {
        s[0]++;
      } else if (System.getProperty("peer.misses") != null) {
        System.out.println("miss " + lang + ": " + r.get("text").asText() + " -> " + facts);
      }
    }
    return score;
  }

  /**
   * Duckling's holidays that carry a year ("thanksgiving 2013", "passover 2018"), measured apart:
   * right when exactly one date comes out with Duckling's value. Duckling starts a Jewish holiday
   * at its eve (the evening before the first day); factdrill gives the days of the festival, so a
   * second figure also counts a period whose start is the eve of factdrill's. Optional (../shared).
   */
  @Test
  void holidaysWithAYear() throws Exception {
    Path file = SeedsGoldEvaluationTest.SHARED.resolve("peer-corpus/duckling-dev.jsonl");
    Assumptions.assumeTrue(Files.exists(file), "../shared/peer-corpus absent; skipping");
    ObjectMapper json = new ObjectMapper();
    FactExtractor extractor = new FactExtractor();
    Map<String, int[]> score = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode r = line.isBlank() ? null : json.readTree(line);
      if (r == null || !r.has("holiday") || !r.path("absolute").asBoolean()
          || r.path("latent").asBoolean() || r.path("negative").asBoolean()
          || !r.get("locale").asText().equals(r.get("lang").asText())) {
        continue;
      }
      Language lang = Language.fromCode(r.get("lang").asText()).orElseThrow();
      List<Fact> facts = extractor.extract(new Document("peer", r.get("text").asText(), lang))
          .stream().filter(f -> f.kind() == FactKind.DATE).toList();
      String want = r.get("value").asText();
      String got = facts.size() == 1 ? ValueJson.node(facts.get(0).value()).asText() : "";
      boolean strict = got.equals(want);
      boolean eve = strict || got.contains("/") && want.contains("/")
          && java.time.LocalDate.parse(got.split("/")[0]).minusDays(1).toString()
              .equals(want.split("/")[0]);
      int[] s = score.computeIfAbsent(lang.code(), k -> new int[3]);
      s[0] += strict ? 1 : 0;
      s[1] += eve ? 1 : 0;
      s[2]++;
      if (!eve && System.getProperty("peer.misses") != null) {
        System.out.println("holiday miss " + lang + ": " + r.get("text").asText() + " -> " + got
            + " (Duckling " + want + ")");
      }
    }
    score.forEach((l, s) -> System.out.printf(
        "peer corpus holidays %s: %d/%d strict, %d/%d with Duckling's eve convention%n",
        l, s[0], s[2], s[1], s[2]));
    int[] en = score.get("en");
    // Measured 35/84 strict, 38/84 with the eve (0/84 before holidays were read, 21/84 before
    // the other English names, the last Friday of Ramadan and King's Day); the rest are Hindu
    // and Parsi calendars (not in ICU), other Islamic-calendar conventions (a day apart) and
    // names the pack does not list.
    assertTrue(en != null && en[1] >= en[2] * 0.42, "English holidays read");
  }
}
