package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.factdrill.store.Profile;
import org.factdrill.store.ReviewRecord;
import org.factdrill.store.Store;
import org.factdrill.store.StoredCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudySessionTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final Verdict RIGHT = Verdict.correct("test");
  private static final Verdict WRONG = Verdict.wrong("test");

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

  /** Stores {@code card} as the state of {@code cardId}, as if answered at its last review. */
  private void put(Profile p, String cardId, Card card) throws Exception {
    Instant at = card.lastReview() == null ? T0.minus(Duration.ofDays(30)) : card.lastReview();
    store.recordReview(new ReviewRecord(p.id(), cardId + "-q", cardId, 3, "x", true, "correct", 1,
        at, CardState.LEARNING, card, null, null)); // neither a new card nor a review today
  }

  private static Card review(double s, Instant last, Instant due) {
    return new Card(CardState.REVIEW, null, s, 5.0, due, last);
  }

  private StudySession session(Bank bank, SessionSettings settings) throws Exception {
    return session(bank, settings, fsrs);
  }

  private StudySession session(Bank bank, SessionSettings settings, FsrsScheduler s)
      throws Exception {
    return new StudySession(bank, store, ana, s, settings, clock, new AnswerChecker(), 7);
  }

  private static List<String> order(StudySession s) throws Exception {
    List<String> out = new ArrayList<>();
    while (s.current().isPresent()) {
      out.add(s.current().get().cardId());
      s.grade(Rating.EASY, "x", RIGHT, 10);
    }
    return out;
  }

  @Test
  void queueIsLearningDueNowThenTodaysReviewsByLowestRetrievabilityThenNewUpToTheLimit()
      throws Exception {
    Bank bank = TestBanks.facts(40);
    put(ana, "f0", new Card(CardState.LEARNING, 1, 2.3, 5.0, T0.minusSeconds(300),
        T0.minusSeconds(900)));
    put(ana, "f1", new Card(CardState.RELEARNING, 0, 1.0, 7.0, T0.minusSeconds(60),
        T0.minusSeconds(660)));
    // Both due today; f2 is much weaker (lower retrievability) than f3 although due later.
    put(ana, "f3", review(100, T0.minus(Duration.ofDays(90)), T0.minus(Duration.ofDays(1))));
    put(ana, "f2", review(2, T0.minus(Duration.ofDays(12)), T0.plus(Duration.ofHours(5))));
    // Due tomorrow after the 04:00 day boundary: not today.
    put(ana, "f4", review(5, T0.minus(Duration.ofDays(2)), Instant.parse("2024-05-02T05:00:00Z")));
    // A learning card whose step ends in 3 hours is not part of this session.
    put(ana, "f5", new Card(CardState.LEARNING, 1, 2.3, 5.0, T0.plus(Duration.ofHours(3)), T0));
    StudySession s = session(bank, new SessionSettings(0.9, 20, 200));
    assertEquals(4 + 20, s.remaining());
    List<String> expected = new ArrayList<>(List.of("f0", "f1", "f2", "f3"));
    for (int i = 6; i < 26; i++) {
      expected.add("f" + i);
    }
    assertEquals(expected, order(s));
    assertEquals(24, s.reviewed());
    assertEquals(0, s.remaining());
  }

  @Test
  void theDailyNewCardLimitCountsWhatWasAlreadyLearnedToday() throws Exception {
    Bank bank = TestBanks.facts(30);
    StudySession first = session(bank, new SessionSettings(0.9, 12, 200));
    for (int i = 0; i < 8; i++) {
      first.grade(Rating.EASY, "1", RIGHT, 5);
    }
    clock.advance(Duration.ofHours(1));
    StudySession second = session(bank, new SessionSettings(0.9, 12, 200));
    assertEquals(4, second.remaining());
    // The next study day (after 04:00) has a fresh allowance.
    clock.set(Instant.parse("2024-05-02T04:00:00Z"));
    StudySession tomorrow = session(bank, new SessionSettings(0.9, 12, 200));
    assertEquals(12, tomorrow.remaining());
  }

  @Test
  void theDailyReviewLimitCapsReviewCardsButNotLearningCards() throws Exception {
    Bank bank = TestBanks.facts(10);
    for (int i = 0; i < 6; i++) {
      put(ana, "f" + i, review(3 + i, T0.minus(Duration.ofDays(10)), T0.minus(Duration.ofDays(1))));
    }
    put(ana, "f6", new Card(CardState.RELEARNING, 0, 1.0, 7.0, T0.minusSeconds(60),
        T0.minusSeconds(660)));
    StudySession s = session(bank, new SessionSettings(0.9, 0, 4));
    assertEquals(5, s.remaining());
    List<String> seen = order(s);
    assertEquals("f6", seen.get(0));
    assertEquals(List.of("f0", "f1", "f2", "f3"), seen.subList(1, 5), "weakest four first");
    clock.advance(Duration.ofMinutes(30));
    assertEquals(0, session(bank, new SessionSettings(0.9, 0, 4)).remaining(),
        "four review cards already done today");
    assertEquals(2, session(bank, new SessionSettings(0.9, 0, 6)).remaining());
  }

  @Test
  void aCardInLearningStepsComesBackWhenItsStepIsOverAheadOfTheRest() throws Exception {
    StudySession s = session(TestBanks.facts(5), SessionSettings.defaults());
    assertEquals("f0", s.current().orElseThrow().cardId());
    StudySession.Saved saved = s.grade(Rating.AGAIN, "x", WRONG, 10);
    assertEquals(Duration.ofMinutes(1), saved.nextIn());
    assertEquals(5, s.remaining(), "f0 is still to be learned");
    assertEquals("f1", s.current().orElseThrow().cardId());
    clock.advance(Duration.ofSeconds(30));
    s.grade(Rating.GOOD, "x", RIGHT, 10);
    // f0's one-minute step is not over: f2 comes first.
    assertEquals("f2", s.current().orElseThrow().cardId());
    clock.advance(Duration.ofSeconds(40));
    // Now it is: but the shown question stays put until it is answered.
    assertEquals("f2", s.current().orElseThrow().cardId());
    s.grade(Rating.EASY, "x", RIGHT, 10);
    assertEquals("f0", s.current().orElseThrow().cardId());
  }

  @Test
  void remainingFallsWhenAFailedCardsNextStepIsBeyondTheLearnAheadLimit() throws Exception {
    FsrsScheduler hourly = new FsrsScheduler(FsrsParameters.defaults().withSteps(
        List.of(Duration.ofHours(1)), List.of(Duration.ofMinutes(10))));
    StudySession s = session(TestBanks.facts(3), SessionSettings.defaults(), hourly);
    assertEquals(3, s.remaining());
    s.grade(Rating.AGAIN, "x", WRONG, 10);
    assertEquals(2, s.remaining(), "f0 comes back in an hour, not in this session");
    clock.advance(Duration.ofMinutes(45));
    assertEquals(3, s.remaining(), "within 20 minutes of its step it counts again");
    s.grade(Rating.AGAIN, "x", WRONG, 10);
    assertEquals(2, s.remaining());
  }

  @Test
  void whenNothingElseIsLeftALearningCardDueWithinTwentyMinutesComesBackEarly() throws Exception {
    StudySession s = session(TestBanks.facts(1), SessionSettings.defaults());
    s.grade(Rating.GOOD, "x", RIGHT, 10); // step 1: due in 10 minutes
    assertEquals("f0", s.current().orElseThrow().cardId());
    StudySession.Saved done = s.grade(Rating.GOOD, "x", RIGHT, 10);
    assertEquals(CardState.REVIEW, done.card().state());
    assertTrue(s.current().isEmpty());
    assertEquals(2, s.reviewed());
  }

  @Test
  void aStepLongerThanTheLearnAheadLimitEndsTheSessionAndSaysWhenItIsDue() throws Exception {
    FsrsScheduler hourly = new FsrsScheduler(FsrsParameters.defaults().withSteps(
        List.of(Duration.ofHours(1)), List.of(Duration.ofMinutes(10))));
    StudySession s = session(TestBanks.facts(1), SessionSettings.defaults(), hourly);
    s.grade(Rating.AGAIN, "x", WRONG, 10);
    assertTrue(s.current().isEmpty());
    assertEquals(0, s.remaining(), "a step beyond the learn-ahead limit is not left in this session");
    assertEquals(T0.plus(Duration.ofHours(1)), s.nextLearningDue().orElseThrow());
    StringWriter out = new StringWriter();
    new PlainSession(s, new BufferedReader(new StringReader("")), new PrintWriter(out), clock).run();
    assertTrue(out.toString().startsWith("nothing more due; a card in learning comes back in 1h"),
        out.toString());
    clock.advance(Duration.ofMinutes(41));
    assertEquals("f0", s.current().orElseThrow().cardId(), "within 20 minutes of due");
  }

  @Test
  void previewShowsExactlyWhatEachGradeSavesEvenWithFuzz() throws Exception {
    FsrsScheduler fuzzy = new FsrsScheduler(FsrsParameters.defaults().withFuzz(true));
    for (Rating r : Rating.values()) {
      put(ana, "f" + r.value(), review(40, T0.minus(Duration.ofDays(40)), T0));
    }
    StudySession s = session(TestBanks.facts(5), new SessionSettings(0.9, 0, 200), fuzzy);
    for (Rating r : Rating.values()) {
      Map<Rating, Duration> preview = s.previewIntervals();
      assertEquals(4, preview.size());
      assertEquals(preview.get(r), s.grade(r, "x", RIGHT, 10).nextIn(), r.label());
    }
  }

  @Test
  void fuzzSpreadsCardsWithTheSameHistoryOverSeveralDays() throws Exception {
    FsrsScheduler fuzzy = new FsrsScheduler(FsrsParameters.defaults().withFuzz(true));
    for (int i = 0; i < 20; i++) {
      put(ana, "f" + i, review(40, T0.minus(Duration.ofDays(40)), T0));
    }
    StudySession s = session(TestBanks.facts(20), new SessionSettings(0.9, 0, 200), fuzzy);
    java.util.Set<Duration> intervals = new java.util.HashSet<>();
    while (s.current().isPresent()) {
      intervals.add(s.grade(Rating.GOOD, "x", RIGHT, 1).nextIn());
    }
    assertTrue(intervals.size() > 3, intervals.toString());
  }

  @Test
  void undoRestoresTheCardDeletesTheLogRowAndShowsTheCardAgain() throws Exception {
    Card old = review(10, T0.minus(Duration.ofDays(10)), T0);
    put(ana, "f0", old);
    StoredCard before = store.card(ana.id(), "f0").orElseThrow();
    long rowsBefore = store.reviewCount(ana.id());
    StudySession s = session(TestBanks.facts(2), new SessionSettings(0.9, 1, 200));
    assertFalse(s.undo(), "nothing to undo yet");
    assertEquals("f0", s.current().orElseThrow().cardId());
    s.grade(Rating.AGAIN, "x", WRONG, 10);
    assertEquals("f1", s.current().orElseThrow().cardId());
    s.grade(Rating.GOOD, "x", RIGHT, 10);
    assertEquals(rowsBefore + 2, store.reviewCount(ana.id()));
    assertEquals(1, s.correctCount());

    assertTrue(s.undo());
    assertTrue(store.card(ana.id(), "f1").isEmpty(), "a new card is new again");
    assertEquals("f1", s.current().orElseThrow().cardId());
    assertEquals(0, s.correctCount());
    assertTrue(s.undo());
    StoredCard restored = store.card(ana.id(), "f0").orElseThrow();
    assertEquals(before.card(), restored.card());
    assertEquals(before.reps(), restored.reps());
    assertEquals(before.lapses(), restored.lapses());
    assertEquals(rowsBefore, store.reviewCount(ana.id()));
    assertEquals(0, s.reviewed());
    assertEquals("f0", s.current().orElseThrow().cardId());
    assertEquals(2, s.remaining(), "f0 is no longer waiting in relearning as well");
    assertFalse(s.canUndo());
    // Answer again after undo: both cards then the relearning card.
    s.grade(Rating.GOOD, "x", RIGHT, 10);
    assertEquals("f1", s.current().orElseThrow().cardId());
    s.grade(Rating.GOOD, "x", RIGHT, 10);
    assertEquals(rowsBefore + 2, store.reviewCount(ana.id()));
  }

  @Test
  void undoingTwoAnswersOfTheSameCardShowsItOnceAndThenFollowsTheQueue() throws Exception {
    StudySession s = session(TestBanks.facts(2), SessionSettings.defaults());
    s.grade(Rating.AGAIN, "x", WRONG, 10); // f0 -> learning, 1 minute
    clock.advance(Duration.ofSeconds(30));
    s.grade(Rating.GOOD, "x", RIGHT, 10); // f1 -> learning, 10 minutes
    clock.advance(Duration.ofSeconds(40));
    assertEquals("f0", s.current().orElseThrow().cardId());
    s.grade(Rating.AGAIN, "x", WRONG, 10); // f0 again
    assertTrue(s.undo());
    assertEquals("f0", s.current().orElseThrow().cardId());
    assertTrue(s.undo()); // f1
    assertTrue(s.undo()); // f0's first answer
    assertEquals(0, s.reviewed());
    assertEquals(2, s.remaining());
    assertEquals(List.of("f0", "f1"), order(s).subList(0, 2));
    assertTrue(store.card(ana.id(), "f0").isPresent());
  }

  @Test
  void cardsWhoseIdLeftTheBankAreKeptButNotShownAndOthersKeepTheirState() throws Exception {
    put(ana, "gone", review(3, T0.minus(Duration.ofDays(5)), T0.minusSeconds(10)));
    Card kept = review(8, T0.minus(Duration.ofDays(9)), T0.minusSeconds(10));
    put(ana, "f0", kept);
    StudySession s = session(TestBanks.facts(1), new SessionSettings(0.9, 20, 200));
    assertEquals(1, s.remaining());
    assertEquals(kept, s.card("f0").orElseThrow().card());
    assertEquals("f0", s.current().orElseThrow().cardId());
    s.grade(Rating.GOOD, "x", RIGHT, 10);
    assertTrue(s.current().isEmpty());
    assertTrue(store.card(ana.id(), "gone").isPresent(), "history is never deleted");
  }

  @Test
  void disabledQuestionsAreNotShownAndAFactWithOnlyDisabledQuestionsIsSkipped() throws Exception {
    List<Question> qs = new ArrayList<>(TestBanks.facts(2).questions());
    qs.replaceAll(q -> q.cardId().equals("f0") ? q.withDisabled(true) : q);
    StudySession s = session(TestBanks.bank(qs), SessionSettings.defaults());
    assertEquals(List.of("f1"), order(s));
  }

  @Test
  void aWeakFactIsAskedAsRecognitionAndAStableOneAsTypedRecall() throws Exception {
    put(ana, "f0", review(30, T0.minus(Duration.ofDays(30)), T0));
    put(ana, "f1", review(2, T0.minus(Duration.ofDays(3)), T0));
    StudySession s = session(TestBanks.facts(3), SessionSettings.defaults());
    List<QuestionType> types = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (s.current().isPresent()) {
      ids.add(s.current().get().cardId());
      types.add(s.current().get().type());
      s.grade(Rating.EASY, "x", RIGHT, 1);
    }
    assertEquals(List.of("f1", "f0", "f2"), ids);
    assertEquals(List.of(QuestionType.CHOICE, QuestionType.CLOZE, QuestionType.CHOICE), types);
  }

  @Test
  void profilesStudyTheSameBankIndependently() throws Exception {
    Profile ben = store.profile("ben", T0);
    StudySession a = session(TestBanks.facts(3), SessionSettings.defaults());
    order(a);
    StudySession b = new StudySession(TestBanks.facts(3), store, ben, fsrs,
        SessionSettings.defaults(), clock, new AnswerChecker(), 1);
    assertEquals(3, b.remaining(), "ben's cards are all new");
    assertEquals(ben, b.profile());
    assertEquals(3, store.reviewCount(ana.id()));
    assertEquals(0, store.reviewCount(ben.id()));
  }

  @Test
  void theStudyDayStartsAtFourInTheLocalZone() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    MutableClock c = new MutableClock(Instant.parse("2024-05-01T01:30:00Z"), paris); // 03:30 local
    assertEquals(Instant.parse("2024-04-30T02:00:00Z"),
        StudySession.studyDayStart(c.instant(), c));
    c.set(Instant.parse("2024-05-01T02:00:00Z")); // 04:00 local
    assertEquals(Instant.parse("2024-05-01T02:00:00Z"), StudySession.studyDayStart(c.instant(), c));
  }

  @Test
  void aFailedSaveLeavesTheSessionWhereItWas() throws Exception {
    StudySession s = session(TestBanks.facts(2), SessionSettings.defaults());
    store.close();
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(
        org.factdrill.store.StoreException.class, () -> s.grade(Rating.GOOD, "x", RIGHT, 1))
        .getMessage().contains("p.db"));
    assertEquals(0, s.reviewed());
    assertEquals("f0", s.current().orElseThrow().cardId());
    assertNotEquals(0, s.remaining());
    store = Store.open(dir.resolve("p.db"));
  }
}
