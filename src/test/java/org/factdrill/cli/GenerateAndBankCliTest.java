package org.factdrill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factdrill generate} options, merge on regeneration, and {@code factdrill bank validate}. */
class GenerateAndBankCliTest {
  @TempDir Path tmp;
  private Path texts;

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = new Env(Map.of(), tmp.toString(), new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), new PrintWriter(err, true),
        Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), "tester");
    return new Run(Cli.run(env, args), out.toString(), err.toString());
  }

  @BeforeEach
  void texts() throws Exception {
    texts = Files.createDirectories(tmp.resolve("texts"));
    Files.writeString(texts.resolve("war.txt"), """
        The Soviet Union collapsed in 1991, and both sides looked for weapons in the old depots.

        Russia kept 23,000 troops at its base near Gyumri throughout the whole war.

        The withdrawal of the remaining Russian units was completed in 1993, two years later.

        The ceasefire agreement was signed in Bishkek in 1994 by all of the parties.

        A new offensive shook the region in 2016 for four long days of heavy fighting.
        """);
  }

  private Bank bank(Path p) throws Exception {
    return new BankJson().load(p);
  }

  @Test
  void generatesAllTypesAndReports() throws Exception {
    Path out = tmp.resolve("b.json");
    Run r = run("generate", "--out", out.toString(), "--report", texts.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("by type: "), r.out());
    assertTrue(r.out().contains("by language: en"), r.out());
    assertTrue(r.err().contains("wrote "), r.err());
    Bank b = bank(out);
    // The generator makes these four; the chronology types come with its next step.
    for (QuestionType t : java.util.EnumSet.range(QuestionType.CLOZE, QuestionType.TIMELINE)) {
      assertTrue(b.questions().stream().anyMatch(q -> q.type() == t), t.json());
    }
  }

  @Test
  void sameSeedSameBytesOtherSeedOtherBank() throws Exception {
    Path a = tmp.resolve("a.json");
    Path b = tmp.resolve("b.json");
    Path c = tmp.resolve("c.json");
    run("generate", "--out", a.toString(), "--seed", "5", texts.toString());
    run("generate", "--out", b.toString(), "--seed", "5", texts.toString());
    run("generate", "--out", c.toString(), "--seed", "6", texts.toString());
    assertEquals(Files.readString(a), Files.readString(b));
    assertFalse(Files.readString(a).equals(Files.readString(c)));
  }

  @Test
  void typesAndLanguagesFilter() throws Exception {
    Path out = tmp.resolve("b.json");
    assertEquals(0, run("generate", "--out", out.toString(), "--types", "cloze,timeline",
        texts.toString()).code());
    assertTrue(bank(out).questions().stream().allMatch(q -> q.type() == QuestionType.CLOZE
        || q.type() == QuestionType.TIMELINE));
    Path vi = tmp.resolve("vi.json");
    assertEquals(0, run("generate", "--out", vi.toString(), "--lang", "vi", texts.toString())
        .code());
    assertTrue(bank(vi).questions().isEmpty());
  }

  @Test
  void unknownTypeOrLanguageIsAUsageError() {
    Run r = run("generate", "--out", tmp.resolve("b.json").toString(), "--types", "essay",
        texts.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("factdrill: unknown question type 'essay'"), r.err());
    assertEquals(2, run("generate", "--lang", "fr", texts.toString()).code());
  }

  @Test
  void regenerationKeepsHandEdits() throws Exception {
    Path out = tmp.resolve("b.json");
    run("generate", "--out", out.toString(), texts.toString());
    Bank b = bank(out);
    Question first = b.questions().get(0);
    java.util.List<Question> qs = new java.util.ArrayList<>(b.questions());
    qs.set(0, first.withPrompt("My own wording: it collapsed in _____."));
    new BankJson().write(new Bank(b.schemaVersion(), b.generator(), b.sources(), qs), out);
    Run r = run("generate", "--out", out.toString(), "--report", texts.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("merge: kept 1 edited or disabled"), r.out());
    assertEquals("My own wording: it collapsed in _____.", bank(out).questions().get(0).prompt());
  }

  @Test
  void aFactWhoseSentenceGrewKeepsItsCardAndItsStoredProgress() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("one"));
    Path text = dir.resolve("bridge.txt");
    String sentence = "The stone bridge over the Varna river was opened to traffic in 1910.";
    Files.writeString(text, sentence + "\n");
    Path out = tmp.resolve("bridge.json");
    assertEquals(0, run("generate", "--out", out.toString(), dir.toString()).code());
    Bank first = bank(out);
    java.util.Set<String> cards = new java.util.TreeSet<>();
    first.questions().forEach(q -> cards.add(q.card()));
    assertEquals(1, cards.size(), cards.toString());
    // Study one question: the store keeps progress under the card id.
    Path db = tmp.resolve("p.db");
    StringWriter sout = new StringWriter();
    Env env = new Env(Map.of("USER", "tester"), tmp.toString(),
        new ByteArrayInputStream("x\n3\nq\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        new PrintWriter(sout, true), new PrintWriter(new StringWriter(), true),
        Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), "tester");
    assertEquals(0, Cli.run(env, "study", "--plain", "--bank", out.toString(), "--db",
        db.toString()), sout.toString());
    java.util.Set<String> studied;
    try (org.factdrill.store.Store store = org.factdrill.store.Store.open(db)) {
      studied = store.cardIds(store.findProfile("tester").orElseThrow().id());
    }
    assertEquals(cards, studied);
    // A better sentence cut: the same fact in a longer sentence (its plain hash id changes).
    Files.writeString(text, "After years of delays, " + sentence.substring(0, 1).toLowerCase()
        + sentence.substring(1) + "\n");
    Run r = run("generate", "--out", out.toString(), "--report", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("kept the progress of 1 cards whose sentence changed"), r.err());
    assertTrue(r.out().contains("continuity: kept the ids of 1 cards"), r.out());
    Bank second = bank(out);
    assertEquals(first.questions().stream().map(Question::id).toList(),
        second.questions().stream().map(Question::id).toList());
    assertTrue(second.questions().stream().allMatch(q -> studied.contains(q.card())));
    assertTrue(second.questions().get(0).facts().get(0).sentence().startsWith("After years"));
    assertEquals(0, run("bank", "validate", out.toString()).code());
    // Regenerating again changes nothing, and says nothing of the progress kept before.
    String bytes = Files.readString(out);
    Run again = run("generate", "--out", out.toString(), dir.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(bytes, Files.readString(out));
    assertFalse(again.err().contains("kept the progress"), again.err());
  }

  @Test
  void aFolderWithoutTextsIsRefusedAndTheBankKept() throws Exception {
    Path out = tmp.resolve("b.json");
    assertEquals(0, run("generate", "--out", out.toString(), texts.toString()).code());
    String kept = Files.readString(out);
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Files.write(empty.resolve("image.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
    Run r = run("generate", "--out", out.toString(), empty.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no texts to read in " + empty), r.err());
    assertEquals(kept, Files.readString(out), "bank unchanged");
  }

  @Test
  void droppingSourcesOrHandEditsNeedsForce() throws Exception {
    Files.writeString(texts.resolve("treaty.txt"),
        "The treaty was signed in 1921 and it held for 70 years until the union ended.\n");
    Path out = tmp.resolve("b.json");
    assertEquals(0, run("generate", "--out", out.toString(), texts.toString()).code());
    String kept = Files.readString(out);
    Run r = run("generate", "--out", out.toString(), texts.resolve("war.txt").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("would drop 1 source text (treaty.txt)"), r.err());
    assertTrue(r.err().contains("--force"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertEquals(kept, Files.readString(out), "bank unchanged");
    Run forced = run("generate", "--force", "--out", out.toString(),
        texts.resolve("war.txt").toString());
    assertEquals(0, forced.code(), forced.err());
    assertEquals(1, bank(out).sources().size());
  }

  @Test
  void aBankThatWouldOnlyShrinkIsRefusedInOneReadableClause() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("shrink"));
    Files.writeString(src.resolve("bridge.txt"), "The Orra Bridge\n\nThe Orra bridge opened in"
        + " 1932 after 8 years of work.\nIts second span was finished in 1951 by the city.\n");
    Path out = tmp.resolve("s.json");
    assertEquals(0, run("generate", "--out", out.toString(), src.toString()).code());
    int before = bank(out).questions().size();
    Files.writeString(src.resolve("bridge.txt"), "The Orra Bridge\n\nThe Orra bridge opened in"
        + " 1932 after 8 years of work.\n");
    Run r = run("generate", "--out", out.toString(), src.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("would shrink it from " + before + " to "), r.err());
    assertFalse(r.err().contains("would lose shrink"), r.err());
  }

  @Test
  void losingAHandEditedQuestionNeedsForce() throws Exception {
    Path out = tmp.resolve("b.json");
    run("generate", "--out", out.toString(), texts.toString());
    Bank b = bank(out);
    java.util.List<Question> qs = new java.util.ArrayList<>(b.questions());
    qs.set(0, qs.get(0).withPrompt("Mine: it collapsed in _____."));
    new BankJson().write(new Bank(b.schemaVersion(), b.generator(), b.sources(), qs), out);
    // The same file name with other content: every old fact is gone.
    Files.writeString(texts.resolve("war.txt"), "Nothing here has a date any more at all.\n");
    Files.writeString(texts.resolve("other.txt"), "The bridge opened in 1932 after 8 years.\n");
    Run r = run("generate", "--out", out.toString(), texts.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("1 question edited or disabled by hand"), r.err());
  }

  @Test
  void anInvalidExistingBankIsNotOverwritten() throws Exception {
    Path out = tmp.resolve("b.json");
    Files.writeString(out, "{ broken");
    Run r = run("generate", "--out", out.toString(), texts.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("factdrill: " + out + ":1:"), r.err());
    assertEquals("{ broken", Files.readString(out));
  }

  @Test
  void validateAcceptsAGeneratedBank() {
    Path out = tmp.resolve("b.json");
    run("generate", "--out", out.toString(), texts.toString());
    Run r = run("bank", "validate", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith(out + ": valid, "), r.out());
  }

  @Test
  void validateShowsLineColumnAndCaretAndExitsOne() throws Exception {
    Path out = tmp.resolve("b.json");
    Files.writeString(out, "{\n  \"schemaVersion\": 1,\n  \"questions\": [}\n");
    Run r = run("bank", "validate", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith(out + ":3:"), r.err());
    assertTrue(r.err().contains("\n  \"questions\": [}\n"), r.err());
    assertTrue(r.err().contains("^"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void validateReportsQuestionIds() throws Exception {
    Path out = tmp.resolve("b.json");
    run("generate", "--out", out.toString(), texts.toString());
    String json = Files.readString(out);
    Bank b = bank(out);
    String second = b.questions().get(1).id();
    Files.writeString(out, json.replace("\"" + second + "\"", "\"" + b.questions().get(0).id()
        + "\""));
    Run r = run("bank", "validate", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("question " + b.questions().get(0).id() + ": duplicate id"),
        r.err());
  }

  @Test
  void validateAMissingFile() {
    Run r = run("bank", "validate", tmp.resolve("nope.json").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no such bank file"), r.err());
  }
}
