package org.factdrill.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.stats.ReportBuilder.CardRow;
import org.factdrill.stats.StatsReport.QuestionRow;
import org.factdrill.stats.StatsReport.Rate;
import org.factdrill.store.Metrics;
import org.factdrill.store.ProgressQueries;
import org.factdrill.store.ProgressQueries.DayTotals;
import org.factdrill.store.ProgressQueries.QuestionTotals;
import org.factdrill.store.StoreException;

/**
 * Computes a {@link StatsReport} from the progress database through {@link ProgressQueries}
 * (aggregate queries over the indexes; the cards are streamed once, the review log is summed
 * one local day at a time), feeding a {@link ReportBuilder}.
 */
public final class StatsCalculator {
  /** Stability beyond which a fact counts as mastered, in days (Anki's "mature"). */
  public static final double MASTERED_DAYS = 21;
  /** One answer counts at most this long toward time spent, so a walk-away does not count. */
  public static final long MAX_RESPONSE_MS = Metrics.MAX_RESPONSE_MS;
  /** Below this many days of history the review log is read on one connection. */
  static final int PARALLEL_MIN_DAYS = ProgressQueries.PARALLEL_MIN_DAYS;

  private final ProgressQueries queries;
  private final Clock clock;
  private final FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.defaults());

  /** A calculator reading through {@code queries}, counting local days in the clock's zone. */
  public StatsCalculator(ProgressQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  /** Profile names in the database, sorted. */
  public List<String> profileNames() throws StatsException {
    try {
      return new ArrayList<>(new TreeMap<>(ReportBuilder.invert(queries.profilesById()))
          .keySet());
    } catch (StoreException e) {
      throw fail(e);
    }
  }

  /** The report for {@code scope}; a profile that does not exist is reported empty. */
  public StatsReport compute(StatsScope scope) throws StatsException {
    ReportBuilder acc = new ReportBuilder(scope, clock);
    try {
      Map<Long, String> names = queries.profilesById();
      Long pid = null;
      if (!scope.isClass()) {
        Optional<Long> id = names.entrySet().stream()
            .filter(e -> e.getValue().equals(scope.profile())).map(Map.Entry::getKey).findFirst();
        if (id.isEmpty()) {
          return acc.assemble(List.of(scope.profile()));
        }
        pid = id.get();
        names = Map.of(pid, scope.profile());
      }
      acc.names = names;
      activity(pid, acc);
      cards(pid, acc);
      for (CardRow c : acc.hard) {
        // Source sentences are read only for the few cards listed, not for every card.
        acc.sentences.put(c.profile() + "\u0000" + c.cardId(),
            queries.sentence(c.profile(), c.cardId()));
        acc.lastRatings.put(c.profile() + "\u0000" + c.cardId(),
            queries.lastRating(c.profile(), c.cardId()));
      }
      if (scope.isClass()) {
        questions(acc);
      }
      acc.leeches.addAll(queries.leeches(pid));
      return acc.assemble(new ArrayList<>(new TreeMap<>(ReportBuilder.invert(names)).keySet()));
    } catch (StoreException e) {
      throw fail(e);
    }
  }

  /** The report of a database that does not exist yet: zeros and "no reviews yet". */
  public static StatsReport empty(StatsScope scope, Clock clock) {
    return new ReportBuilder(scope, clock)
        .assemble(scope.isClass() ? List.of() : List.of(scope.profile()));
  }

  private static StatsException fail(StoreException e) {
    return new StatsException(e.getMessage(), e);
  }

  /** Answers, correct answers, time spent and retention per profile and local day. */
  private void activity(Long pid, ReportBuilder acc) throws StoreException {
    List<Long> profiles = pid != null ? List.of(pid) : new ArrayList<>(acc.names.keySet());
    for (DayTotals r : queries.dailyTotals(profiles, clock.getZone())) {
      acc.activity(r.profile(), r.day(), r.answers(), r.correct(), r.timeMs());
      if (r.bucket() >= 0 && acc.inRange(r.day())) {
        acc.retention(r.profile(), r.day(), r.bucket(), r.answers(), r.recalled());
      }
    }
  }

  /** One pass over the cards: mastery, forecast, memory state and the hardest facts. */
  private void cards(Long pid, ReportBuilder acc) throws StoreException {
    Instant now = clock.instant();
    Map<String, Integer> failures = queries.failures(pid);
    queries.cards(pid, c -> {
      Card card = new Card(CardState.parse(c.state()), null, c.stability(), c.difficulty(),
          c.due(), c.lastReview());
      acc.card(new CardRow(c.profile(), c.cardId(), c.stability(), c.difficulty(), c.due(),
          c.reps(), c.lapses(), c.source(), c.lang(), c.kind(),
          fsrs.retrievability(card, now),
          failures.getOrDefault(c.profile() + "\u0000" + c.cardId(), 0)));
    });
  }

  /** Per question over the class: answers, correct answers, learners who answered. */
  private void questions(ReportBuilder acc) throws StoreException {
    List<QuestionTotals> rows = new ArrayList<>(queries.questionsSince(acc.sinceMs));
    rows.sort(Comparator.comparing((QuestionTotals q) -> Rate.of(q.answers(), q.correct()).rate())
        .thenComparing(Comparator.comparingLong(QuestionTotals::answers).reversed())
        .thenComparing(QuestionTotals::questionId));
    List<String> sentences = queries.sentencesOf(rows);
    List<QuestionRow> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      QuestionTotals q = rows.get(i);
      out.add(new QuestionRow(q.questionId(), q.cardId(), sentences.get(i), q.answers(),
          q.correct(), Rate.of(q.answers(), q.correct()).rate(), q.learners()));
    }
    acc.questions = out;
  }

  /**
   * {current, longest} runs of consecutive days with reviews. The current run ends today, or
   * yesterday when today has no review yet (the day is not over), else it is 0.
   */
  static int[] streaks(TreeSet<LocalDate> days, LocalDate today) {
    return ReportBuilder.streaks(days, today);
  }
}
