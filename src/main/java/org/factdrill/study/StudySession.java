package org.factdrill.study;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.srs.Rating;
import org.factdrill.store.Cards;
import org.factdrill.store.Profile;
import org.factdrill.store.ReviewLog;
import org.factdrill.store.ReviewRecord;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.store.StoredCard;

/**
 * One study session for one profile: builds the queue (learning cards due now, reviews due today
 * by lowest retrievability, then new cards up to the daily limit), checks answers, records grades
 * (one transaction each), re-queues cards still in (re)learning steps, and undoes the last answer.
 * No UI code: the TUI and the plain mode both drive this class.
 *
 * <p>Siblings are buried for the rest of the day, as in Anki: once a card is shown (answered
 * today, in this session or an earlier one), the other new and review cards of its sentence (the
 * bank's sibling key) leave the queue, so one question never gives away the next (a sentence with
 * the figure shown right before the question that blanks it). Cards already in (re)learning
 * steps are not buried: their step is a promise to the learner.
 *
 * <p>Cards in (re)learning steps come back as soon as their step is over, ahead of the rest of
 * the queue; when nothing else is left, the earliest comes back up to {@link #LEARN_AHEAD} before
 * its due time (as Anki's learn-ahead limit does), so a 10-minute step never leaves the learner
 * waiting at the end, while a step of hours or days ends the session (see docs/scheduling.md).
 */
public final class StudySession {
  /** How early a (re)learning card may come back when nothing else is left to study. */
  public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
  /** The study day starts at 04:00 local time, as in Anki, so late-night study counts as today. */
  public static final int DAY_START_HOUR = 4;

  private final Store store;
  private final Profile profile;
  private final FsrsScheduler scheduler;
  private final Clock clock;
  private final AnswerChecker checker;
  private final long fuzzSeed;
  private final StudyBank bank;
  /**
   * Full stored states read so far (read when a card is first shown; a null value = new card).
   * Only cards this session touches are read, so memory follows the session, not the collection.
   */
  private final Map<String, StoredCard> cards = new HashMap<>();
  /** Reviews then new cards, in the order they are shown. */
  private final Deque<String> main = new ArrayDeque<>();
  /** Cards in (re)learning steps, earliest due first. */
  private final TreeSet<Pending> learning = new TreeSet<>();
  /** Cards taken back by undo: shown again first, most recent first. */
  private final Deque<String> redo = new ArrayDeque<>();
  private final Deque<Undo> history = new ArrayDeque<>();
  private final Instant dayStart;
  /**
   * Sibling keys (as the bank's slot numbers) of the cards shown today: other new and review
   * cards with one are buried.
   */
  private final java.util.BitSet shownSiblings = new java.util.BitSet();
  /** Failures that suspend a card as a leech (0: never). */
  private final int leechThreshold;
  private Current current;
  private int reviewed;
  private int correct;

  /**
   * What one graded answer saved.
   *
   * @param leech whether this answer made the card a leech (tagged and suspended: it leaves the
   *     session and the queue until unsuspended)
   */
  public record Saved(long reviewId, Card card, Duration nextIn, boolean leech) {}

  private record Undo(long reviewId, String cardId, StoredCard previous, boolean wasCorrect) {}

  private record Pending(Instant due, String cardId) implements Comparable<Pending> {
    @Override
    public int compareTo(Pending o) {
      int c = due.compareTo(o.due);
      return c != 0 ? c : cardId.compareTo(o.cardId);
    }
  }

  private enum From { MAIN, LEARNING, REDO }

  private record Current(String cardId, Question question, From from, Pending pending) {}

  public StudySession(Bank bank, Store store, Profile profile, FsrsScheduler scheduler,
      SessionSettings settings, Clock clock, AnswerChecker checker) throws StoreException {
    this(StudyBank.of(bank), store, profile, scheduler, settings, clock, checker, clock.millis());
  }

  /**
   * As above, with the seed of the interval fuzz (used when the scheduler's parameters enable
   * fuzz). The fuzz of one answer depends only on the seed, the card and its review count, so the
   * interval previewed for a grade is the one that grading saves.
   */
  public StudySession(Bank bank, Store store, Profile profile, FsrsScheduler scheduler,
      SessionSettings settings, Clock clock, AnswerChecker checker, long fuzzSeed)
      throws StoreException {
    this(StudyBank.of(bank), store, profile, scheduler, settings, clock, checker, fuzzSeed);
  }

  /** As above, on a bank already indexed (shared by several sessions, or timed apart). */
  public StudySession(StudyBank bank, Store store, Profile profile, FsrsScheduler scheduler,
      SessionSettings settings, Clock clock, AnswerChecker checker, long fuzzSeed)
      throws StoreException {
    this(bank, store, profile, scheduler, settings, clock, checker, fuzzSeed, null);
  }

  /**
   * As above; with {@code now} (custom study: cards failed today, say) those cards of the bank
   * are queued at once in bank order, whatever their due time, instead of the usual queue.
   */
  public StudySession(StudyBank bank, Store store, Profile profile, FsrsScheduler scheduler,
      SessionSettings settings, Clock clock, AnswerChecker checker, long fuzzSeed,
      Set<String> now) throws StoreException {
    this.bank = bank;
    this.store = store;
    this.profile = profile;
    this.scheduler = scheduler;
    this.clock = clock;
    this.checker = checker;
    this.fuzzSeed = fuzzSeed;
    this.leechThreshold = settings.leechThreshold();
    this.dayStart = studyDayStart(clock.instant(), clock);
    if (now == null) {
      buildQueue(settings);
    } else {
      for (String id : bank.cardIds()) {
        if (now.contains(id)) {
          main.add(id);
        }
      }
    }
  }

  /** The start of the study day containing {@code now} (04:00 local time). */
  static Instant studyDayStart(Instant now, Clock clock) {
    var local = now.atZone(clock.getZone());
    var start = local.toLocalDate().atTime(DAY_START_HOUR, 0).atZone(clock.getZone());
    if (start.toInstant().isAfter(now)) {
      start = local.toLocalDate().minusDays(1).atTime(DAY_START_HOUR, 0).atZone(clock.getZone());
    }
    return start.toInstant();
  }

  private void buildQueue(SessionSettings settings) throws StoreException {
    Instant now = clock.instant();
    Instant dayEnd = dayStart.atZone(clock.getZone()).plusDays(1).toInstant();
    // Only cards due today are read (from a covering index); cards whose id left the bank are
    // kept in the database but not shown.
    // A card's sibling slots are looked up once: none means the card left the bank.
    List<Cards.DueCard> reviews = new ArrayList<>();
    List<int[]> reviewSlots = new ArrayList<>();
    for (Cards.DueCard dc : store.dueForQueue(profile.id(), dayEnd)) {
      int[] slots = bank.siblingSlots(dc.cardId());
      if (slots.length == 0) {
        continue;
      }
      if (dc.state() == CardState.REVIEW) {
        reviews.add(dc);
        reviewSlots.add(slots);
      } else if (!dc.due().isAfter(now.plus(LEARN_AHEAD))) {
        learning.add(new Pending(dc.due(), dc.cardId()));
      }
    }
    int[] order = ReviewOrder.indices(reviews, scheduler, now);
    ReviewLog.Tally today = store.tallySince(profile.id(), dayStart);
    int reviewBudget = Math.max(0, settings.maxReviewsPerDay() - today.reviewCards());
    int newBudget = Math.max(0, settings.newPerDay() - today.newCards());
    // No answer today (the tally counts them over the same rows): nothing shown, no query.
    for (String id : today.answers() == 0 ? Set.<String>of()
        : store.cardsAnsweredSince(profile.id(), dayStart)) {
      setAll(shownSiblings, bank.siblingSlots(id)); // none for a card not in the bank
    }
    // One card per sentence enters the queue: its siblings are buried (queued keys count as
    // shown, since the card will be). Learning cards keep their place but claim their sentence.
    java.util.BitSet queued = (java.util.BitSet) shownSiblings.clone();
    learning.forEach(p -> setAll(queued, bank.siblingSlots(p.cardId())));
    for (int r : order) {
      if (reviewBudget == 0) {
        break;
      }
      if (claim(queued, reviewSlots.get(r))) {
        main.add(reviews.get(r).cardId());
        reviewBudget--;
      }
    }
    if (newBudget > 0) {
      // (Looking each seen id up in the bank instead, to mark its place in a bit set, cost
      // more: a probe of a 100,000-entry map per id misses the cache where this set does not.)
      Set<String> known = store.cardIds(profile.id());
      for (String id : bank.cardIds()) {
        if (newBudget == 0) {
          break;
        }
        if (!known.contains(id) && claim(queued, bank.siblingSlots(id))) {
          main.add(id);
          cards.put(id, null);
          newBudget--;
        }
      }
    }
  }

  /** Adds the sibling keys {@code keys} to {@code taken}; false (nothing added) if one was. */
  private static boolean claim(java.util.BitSet taken, int[] keys) {
    for (int k : keys) {
      if (taken.get(k)) {
        return false;
      }
    }
    setAll(taken, keys);
    return true;
  }

  private static void setAll(java.util.BitSet set, int[] slots) {
    for (int k : slots) {
      set.set(k);
    }
  }

  /** Whether a waiting new or review card is buried by a sibling shown today. */
  private boolean buried(String cardId) {
    for (int k : bank.siblingSlots(cardId)) {
      if (shownSiblings.get(k)) {
        return true;
      }
    }
    return false;
  }

  /** The full stored state of a card (null for a new card), read on first use. */
  private StoredCard stored(String cardId) {
    if (!cards.containsKey(cardId)) {
      try {
        cards.put(cardId, store.card(profile.id(), cardId).orElse(null));
      } catch (StoreException e) {
        throw new SessionStoreException(e);
      }
    }
    return cards.get(cardId);
  }

  /**
   * The question to show now, or empty when the session is done. Reads the card's stored state on
   * first use; a database failure then surfaces as {@link SessionStoreException}.
   */
  public Optional<Question> current() {
    if (current == null) {
      current = next();
    }
    return current == null ? Optional.empty() : Optional.of(current.question());
  }

  /** Picks the next card; the choice then stays put until it is graded or undone. */
  private Current next() {
    Instant now = clock.instant();
    if (!redo.isEmpty()) {
      return at(redo.peekFirst(), From.REDO, null);
    }
    if (!learning.isEmpty() && !learning.first().due().isAfter(now)) {
      return at(learning.first().cardId(), From.LEARNING, learning.first());
    }
    if (!main.isEmpty()) {
      return at(main.peekFirst(), From.MAIN, null);
    }
    if (!learning.isEmpty() && !learning.first().due().isAfter(now.plus(LEARN_AHEAD))) {
      return at(learning.first().cardId(), From.LEARNING, learning.first());
    }
    return null;
  }

  private Current at(String cardId, From from, Pending p) {
    return new Current(cardId, pickQuestion(cardId), from, p);
  }

  private Question pickQuestion(String cardId) {
    List<Question> qs = bank.questions(cardId);
    StoredCard sc = stored(cardId);
    // The unit of memory is the fact; its question form follows its strength (docs/scheduling.md):
    // recognition (choice, true/false) while new, in steps or weak, typed recall once stable.
    boolean weak = sc == null || sc.card().stability() == null
        || sc.card().state() != CardState.REVIEW || sc.card().stability() < STABLE_DAYS;
    int reps = sc == null ? 0 : sc.reps();
    List<Question> preferred = new ArrayList<>();
    for (Question q : qs) {
      if (weak == isRecognition(q)) {
        preferred.add(q);
      }
    }
    List<Question> pool = preferred.isEmpty() ? qs : preferred;
    Question q = pool.get(reps % pool.size());
    // A false statement varies between showings among the card's wrong values.
    return q instanceof Question.TrueFalse tf ? FalseStatements.pick(tf, qs, fuzzSeed, reps) : q;
  }

  /** Stability (days) from which a fact is asked in typed-recall form rather than recognition. */
  public static final double STABLE_DAYS = 7;

  static boolean isRecognition(Question q) {
    return q.isRecognition();
  }

  public Verdict check(String typed) {
    return checker.check(current().orElseThrow(), typed);
  }

  /** The card the current question would schedule, as each grade would leave it. */
  public Map<Rating, Duration> previewIntervals() {
    current().orElseThrow();
    Instant now = clock.instant();
    StoredCard sc = stored(current.cardId());
    Card card = sc == null ? Card.newCard(now) : sc.card();
    Map<Rating, Duration> out = new EnumMap<>(Rating.class);
    for (Rating r : Rating.values()) {
      Card after = scheduler.review(card, r, now, fuzzFor(current.cardId(), sc));
      out.put(r, Duration.between(now, after.due()));
    }
    return out;
  }

  /** The fuzz source of one answer: fixed by the session seed, the card and its review count. */
  private RandomGenerator fuzzFor(String cardId, StoredCard sc) {
    long reps = sc == null ? 0 : sc.reps();
    return new SplittableRandom(fuzzSeed * 31 + cardId.hashCode() * 1_000_003L + reps);
  }

  /** Grades the current question and saves it (one transaction); returns after the commit. */
  public Saved grade(Rating rating, String typed, Verdict verdict, long responseMs)
      throws StoreException {
    Question q = current().orElseThrow();
    Current cur = current;
    String cardId = cur.cardId();
    Instant now = clock.instant();
    StoredCard before = stored(cardId);
    Card card = before == null ? Card.newCard(now) : before.card();
    Card after = scheduler.review(card, rating, now, fuzzFor(cardId, before));
    Long elapsed = card.lastReview() == null ? null
        : Math.max(0, Math.floorDiv(Duration.between(card.lastReview(), now).getSeconds(), 86_400));
    Question.FactRef f = q.facts().isEmpty() ? null : q.facts().get(0);
    ReviewRecord.CardMeta meta = f == null ? new ReviewRecord.CardMeta(null, q.lang(), null, null)
        : new ReviewRecord.CardMeta(f.source(), q.lang(), f.kind(), f.sentence());
    ReviewLog.Recorded rec = store.recordReview(new ReviewRecord(profile.id(), q.id(), cardId,
        rating.value(), typed, verdict.correct(), verdict.label(), responseMs, now,
        before == null ? null : card.state(), after, elapsed, meta), leechThreshold);
    long id = rec.reviewId();
    // Committed: only now does the session's own view move on.
    boolean lapse = rating == Rating.AGAIN && card.state() == CardState.REVIEW;
    int fails = (before == null ? 0 : before.fails()) + (rating == Rating.AGAIN ? 1 : 0);
    cards.put(cardId, new StoredCard(cardId, after, (before == null ? 0 : before.reps()) + 1,
        (before == null ? 0 : before.lapses()) + (lapse ? 1 : 0),
        before != null && before.source() != null ? before.source() : meta.source(),
        before != null && before.lang() != null ? before.lang() : meta.lang(),
        before != null && before.kind() != null ? before.kind() : meta.kind(),
        fails, rec.leech() || (before != null && before.leech()), rec.leech()));
    switch (cur.from()) {
      case MAIN -> main.pollFirst();
      case LEARNING -> learning.remove(cur.pending());
      case REDO -> redo.pollFirst();
    }
    // Cards still in (re)learning steps come back in this session when their step is over;
    // a card just suspended as a leech does not.
    if (after.state() != CardState.REVIEW && !rec.leech()) {
      learning.add(new Pending(after.due(), cardId));
    }
    // Shown: its siblings waiting in the main queue are buried for the rest of the day.
    setAll(shownSiblings, bank.siblingSlots(cardId));
    main.removeIf(this::buried);
    history.push(new Undo(id, cardId, before, verdict.correct()));
    current = null;
    reviewed++;
    if (verdict.correct()) {
      correct++;
    }
    return new Saved(id, after, Duration.between(now, after.due()), rec.leech());
  }

  /**
   * Takes back the last graded answer (its review_log row is deleted and the card's state
   * restored in one transaction); the card is shown again next. False when there is nothing to
   * undo.
   */
  public boolean undo() throws StoreException {
    Undo u = history.peek();
    if (u == null) {
      return false;
    }
    store.undoReview(profile.id(), u.reviewId(), u.cardId(), u.previous());
    history.pop();
    cards.put(u.cardId(), u.previous());
    // The card is shown again next, once: drop it from wherever it waits.
    learning.removeIf(p -> p.cardId().equals(u.cardId()));
    redo.remove(u.cardId());
    redo.addFirst(u.cardId());
    current = null;
    reviewed--;
    if (u.wasCorrect()) {
      correct--;
    }
    return true;
  }

  /** Whether {@link #undo()} has an answer to take back. */
  public boolean canUndo() {
    return !history.isEmpty();
  }

  /** Failures that suspend a card as a leech in this session (0: never). */
  public int leechThreshold() {
    return leechThreshold;
  }

  public int reviewed() {
    return reviewed;
  }

  public int correctCount() {
    return correct;
  }

  /**
   * Cards left in this session (a card in learning steps counts once). A learning card whose next
   * step ends beyond {@link #LEARN_AHEAD} will not come back in this session, so it is not counted:
   * otherwise the count would never fall while cards are failed.
   */
  /** The cards waiting in the main queue, in order (for tests). */
  List<String> queued() {
    return List.copyOf(main);
  }

  public int remaining() {
    Set<String> ids = new java.util.HashSet<>(main);
    Instant horizon = clock.instant().plus(LEARN_AHEAD);
    for (Pending p : learning) {
      if (!p.due().isAfter(horizon)) {
        ids.add(p.cardId());
      }
    }
    ids.addAll(redo);
    return ids.size();
  }

  /**
   * When the next (re)learning card of this session is due, if the session ran out only because
   * its step is not over yet (for "come back in 25m").
   */
  public Optional<Instant> nextLearningDue() {
    return learning.isEmpty() ? Optional.empty() : Optional.of(learning.first().due());
  }

  /** The stored state of a card as this session knows it (empty for a new card). */
  public Optional<StoredCard> card(String cardId) {
    return Optional.ofNullable(stored(cardId));
  }

  public Profile profile() {
    return profile;
  }
}
