package org.factdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Banks written before the typed model load unchanged and are written back unchanged. */
class BankCompatibilityTest {
  @TempDir Path tmp;

  @Test
  void committedSeedBankIsWrittenBackByteForByte() throws Exception {
    Path seeds = Path.of("question-banks/seeds.json");
    Bank b = new BankJson().load(seeds);
    assertEquals(Files.readString(seeds), new BankJson().toJson(b));
  }

  @Test
  void handEditedExportFixtureRoundTrips() throws Exception {
    Path input = Path.of("src/test/resources/export/alltypes.input");
    BankJson json = new BankJson();
    Bank b = json.load(input);
    String once = json.toJson(b);
    List<BankProblem> problems = new java.util.ArrayList<>();
    Bank again = json.parse("again", once, problems);
    assertEquals(List.of(), problems);
    assertEquals(b, again);
    assertEquals(once, json.toJson(again));
  }

  @Test
  void clozeWithoutBlankOrWithItsAnswerInViewIsRefusedByValidateButStillLoads()
      throws Exception {
    String q1 = "{\"id\": \"c1\", \"type\": \"cloze\", \"lang\": \"en\", \"prompt\": \"Russia kept"
        + " troops.\", \"answer\": {\"value\": 23000, \"text\": \"23,000\"}}";
    String q2 = "{\"id\": \"c2\", \"type\": \"cloze\", \"lang\": \"en\", \"prompt\": \"Russia kept"
        + " _____ troops, 23,000 of them.\", \"answer\": {\"value\": 23000, \"text\": \"23,000\"}}";
    String q3 = "{\"id\": \"c3\", \"type\": \"cloze\", \"lang\": \"en\", \"prompt\": \"In 1923,"
        + " _____ troops.\", \"answer\": {\"value\": 23, \"text\": \"23\"}}";
    Path p = tmp.resolve("b.json");
    Files.writeString(p, "{\"schemaVersion\": 1, \"questions\": [" + q1 + ",\n" + q2 + ",\n" + q3
        + "]}");
    List<String> msgs = new BankJson().check(p, List.of()).problems().stream()
        .map(BankProblem::format).toList();
    assertEquals(2, msgs.size(), msgs.toString());
    assertTrue(msgs.get(0).contains("question c1: cloze prompt has no blank"), msgs.get(0));
    assertTrue(msgs.get(1).contains("question c2: cloze prompt shows its answer \"23,000\""),
        msgs.get(1));
    assertEquals(3, new BankJson().load(p).questions().size(),
        "study and export still read a bank an instructor edited before this check");
  }

  @Test
  void editorCheckNamesTheProblemOfOneQuestion() throws Exception {
    Question q = new BankJson().load(Path.of("question-banks/seeds.json")).questions().stream()
        .filter(x -> x.type() == QuestionType.CLOZE).findFirst().orElseThrow();
    assertEquals(List.of(), new BankValidator().check(q));
    Question edited = q.withPrompt(q.prompt().replace("_____", q.answer().text()));
    assertEquals(List.of("cloze prompt has no blank (write _____ where the answer goes)"),
        new BankValidator().check(edited));
    Question twice = q.withPrompt(q.prompt() + " (" + q.answer().text() + ")");
    assertTrue(new BankValidator().check(twice).get(0).startsWith("cloze prompt shows its answer"));
  }
}
