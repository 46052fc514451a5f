package org.factdrill.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every storage dialect keeps (tables, transactions, undo, the queue query,
 * concurrent writers): {@link StoreTest} runs it on SQLite, {@code PgStoreTest} on PostgreSQL.
 */
abstract class StoreContract {
  static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  final FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.defaults());

  /** Opens the store called {@code name} (the same name twice: the same database). */
  abstract Store open(String name) throws Exception;

  /** Whatever integrity check the dialect has, after concurrent writes. */
  abstract void assertSound(Store s) throws Exception;

  ReviewRecord answer(Profile p, String card, Rating r, Instant at, Card before) {
    Card b = before == null ? Card.newCard(at) : before;
    Card after = fsrs.review(b, r, at);
    return new ReviewRecord(p.id(), card + "-q", card, r.value(), "x", r != Rating.AGAIN,
        r == Rating.AGAIN ? "wrong" : "correct", 1200, at, before == null ? null : b.state(),
        after, null, new ReviewRecord.CardMeta("a.txt", "en", "date", "In 1993 ..."));
  }

  @Test
  void recordAndUndoAreEachOneTransactionThatRestoreTheExactPreviousState() throws Exception {
    try (Store s = open("u.db")) {
      Profile p = s.profile("ana", T0);
      long first = s.recordReview(answer(p, "c1", Rating.GOOD, T0, null));
      StoredCard afterFirst = s.card(p.id(), "c1").orElseThrow();
      assertEquals(1, afterFirst.reps());
      assertEquals("a.txt", afterFirst.source());
      Instant t1 = afterFirst.card().due();
      long second = s.recordReview(answer(p, "c1", Rating.AGAIN, t1, afterFirst.card()));
      assertEquals(2, s.reviewCount(p.id()));
      s.undoReview(p.id(), second, "c1", afterFirst);
      assertEquals(afterFirst, s.card(p.id(), "c1").orElseThrow());
      assertEquals(1, s.reviewCount(p.id()));
      s.undoReview(p.id(), first, "c1", null);
      assertTrue(s.card(p.id(), "c1").isEmpty());
      assertEquals(0, s.reviewCount(p.id()));
    }
  }

  @Test
  void aCardFailedThresholdTimesIsTaggedALeechAndSuspendedUntilUnsuspended() throws Exception {
    try (Store s = open("leech.db")) {
      Profile p = s.profile("ana", T0);
      Instant t = T0;
      Card c = null;
      ReviewLog.Recorded last = null;
      for (int i = 1; i <= 4; i++) {
        // A Good in between does not reset the count: failures add up, as Anki's lapses do.
        Rating r = i == 2 ? Rating.GOOD : Rating.AGAIN;
        last = s.recordReview(answer(p, "c1", r, t, c), 3);
        StoredCard sc = s.card(p.id(), "c1").orElseThrow();
        c = sc.card();
        assertEquals(i == 4, last.leech(), "answer " + i);
        assertEquals(i == 4, sc.suspended());
        assertEquals(i == 4, sc.leech());
        assertEquals(i == 1 ? 1 : i - 1, sc.fails());
        t = t.plus(Duration.ofMinutes(10));
      }
      StoredCard suspended = s.card(p.id(), "c1").orElseThrow();
      s.recordReview(answer(p, "c2", Rating.AGAIN, T0, null), 3);
      Instant later = t.plus(Duration.ofDays(400));
      assertEquals(List.of("c2"), s.dueForQueue(p.id(), later).stream()
          .map(Cards.DueCard::cardId).toList(), "a suspended card leaves the queue");
      assertEquals(List.of("c2"), s.dueBefore(p.id(), later).stream()
          .map(StoredCard::cardId).toList());
      assertEquals(List.of("c1"), s.suspendedCards(p.id()));
      assertEquals(1, s.progress().due(p.id(), later, later).dueNow());
      assertTrue(s.unsuspend(p.id(), "c1", java.time.Instant.parse("2026-03-20T12:00:00Z")));
      StoredCard back = s.card(p.id(), "c1").orElseThrow();
      assertFalse(back.suspended());
      assertTrue(back.leech(), "the tag stays for the statistics");
      assertEquals(0, back.fails(), "failures count again from zero");
      assertFalse(s.unsuspend(p.id(), "c1", java.time.Instant.parse("2026-03-20T12:00:00Z")), "already in study");
      assertEquals(List.of(), s.suspendedCards(p.id()));
      assertEquals(2, s.dueForQueue(p.id(), later).size());
      assertEquals(3, suspended.fails());
    }
  }

  @Test
  void undoingTheAnswerThatMadeALeechRestoresTheCardUnsuspended() throws Exception {
    try (Store s = open("leech-undo.db")) {
      Profile p = s.profile("ana", T0);
      s.recordReview(answer(p, "c1", Rating.AGAIN, T0, null), 2);
      StoredCard before = s.card(p.id(), "c1").orElseThrow();
      Instant t1 = T0.plus(Duration.ofMinutes(5));
      ReviewLog.Recorded r = s.recordReview(answer(p, "c1", Rating.AGAIN, t1, before.card()), 2);
      assertTrue(r.leech());
      s.undoReview(p.id(), r.reviewId(), "c1", before);
      assertEquals(before, s.card(p.id(), "c1").orElseThrow());
      assertEquals(List.of(), s.suspendedCards(p.id()));
      // Threshold 0: never a leech.
      ReviewLog.Recorded off = s.recordReview(answer(p, "c1", Rating.AGAIN, t1, before.card()), 0);
      assertFalse(off.leech());
      assertEquals(2, s.card(p.id(), "c1").orElseThrow().fails());
    }
  }

  @Test
  void profilesHaveSeparateCardsSettingsAndHistory() throws Exception {
    try (Store s = open("two.db")) {
      Profile ana = s.profile("ana", T0);
      Profile ben = s.profile("ben", T0);
      assertEquals(ana, s.profile("ana", T0.plusSeconds(5)), "same name, same profile");
      s.recordReview(answer(ana, "c1", Rating.GOOD, T0, null));
      s.recordReview(answer(ana, "c2", Rating.EASY, T0, null));
      s.recordReview(answer(ben, "c1", Rating.AGAIN, T0, null));
      s.putSettings(ana.id(), Map.of("new_per_day", "5"));
      assertEquals(Set.of("c1", "c2"), s.cardIds(ana.id()));
      assertEquals(Set.of("c1"), s.cardIds(ben.id()));
      assertEquals(Map.of("new_per_day", "5"), s.settings(ana.id()));
      assertEquals(Map.of(), s.settings(ben.id()));
      assertEquals(CardState.LEARNING, s.card(ben.id(), "c1").orElseThrow().card().state());
      List<Profiles.Summary> all = s.profiles();
      assertEquals(List.of("ana", "ben"), all.stream().map(Profiles.Summary::name).toList());
      assertEquals(2, all.get(0).reviews());
      assertEquals(1, all.get(1).cards());
      assertTrue(s.findProfile("carl").isEmpty());
      assertTrue(s.profiles().stream().noneMatch(x -> x.name().equals("carl")));
    }
  }

  @Test
  void dueBeforeReadsOnlyCardsDueInTimeAndTallyCountsNewAndReviewAnswers() throws Exception {
    try (Store s = open("due.db")) {
      Profile p = s.profile("ana", T0);
      s.recordReview(answer(p, "soon", Rating.AGAIN, T0, null));
      s.recordReview(answer(p, "later", Rating.EASY, T0, null));
      List<StoredCard> due = s.dueBefore(p.id(), T0.plus(Duration.ofHours(1)));
      assertEquals(List.of("soon"), due.stream().map(StoredCard::cardId).toList());
      Card review = new Card(CardState.REVIEW, null, 5.0, 5.0, T0, T0.minus(Duration.ofDays(5)));
      s.recordReview(answer(p, "later", Rating.GOOD, T0.plusSeconds(60), review));
      ReviewLog.Tally t = s.tallySince(p.id(), T0);
      assertEquals(new ReviewLog.Tally(3, 2, 1), t);
      assertEquals(new ReviewLog.Tally(0, 0, 0), s.tallySince(p.id(), T0.plusSeconds(3600)));
    }
  }

  @Test
  void theQueueQueryReadsTheDueCardsExactlyEvenWithSeparatorsInIds() throws Exception {
    try (Store s = open("q.db")) {
      Profile p = s.profile("ana", T0);
      String odd = "odd\u001eid\u001fwith separators";
      s.recordReview(answer(p, odd, Rating.AGAIN, T0, null));
      s.recordReview(answer(p, "plain", Rating.AGAIN, T0, null));
      s.recordReview(answer(p, "later", Rating.EASY, T0, null));
      List<Cards.DueCard> due = s.dueForQueue(p.id(), T0.plus(Duration.ofHours(1)));
      assertEquals(Set.of(odd, "plain"), due.stream().map(Cards.DueCard::cardId)
          .collect(Collectors.toSet()));
      assertEquals(Set.of(odd, "plain", "later"), s.cardIds(p.id()));
      Cards.DueCard d = due.stream().filter(x -> x.cardId().equals("plain")).findFirst()
          .orElseThrow();
      StoredCard full = s.card(p.id(), "plain").orElseThrow();
      assertEquals(full.card().state(), d.state());
      assertEquals(full.card().due(), d.due());
      assertEquals(full.card().lastReview(), d.lastReview());
      assertEquals(full.card().stability(), d.stability(), 1e-12);
      assertTrue(s.dueForQueue(p.id(), T0).isEmpty());
      assertTrue(s.cardIds(999).isEmpty());
    }
  }

  @Test
  void twoConnectionsWritingAtOnceBothSucceed() throws Exception {
    try (Store a = open("shared.db"); Store b = open("shared.db")) {
      Profile pa = a.profile("ana", T0);
      Profile pb = b.profile("ben", T0);
      Thread ta = new Thread(() -> write(a, pa, 200));
      Thread tb = new Thread(() -> write(b, pb, 200));
      ta.start();
      tb.start();
      ta.join();
      tb.join();
      assertEquals(200, a.reviewCount(pa.id()));
      assertEquals(200, a.reviewCount(pb.id()));
      assertSound(a);
    }
  }

  private void write(Store s, Profile p, int n) {
    try {
      for (int i = 0; i < n; i++) {
        s.recordReview(answer(p, "c" + i, Rating.GOOD, T0.plusSeconds(i), null));
      }
    } catch (StoreException e) {
      throw new AssertionError(e);
    }
  }
}
