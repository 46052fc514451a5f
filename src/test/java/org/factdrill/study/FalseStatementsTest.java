package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.bank.TestQuestions;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.factdrill.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A true/false card shows one of several false statements, picked per showing, seeded. */
class FalseStatementsTest {
  @TempDir Path dir;

  private static Question choice() {
    return TestQuestions.of("c1", "f1", QuestionType.CHOICE, "en", "In _____ the war ended.",
        TestQuestions.answer(JsonNodeFactory.instance.textNode("1994"), "1994"),
        List.of("1990", "1992", "1994", "1996"), null, null, List.of(), null, null);
  }

  private static Question.TrueFalse statement(String prompt, boolean truth) {
    return (Question.TrueFalse) TestQuestions.of("t1", "f1", QuestionType.TRUEFALSE, "en",
        prompt, TestQuestions.answer(JsonNodeFactory.instance.textNode("1994"), "1994"), null,
        truth, null, List.of(), null, null);
  }

  @Test
  void eachWrongOptionMakesAFalseStatementAndTheRightOneNever() {
    Question.TrueFalse tf = statement("In 1992 the war ended.", false);
    assertEquals(List.of("In 1992 the war ended.", "In 1990 the war ended.",
        "In 1996 the war ended."), FalseStatements.of(tf, List.of(choice(), tf)));
  }

  @Test
  void aTrueStatementAnEditedOneOrACardWithoutChoicesKeepsItsOneStatement() {
    Question.TrueFalse t = statement("In 1994 the war ended.", true);
    assertEquals(List.of(t.prompt()), FalseStatements.of(t, List.of(choice(), t)));
    Question.TrueFalse edited = (Question.TrueFalse) statement("In 1992 the war ended.", false)
        .withPrompt("The war ended in 1992.");
    assertEquals(List.of(edited.prompt()), FalseStatements.of(edited, List.of(choice(), edited)));
    Question.TrueFalse alone = statement("In 1992 the war ended.", false);
    assertEquals(List.of(alone.prompt()), FalseStatements.of(alone, List.of(alone)));
  }

  @Test
  void thePickIsSeededAndVariesBetweenShowings() {
    Question.TrueFalse tf = statement("In 1992 the war ended.", false);
    List<Question> card = List.of(choice(), tf);
    Set<String> seen = new HashSet<>();
    for (int reps = 0; reps < 12; reps++) {
      Question a = FalseStatements.pick(tf, card, 42, reps);
      assertEquals(a, FalseStatements.pick(tf, card, 42, reps), "same seed, same statement");
      assertEquals("t1", a.id());
      assertFalse(((Question.TrueFalse) a).truth());
      seen.add(a.prompt());
    }
    assertEquals(3, seen.size(), seen.toString());
  }

  @Test
  void aSessionShowsTheCardsFalseStatementsInTurn() throws Exception {
    Question.TrueFalse tf = statement("In 1992 the war ended.", false);
    Bank bank = TestBanks.bank(List.of(tf));
    Bank withChoice = TestBanks.bank(List.of(choice().withDisabled(false), tf));
    MutableClock clock = new MutableClock(Instant.parse("2024-05-01T10:00:00Z"));
    Set<String> shown = new HashSet<>();
    try (Store store = Store.open(dir.resolve("p.db"))) {
      var ana = store.profile("ana", clock.instant());
      for (int i = 0; i < 8; i++) {
        StudySession s = new StudySession(withChoice, store, ana,
            new FsrsScheduler(FsrsParameters.defaults()), SessionSettings.defaults(), clock,
            new AnswerChecker(), 7);
        Question q = s.current().orElseThrow();
        if (q.type() == QuestionType.TRUEFALSE) {
          shown.add(q.prompt());
        }
        s.grade(Rating.AGAIN, "t", Verdict.wrong("test"), 10);
        clock.advance(java.time.Duration.ofDays(1));
      }
    }
    assertTrue(shown.size() >= 2, shown.toString());
    assertTrue(shown.stream().noneMatch(p -> p.contains("1994")), "never the true statement");
    assertEquals(1, FalseStatements.of(tf, bank.questions()).size());
  }

  /** Figure for the report: how many false statements of the seed bank can vary. */
  @Test
  void mostFalseStatementsOfTheSeedBankHaveAlternatives() throws Exception {
    Bank seeds = new BankJson().load(Path.of("question-banks/seeds.json"));
    Map<String, List<Question>> byCard = seeds.questions().stream()
        .collect(Collectors.groupingBy(Question::cardId));
    int falseOnes = 0;
    int varied = 0;
    for (Question q : seeds.questions()) {
      if (q instanceof Question.TrueFalse tf && !tf.truth()) {
        falseOnes++;
        List<String> all = FalseStatements.of(tf, byCard.get(tf.cardId()));
        if (all.size() > 1) {
          varied++;
        }
        Question.FactRef f = tf.facts().isEmpty() ? null : tf.facts().get(0);
        for (String s : all) {
          assertFalse(f != null && s.contains(f.text()) && !tf.prompt().contains(f.text()),
              "a false statement with the true value: " + s);
        }
      }
    }
    System.out.println("false statements in the seed bank: " + falseOnes + ", with alternatives: "
        + varied);
    assertTrue(varied * 2 >= falseOnes, varied + " of " + falseOnes);
  }
}
