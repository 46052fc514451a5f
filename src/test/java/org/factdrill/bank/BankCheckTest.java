package org.factdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdrill.text.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bank validation: syntax errors with line:column and a caret, semantic errors with ids. */
class BankCheckTest {
  @TempDir Path tmp;

  private static final String SOURCE = "Russia kept 23,000 troops near Gyumri.";

  private Path write(String name, String json) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, json);
    return p;
  }

  private static String bank(String questions) {
    return "{\n  \"schemaVersion\": 1,\n  \"generator\": {\"name\": \"t\", \"version\": \"1\"},\n"
        + "  \"sources\": [{\"file\": \"war.txt\", \"sha256\": \"" + Sha256.hex(SOURCE)
        + "\", \"lang\": \"en\"}],\n  \"questions\": [\n" + questions + "\n  ]\n}\n";
  }

  private static String cloze(String id, int start, int end) {
    return "    {\"id\": \"" + id + "\", \"type\": \"cloze\", \"lang\": \"en\",\n"
        + "     \"prompt\": \"Russia kept _____ troops.\", \"answer\": {\"value\": 23000, \"text\": "
        + "\"23,000\"},\n     \"facts\": [{\"source\": \"war.txt\", \"start\": " + start
        + ", \"end\": " + end + ", \"text\": \"23,000\", \"kind\": \"number\", \"value\": 23000}]}";
  }

  @Test
  void validBankHasNoProblems() throws Exception {
    Files.writeString(tmp.resolve("war.txt"), SOURCE);
    BankJson.Checked c = new BankJson().check(write("b.json", bank(cloze("q1", 12, 18))), List.of());
    assertEquals(List.of(), c.problems());
    assertNotNull(c.bank());
  }

  @Test
  void malformedJsonIsReportedWithLineColumnAndCaret() throws Exception {
    Path p = write("b.json", "{\n  \"schemaVersion\": 1,\n  \"questions\": [\n    {\"id\": \"a\",, }\n  ]\n}\n");
    BankJson.Checked c = new BankJson().check(p, List.of());
    assertEquals(1, c.problems().size());
    BankProblem pr = c.problems().get(0);
    assertEquals(4, pr.line());
    assertEquals(16, pr.column());
    String shown = pr.formatWithContext(c.text());
    assertTrue(shown.startsWith(p + ":4:16: malformed JSON"), shown);
    assertTrue(shown.endsWith("\n    {\"id\": \"a\",, }\n               ^"), shown);
  }

  @Test
  void semanticErrorsNameTheQuestionAndItsLine() throws Exception {
    String qs = cloze("q1", 12, 18) + ",\n" + cloze("q1", 12, 18) + ",\n"
        + "    {\"id\": \"q3\", \"type\": \"essay\", \"prompt\": \"p\", \"answer\": {\"text\": \"x\"}},\n"
        + "    {\"id\": \"q4\", \"type\": \"choice\", \"prompt\": \"p _____\",\n"
        + "     \"answer\": {\"text\": \"5\"}, \"options\": [\"1\", \"2\"]},\n"
        + cloze("q5", 30, 99);
    Files.writeString(tmp.resolve("war.txt"), SOURCE);
    BankJson.Checked c = new BankJson().check(write("b.json", bank(qs)), List.of());
    List<String> msgs = c.problems().stream().map(BankProblem::format).toList();
    assertEquals(4, msgs.size(), msgs.toString());
    assertTrue(msgs.stream().anyMatch(m -> m.matches(".*b\\.json:9:\\d+: question q1: duplicate id")), msgs.toString());
    assertTrue(msgs.stream().anyMatch(m -> m.contains("question q3: unknown type \"essay\"")), msgs.toString());
    assertTrue(msgs.stream().anyMatch(m -> m.contains("question q4: answer \"5\" is not among the options")), msgs.toString());
    assertTrue(msgs.stream().anyMatch(m -> m.contains("question q5: fact offsets 30..99 are outside the source war.txt")), msgs.toString());
    assertTrue(c.problems().stream().allMatch(pr -> pr.line() > 0), "every problem has a line");
  }

  @Test
  void offsetsNotMatchingTheSourceTextAreReported() throws Exception {
    Files.writeString(tmp.resolve("war.txt"), SOURCE);
    BankJson.Checked c = new BankJson().check(write("b.json", bank(cloze("q1", 11, 17))), List.of());
    assertEquals(1, c.problems().size());
    assertTrue(c.problems().get(0).message().contains("is not at 11..17"), c.problems().toString());
  }

  @Test
  void sourcesAreFoundInSeedsNextToTheBankFolder() throws Exception {
    Files.createDirectories(tmp.resolve("seeds"));
    Files.createDirectories(tmp.resolve("question-banks"));
    Files.writeString(tmp.resolve("seeds/war.txt"), SOURCE);
    Path p = tmp.resolve("question-banks/b.json");
    Files.writeString(p, bank(cloze("q1", 30, 99)));
    assertEquals(1, new BankJson().check(p, List.of()).problems().size());
  }

  @Test
  void aChangedSourceIsNotABrokenBank() throws Exception {
    Files.writeString(tmp.resolve("war.txt"), "Another text now.");
    assertEquals(List.of(), new BankJson().check(write("b.json", bank(cloze("q1", 12, 18))),
        List.of()).problems());
  }

  @Test
  void timelineAnswerMustBeAPermutationOfTheEvents() throws Exception {
    String q = "    {\"id\": \"t1\", \"type\": \"timeline\", \"prompt\": \"Order\", \"answer\": "
        + "{\"value\": [0, 0], \"text\": \"1 1\"}, \"events\": [{\"text\": \"a\", \"date\": \"1990\"},"
        + " {\"text\": \"b\", \"date\": \"1991\"}]}";
    List<BankProblem> ps = new BankJson().check(write("b.json", bank(q)), List.of()).problems();
    assertEquals(1, ps.size());
    assertTrue(ps.get(0).format().contains("question t1: timeline answer value"), ps.toString());
  }

  @Test
  void loadRefusesAnInvalidBankWithTheSameMessages() throws Exception {
    Path p = write("b.json", bank(cloze("q1", 12, 18) + ",\n" + cloze("q1", 12, 18)));
    BankException e = assertThrows(BankException.class, () -> new BankJson().load(p));
    assertTrue(e.getMessage().contains("question q1: duplicate id"), e.getMessage());
  }

  @Test
  void caretIsOmittedWhenTheLineIsUnknown() {
    BankProblem p = new BankProblem("b.json", 0, 0, "q", "missing prompt");
    assertEquals("b.json: question q: missing prompt", p.formatWithContext("{}"));
  }
}
