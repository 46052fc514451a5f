package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.bank.TestQuestions;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.store.Cards;
import org.factdrill.store.Profile;
import org.factdrill.store.ReviewLog;
import org.factdrill.store.ReviewRecord;
import org.factdrill.store.Store;

/**
 * The queue a session builds (sibling slots and seen cards as bits, one look-up per due card)
 * is the queue the straightforward reading gives: reviews in {@link ReviewOrder}, each taken
 * unless a sentence it shares was shown today, is learning or was taken already, up to the
 * review budget; then unseen bank cards in bank order under the same rule, up to the new budget.
 * Generated banks (cards sharing sentences, cards without one, cards not in the bank) and
 * stores (new, learning, review cards due at various times, some answered today).
 */
class QueueBuildPropertyTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
  private static final FsrsScheduler FSRS = new FsrsScheduler(FsrsParameters.defaults());
  private static Path dir;
  private static Store store;
  private static int profiles;

  /** One card: its sentence (-1: none), whether in the bank, its stored state. */
  record Spec(int sentence, boolean inBank, int state, int dueMinutes, boolean today) {}

  @BeforeContainer
  static void open() throws Exception {
    dir = Files.createTempDirectory("queueprop");
    store = Store.open(dir.resolve("p.db"));
  }

  @AfterContainer
  static void close() throws Exception {
    store.close();
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<List<Spec>> cards() {
    Arbitrary<Spec> spec = net.jqwik.api.Combinators.combine(
        Arbitraries.integers().between(-1, 4), Arbitraries.integers().between(0, 9),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-3000, 3000),
        Arbitraries.integers().between(0, 4))
        .as((s, b, st, due, today) -> new Spec(s, b > 0, st, due, today == 0));
    return spec.list().ofMinSize(1).ofMaxSize(14);
  }

  @Property(tries = 250, seed = "10")
  void theQueueIsTheStraightforwardOne(@ForAll("cards") List<Spec> specs,
      @ForAll("budget") int newPerDay, @ForAll("budget") int maxReviews) throws Exception {
    Profile p = store.profile("p" + profiles++, T0.minus(Duration.ofDays(60)));
    List<Question> qs = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec s = specs.get(i);
      if (s.inBank()) {
        qs.add(question("f" + i, s.sentence() < 0 ? null : "s" + s.sentence()));
      }
      if (s.state() > 0) {
        put(p, "f" + i, s);
      }
    }
    Bank bank = TestBanks.bank(qs);
    StudyBank sb = StudyBank.of(bank);
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    SessionSettings settings = new SessionSettings(0.9, newPerDay, maxReviews);
    StudySession session = new StudySession(sb, store, p, FSRS, settings, clock,
        new AnswerChecker(), 7);
    assertEquals(straightforward(sb, p, settings, clock), session.queued(), specs::toString);
  }

  @Provide
  Arbitrary<Integer> budget() {
    return Arbitraries.integers().between(0, 8);
  }

  /** The main queue worked out with sets of sibling keys and a set of seen card ids. */
  private static List<String> straightforward(StudyBank bank, Profile p,
      SessionSettings settings, Clock clock) throws Exception {
    Instant now = clock.instant();
    Instant dayStart = StudySession.studyDayStart(now, clock);
    Instant dayEnd = dayStart.plus(Duration.ofDays(1));
    List<Cards.DueCard> reviews = new ArrayList<>();
    Set<String> queued = new HashSet<>();
    for (Cards.DueCard dc : store.dueForQueue(p.id(), dayEnd)) {
      if (!bank.contains(dc.cardId())) {
        continue;
      }
      if (dc.state() == CardState.REVIEW) {
        reviews.add(dc);
      } else if (!dc.due().isAfter(now.plus(StudySession.LEARN_AHEAD))) {
        queued.addAll(bank.siblingKeys(dc.cardId()));
      }
    }
    for (String id : store.cardsAnsweredSince(p.id(), dayStart)) {
      if (bank.contains(id)) {
        queued.addAll(bank.siblingKeys(id));
      }
    }
    ReviewLog.Tally today = store.tallySince(p.id(), dayStart);
    int reviewBudget = Math.max(0, settings.maxReviewsPerDay() - today.reviewCards());
    int newBudget = Math.max(0, settings.newPerDay() - today.newCards());
    List<String> out = new ArrayList<>();
    for (String id : ReviewOrder.of(reviews, FSRS, now)) {
      if (reviewBudget > 0 && java.util.Collections.disjoint(queued, bank.siblingKeys(id))) {
        queued.addAll(bank.siblingKeys(id));
        out.add(id);
        reviewBudget--;
      }
    }
    Set<String> known = store.cardIds(p.id());
    for (String id : bank.cardIds()) {
      if (newBudget > 0 && !known.contains(id)
          && java.util.Collections.disjoint(queued, bank.siblingKeys(id))) {
        queued.addAll(bank.siblingKeys(id));
        out.add(id);
        newBudget--;
      }
    }
    return out;
  }

  private static Question question(String card, String sentence) {
    var v = JsonNodeFactory.instance.textNode("1900");
    var ref = List.of(new Question.FactRef("t.txt", 0, 4, "1900", "date",
        TestQuestions.value(v), null, null, "In 1900 it ended.", 0));
    return TestQuestions.of(card + "z", card, QuestionType.CLOZE, "en", card + " in ____?",
        TestQuestions.answer(v, "1900"), null, null, null, ref, null, null, null, sentence);
  }

  /** Stores a card's state, answered at its last review (today when the spec says so). */
  private static void put(Profile p, String cardId, Spec s) throws Exception {
    CardState state = s.state() == 1 ? CardState.LEARNING
        : s.state() == 2 ? CardState.RELEARNING : CardState.REVIEW;
    Instant due = T0.plus(Duration.ofMinutes(s.dueMinutes()));
    Instant last = s.today() ? T0.minus(Duration.ofHours(2)) : T0.minus(Duration.ofDays(9));
    Card card = new Card(state, state == CardState.REVIEW ? null : 1, 3.0, 5.0, due, last);
    CardState before = s.today() && s.dueMinutes() % 2 == 0 ? null : CardState.LEARNING;
    store.recordReview(new ReviewRecord(p.id(), cardId + "-q", cardId, 3, "x", true, "correct",
        1, last, before, card, null, null));
  }
}
