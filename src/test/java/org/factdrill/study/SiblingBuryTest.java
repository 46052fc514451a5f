package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.bank.TestQuestions;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Siblings (facts of one sentence) are buried for the rest of the day once one is shown. */
class SiblingBuryTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  @TempDir
  java.nio.file.Path dir;
  private Store store;
  private Profile ana;
  private final MutableClock clock = new MutableClock(T0);
  private final FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.defaults());

  @BeforeEach
  void open() throws Exception {
    store = Store.open(dir.resolve("p.db"));
    ana = store.profile("ana", T0);
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  /** A cloze and a true/false question of fact {@code card}, from sentence {@code sentence}. */
  private static List<Question> fact(String card, String sentence, String answer) {
    var v = JsonNodeFactory.instance.textNode(answer);
    var ref = List.of(new Question.FactRef("t.txt", 0, 4, answer, "date",
        TestQuestions.value(v), null, null, "In " + answer + " it ended.", 0));
    return List.of(
        TestQuestions.of(card + "z", card, QuestionType.CLOZE, "en", card + " in ____?",
            TestQuestions.answer(v, answer), null, null, null, ref, null, null, null, sentence),
        TestQuestions.of(card + "c", card, QuestionType.CHOICE, "en", card + " when?",
            TestQuestions.answer(v, answer), List.of(answer, "1", "2"), null, null, ref, null,
            null, null, sentence));
  }

  private static Bank bank() {
    List<Question> qs = new ArrayList<>();
    qs.addAll(fact("a1", "s1", "1901")); // sentence s1 holds three facts
    qs.addAll(fact("a2", "s1", "1902"));
    qs.addAll(fact("b1", "s2", "1903"));
    qs.addAll(fact("a3", "s1", "1904"));
    qs.addAll(fact("c1", "s3", "1905"));
    return TestBanks.bank(qs);
  }

  private StudySession session() throws Exception {
    return new StudySession(bank(), store, ana, fsrs, new SessionSettings(0.9, 20, 200), clock,
        new AnswerChecker(), 7);
  }

  /** Cards in the order shown, answering each Good until the session ends. */
  private static List<String> shown(StudySession s, Rating r) throws Exception {
    List<String> out = new ArrayList<>();
    for (int guard = 0; guard < 100 && s.current().isPresent(); guard++) {
      out.add(s.current().get().cardId());
      s.grade(r, "x", Verdict.correct("t"), 5);
    }
    return out;
  }

  @Test
  void oneFactOfASentenceIsShownPerDayAndNoSiblingFollowsAnother() throws Exception {
    StudySession s = session();
    assertEquals(3, s.remaining(), "a2 and a3 are buried behind a1");
    List<String> order = shown(s, Rating.EASY);
    assertEquals(List.of("a1", "b1", "c1"), order);
    // A later session the same day still buries them.
    clock.advance(Duration.ofHours(2));
    assertFalse(session().current().isPresent());
    // The next study day (after 04:00) brings the next fact of the sentence.
    clock.set(Instant.parse("2024-05-02T05:00:00Z"));
    StudySession tomorrow = session();
    assertEquals("a2", tomorrow.current().orElseThrow().cardId());
    assertEquals(1, tomorrow.remaining());
  }

  @Test
  void neverTwoQuestionsOfOneSentenceBackToBackEvenWhenFailed() throws Exception {
    StudySession s = session();
    List<String> order = new ArrayList<>();
    for (int guard = 0; guard < 60; guard++) {
      if (s.current().isEmpty()) {
        clock.advance(Duration.ofMinutes(30)); // let the learning steps end
        if (s.current().isEmpty()) {
          break;
        }
      }
      order.add(s.current().get().cardId());
      s.grade(order.size() <= 3 ? Rating.AGAIN : Rating.GOOD, "x", Verdict.correct("t"), 5);
    }
    assertTrue(order.containsAll(List.of("a1", "b1", "c1")));
    assertFalse(order.contains("a2") || order.contains("a3"), order.toString());
  }
}
