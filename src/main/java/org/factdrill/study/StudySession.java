package org.factdrill.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.srs.Card;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.factdrill.store.Profile;
import org.factdrill.store.ReviewRecord;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.store.StoredCard;

/**
 * One study session for one profile: builds the queue (learning cards due now, reviews due today
 * by lowest retrievability, then new cards up to the daily limit), checks answers, records grades
 * (one transaction each), re-queues cards still in (re)learning steps, and undoes the last answer.
 * No UI code: the TUI and the plain mode both drive this class.
 */
public final class StudySession {
  private final Store store;
  private final Profile profile;
  private final FsrsScheduler scheduler;
  private final Clock clock;
  private final AnswerChecker checker;
  private final Map<String, List<Question>> questionsByCard = new LinkedHashMap<>();
  private final Map<String, StoredCard> cards;
  private final Deque<String> queue = new ArrayDeque<>();
  private final Deque<Undo> history = new ArrayDeque<>();
  private int reviewed;
  private int correct;

  /** What one graded answer saved. */
  public record Saved(long reviewId, Card card, Duration nextIn) {}

  private record Undo(long reviewId, String cardId, StoredCard previous, boolean wasCorrect) {}

  public StudySession(Bank bank, Store store, Profile profile, FsrsScheduler scheduler,
      SessionSettings settings, Clock clock, AnswerChecker checker) throws StoreException {
    this.store = store;
    this.profile = profile;
    this.scheduler = scheduler;
    this.clock = clock;
    this.checker = checker;
    for (Question q : bank.questions()) {
      if (!q.isDisabled()) {
        questionsByCard.computeIfAbsent(q.cardId(), k -> new ArrayList<>()).add(q);
      }
    }
    this.cards = new HashMap<>(store.cards(profile.id()));
    buildQueue(settings);
  }

  private void buildQueue(SessionSettings settings) throws StoreException {
    Instant now = clock.instant();
    Instant endOfDay = now.atZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone())
        .toLocalDate().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    List<StoredCard> learning = new ArrayList<>();
    List<StoredCard> reviews = new ArrayList<>();
    List<String> fresh = new ArrayList<>();
    for (String cardId : questionsByCard.keySet()) {
      StoredCard sc = cards.get(cardId);
      if (sc == null) {
        fresh.add(cardId);
      } else if (sc.card().state() != org.factdrill.srs.CardState.REVIEW) {
        if (!sc.card().due().isAfter(now)) {
          learning.add(sc);
        }
      } else if (sc.card().due().isBefore(endOfDay)) {
        reviews.add(sc);
      }
    }
    learning.sort(Comparator.comparing(sc -> sc.card().due()));
    reviews.sort(Comparator.comparingDouble(sc -> scheduler.retrievability(sc.card(), now)));
    Instant startOfDay = endOfDay.minus(Duration.ofDays(1));
    Store.DayCounts today = store.countsSince(profile.id(), startOfDay);
    int reviewBudget = Math.max(0, settings.maxReviewsPerDay() - (today.reviews() - today.newCards()));
    int newBudget = Math.max(0, settings.newPerDay() - today.newCards());
    learning.forEach(sc -> queue.add(sc.cardId()));
    reviews.stream().limit(reviewBudget).forEach(sc -> queue.add(sc.cardId()));
    fresh.stream().limit(newBudget).forEach(queue::add);
  }

  /** The question to show now, or empty when the session is done. */
  public Optional<Question> current() {
    String cardId = queue.peekFirst();
    return cardId == null ? Optional.empty() : Optional.of(pickQuestion(cardId));
  }

  private Question pickQuestion(String cardId) {
    List<Question> qs = questionsByCard.get(cardId);
    StoredCard sc = cards.get(cardId);
    // The unit of memory is the fact; its question form follows its strength (docs/scheduling.md):
    // recognition (choice, true/false) while new or weak, typed recall once it is stable.
    boolean weak = sc == null || sc.card().stability() == null || sc.card().stability() < 7;
    int reps = sc == null ? 0 : sc.reps();
    List<Question> preferred = new ArrayList<>();
    for (Question q : qs) {
      boolean recognition = q.type() == org.factdrill.bank.QuestionType.CHOICE
          || q.type() == org.factdrill.bank.QuestionType.TRUEFALSE;
      if (weak == recognition) {
        preferred.add(q);
      }
    }
    List<Question> pool = preferred.isEmpty() ? qs : preferred;
    return pool.get(reps % pool.size());
  }

  public Verdict check(String typed) {
    return checker.check(current().orElseThrow(), typed);
  }

  /** The card the current question would schedule, as each grade would leave it. */
  public Map<Rating, Duration> previewIntervals() {
    Instant now = clock.instant();
    Card card = currentCard(now);
    Map<Rating, Duration> out = new EnumMap<>(Rating.class);
    scheduler.preview(card, now).forEach((r, c) -> out.put(r, Duration.between(now, c.due())));
    return out;
  }

  private Card currentCard(Instant now) {
    StoredCard sc = cards.get(queue.peekFirst());
    return sc == null ? Card.newCard(now) : sc.card();
  }

  /** Grades the current question and saves it (one transaction); returns after the commit. */
  public Saved grade(Rating rating, String typed, Verdict verdict, long responseMs)
      throws StoreException {
    Question q = current().orElseThrow();
    String cardId = q.cardId();
    Instant now = clock.instant();
    StoredCard before = cards.get(cardId);
    Card card = before == null ? Card.newCard(now) : before.card();
    Card after = scheduler.review(card, rating, now);
    Long elapsed = card.lastReview() == null ? null
        : Math.max(0, Duration.between(card.lastReview(), now).toDays());
    Question.FactRef f = q.facts().isEmpty() ? null : q.facts().get(0);
    ReviewRecord.CardMeta meta = f == null ? new ReviewRecord.CardMeta(null, q.lang(), null, null)
        : new ReviewRecord.CardMeta(f.source(), q.lang(), f.kind(), f.sentence());
    long id = store.recordReview(new ReviewRecord(profile.id(), q.id(), cardId, rating.value(),
        typed, verdict.correct(), verdict.label(), responseMs, now,
        before == null ? null : card.state(), after, elapsed, meta));
    cards.put(cardId, new StoredCard(cardId, after, (before == null ? 0 : before.reps()) + 1,
        (before == null ? 0 : before.lapses())
            + (rating == Rating.AGAIN && card.state() == org.factdrill.srs.CardState.REVIEW ? 1 : 0),
        meta.source(), meta.lang(), meta.kind()));
    history.push(new Undo(id, cardId, before, verdict.correct()));
    queue.pollFirst();
    reviewed++;
    if (verdict.correct()) {
      correct++;
    }
    // Cards still in (re)learning steps come back in this session when due.
    if (after.state() != org.factdrill.srs.CardState.REVIEW) {
      queue.addLast(cardId);
    }
    return new Saved(id, after, Duration.between(now, after.due()));
  }

  /** Takes back the last graded answer; false when there is nothing to undo. */
  public boolean undo() throws StoreException {
    Undo u = history.poll();
    if (u == null) {
      return false;
    }
    store.undoReview(profile.id(), u.reviewId(), u.cardId(), u.previous());
    if (u.previous() == null) {
      cards.remove(u.cardId());
    } else {
      cards.put(u.cardId(), u.previous());
    }
    queue.removeLastOccurrence(u.cardId());
    queue.addFirst(u.cardId());
    reviewed--;
    if (u.wasCorrect()) {
      correct--;
    }
    return true;
  }

  public int reviewed() {
    return reviewed;
  }

  public int correctCount() {
    return correct;
  }

  /** Cards left in the queue (a card in learning steps counts once). */
  public int remaining() {
    return (int) queue.stream().distinct().count();
  }

  public Profile profile() {
    return profile;
  }
}
