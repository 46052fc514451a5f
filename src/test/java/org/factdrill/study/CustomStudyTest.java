package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.factdrill.store.Profile;
import org.factdrill.store.ReviewRecord;
import org.factdrill.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom study: part of the bank by source, language, type and state, for one session. */
class CustomStudyTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  @TempDir java.nio.file.Path dir;
  private Store store;
  private Profile ana;
  private final MutableClock clock = new MutableClock(T0);

  @BeforeEach
  void open() throws Exception {
    store = Store.open(dir.resolve("p.db"));
    ana = store.profile("ana", T0);
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  private List<String> shown(CustomStudy c, Bank bank, SessionSettings settings)
      throws Exception {
    CustomStudy.Plan plan = c.plan(bank, store, ana, settings, clock);
    StudySession s = SessionFactory.standard(clock).open(plan.bank(), store, ana,
        plan.settings(), plan.now());
    List<String> out = new ArrayList<>();
    while (s.current().isPresent() && out.size() < 20) {
      out.add(s.current().orElseThrow().cardId());
      s.grade(Rating.EASY, "x", Verdict.correct("test"), 10);
    }
    return out;
  }

  private void answer(String card, int rating, Instant due) throws Exception {
    answer(card, rating, due, clock.instant());
  }

  private void answer(String card, int rating, Instant due, Instant at) throws Exception {
    store.recordReview(new ReviewRecord(ana.id(), card + "-q", card, rating, "x", rating > 1,
        "test", 10, at, CardState.REVIEW, new Card(CardState.REVIEW, null, 5.0, 5.0, due, at),
        null, null));
  }

  @Test
  void aQueryNamesSourceLanguageTypeAndState() {
    assertEquals(new CustomStudy("001", "vi", "cloze", CustomStudy.State.FAILED),
        CustomStudy.parse(" src:001 LANG:vi type:cloze is:failed "));
    assertEquals(CustomStudy.State.NEW, CustomStudy.parse("is:new").state());
    assertEquals(new CustomStudy(null, null, null, CustomStudy.State.ANY),
        CustomStudy.parse(""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CustomStudy.parse("lang:vi when:today"));
    assertEquals("when:today", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CustomStudy.parse("is:late"));
  }

  @Test
  void failedTodayComesBackAtOnceThoughNotDue() throws Exception {
    Bank bank = TestBanks.facts(3);
    answer("f0", 1, T0.plus(Duration.ofDays(5)));
    answer("f1", 3, T0.plus(Duration.ofDays(5)));
    clock.advance(Duration.ofMinutes(30));
    assertEquals(List.of("f0"), shown(CustomStudy.parse("is:failed"), bank,
        SessionSettings.defaults()));
  }

  @Test
  void newCardsBeyondTodaysLimitAndOnlyDueCards() throws Exception {
    Bank bank = TestBanks.facts(4);
    SessionSettings one = new SessionSettings(0.9, 1, 200, 8);
    Instant yesterday = T0.minus(Duration.ofDays(1));
    answer("f0", 3, T0.minus(Duration.ofHours(1)), yesterday); // due now
    answer("f3", 3, T0.plus(Duration.ofDays(9)), yesterday);
    assertEquals(List.of("f0", "f1"), shown(CustomStudy.parse(""), bank, one).subList(0, 2));
    assertEquals(List.of("f2"), shown(CustomStudy.parse("is:new"), bank, one),
        "f1 was today's one new card");
    answer("f0", 3, T0.minus(Duration.ofHours(1)), yesterday);
    clock.advance(Duration.ofDays(1)); // another study day: nothing buried, f0 due again
    answer("f0", 3, clock.instant().minus(Duration.ofHours(1)), yesterday);
    assertEquals(List.of("f0"), shown(CustomStudy.parse("is:due"), bank, one));
  }

  @Test
  void languageTypeAndSourceSelectQuestionsAndNothingIsWritten() throws Exception {
    Question vi = TestBanks.cloze("v", "fv", "1991").withHeader(
        TestBanks.cloze("v", "fv", "1991").header());
    Bank bank = TestBanks.facts(2);
    CustomStudy cloze = CustomStudy.parse("type:cloze src:test");
    long selected = bank.questions().stream().filter(q -> cloze.selects(bank, q)).count();
    assertEquals(2, selected);
    assertEquals(0, bank.questions().stream()
        .filter(q -> CustomStudy.parse("lang:vi").selects(bank, q)).count());
    assertTrue(CustomStudy.parse("lang:en").selects(bank, vi));
    CustomStudy.Plan plan = cloze.plan(bank, store, ana, SessionSettings.defaults(), clock);
    assertEquals(Set.of("q0z", "q1z"), Set.copyOf(plan.bank().questions().stream()
        .map(Question::id).toList()));
    assertEquals(4, bank.questions().size(), "the bank itself is unchanged");
  }
}
