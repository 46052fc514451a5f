package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.TestQuestions;
import org.factdrill.bank.QuestionType;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.store.Profile;
import org.factdrill.store.ReviewRecord;
import org.factdrill.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  @TempDir Path dir;

  private static Question q(String id, String source) {
    return TestQuestions.of(id, "f-" + id, QuestionType.CLOZE, "en", "p _____", TestQuestions.answer(
        JsonNodeFactory.instance.textNode("1"), "1"), null, null, null, List.of(
            new Question.FactRef(source, 0, 1, "1", "number", null, null, false, "1", 0)),
        null, null);
  }

  private static void review(Store s, Profile p, String card, Instant at, CardState before,
      CardState after, Instant due, boolean correct) throws Exception {
    s.recordReview(new ReviewRecord(p.id(), card.substring(2), card, correct ? 3 : 1, "1",
        correct, correct ? "correct" : "wrong", 1000, at, before,
        new Card(after, after == CardState.REVIEW ? null : 0, 5.0, 5.0, due, at), 1L,
        new ReviewRecord.CardMeta("a.txt", "en", "number", "1")));
  }

  @Test
  void figuresCountDueNewStreakRetentionForecastAndSources() throws Exception {
    Bank bank = new Bank(1, null, List.of(), List.of(q("1", "a.txt"), q("2", "a.txt"),
        q("3", "b.txt"), q("4", "b.txt")));
    try (Store s = Store.open(dir.resolve("p.db"))) {
      Profile p = s.profile("ana", NOW);
      Instant day = NOW.minus(Duration.ofDays(1));
      // Answers on each of the last three days: a 3-day streak.
      review(s, p, "f-1", NOW.minus(Duration.ofDays(2)), null, CardState.REVIEW,
          NOW.minus(Duration.ofHours(1)), true);
      review(s, p, "f-1", day, CardState.REVIEW, CardState.REVIEW,
          NOW.minus(Duration.ofHours(1)), false);
      review(s, p, "f-2", NOW.minus(Duration.ofMinutes(5)), null, CardState.REVIEW,
          NOW.plus(Duration.ofDays(3)), true);
      Dashboard.Figures f = Dashboard.figures(s, p, bank, new SessionSettings(0.9, 1, 200),
          Clock.fixed(NOW, ZoneOffset.UTC), Dashboard.Detail.FIRST_FRAME);
      assertEquals(1, f.dueNow());
      assertEquals(1, f.dueToday());
      assertEquals(2, f.unseen());
      assertEquals(0, f.newAvailable(), "the one new card of today is used");
      assertEquals(1, f.reviewsToday());
      assertEquals(3, f.streakDays());
      assertEquals(0.0, f.retention30(), "the only review-state answer was wrong");
      assertEquals(1, f.forecast()[0]);
      assertEquals(1, f.forecast()[3]);
      assertEquals(List.of(new Dashboard.SourceShare("a.txt", 2, 2),
          new Dashboard.SourceShare("b.txt", 0, 2)), f.sources());
      assertEquals(NOW.minus(Duration.ofHours(1)), f.nextDue());

      Dashboard.Figures quick = Dashboard.figures(s, p, null, new SessionSettings(0.9, 1, 200),
          Clock.fixed(NOW, ZoneOffset.UTC), Dashboard.Detail.ALL);
      assertEquals(1, quick.dueNow());
      assertEquals(3, quick.streakDays());
      assertArrayEquals(f.forecast(), quick.forecast());
      assertEquals(-1, quick.unseen());
      Dashboard.Figures first = Dashboard.figures(s, p, null, new SessionSettings(0.9, 1, 200),
          Clock.fixed(NOW, ZoneOffset.UTC), Dashboard.Detail.FIRST_FRAME);
      assertEquals(-1, first.streakDays(), "the first frame leaves the streak out");
      assertNull(first.retention30());
      assertArrayEquals(f.forecast(), first.forecast());
      assertEquals(1, first.dueNow());
      assertEquals(2, Dashboard.history(s, p, "f-1", 10).size());
      assertEquals(List.of("ana"), Dashboard.profileNames(s));
    }
  }

  @Test
  void emptyHistoryHasNoStreakAndNoRetention() throws Exception {
    try (Store s = Store.open(dir.resolve("p.db"))) {
      Profile p = s.profile("ana", NOW);
      Dashboard.Figures f = Dashboard.figures(s, p, null, new SessionSettings(0.9, 1, 200),
          Clock.fixed(NOW, ZoneOffset.UTC), Dashboard.Detail.ALL);
      assertEquals(0, f.streakDays());
      assertNull(f.retention30());
      assertNull(f.nextDue());
    }
  }
}
