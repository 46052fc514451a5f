package org.factdrill.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything {@code factdrill stats} knows, as one tree of values: every output (text, JSON,
 * HTML, the TUI screen) renders this and computes nothing of its own. Field names are the JSON
 * names documented in docs/stats.md and docs/stats.schema.json.
 *
 * @param classView the per-learner and per-question tables; null unless all profiles were asked
 */
public record StatsReport(Meta meta, Summary summary, List<Day> daily, Heatmap heatmap,
    Retention retention, Forecast forecast, Mastery mastery, List<HardFact> hardest,
    Memory memory, ClassView classView, @OmitWhenEmpty List<Leech> leeches) {

  /**
   * A card tagged leech (failed {@code leech_threshold} times): suspended until the learner
   * unsuspends it in the bank browser ({@code u}), which starts its failure count again.
   *
   * @param failures Again answers since it was last unsuspended
   */
  public record Leech(String profile, String cardId, String source, String lang, String kind,
      String sentence, int failures, int lapses, int reps, boolean suspended) {}

  /** A list component left out of the JSON when empty (added after schema 1 was published). */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.RECORD_COMPONENT)
  public @interface OmitWhenEmpty {}

  /** The version of this report's JSON layout; raised on incompatible changes. */
  public static final int SCHEMA_VERSION = 1;

  /** True when there is not a single review in the reported range. */
  public boolean noReviews() {
    return summary.reviews() == 0;
  }

  /**
   * What was asked and when.
   *
   * @param scope "profile" for one learner, "class" for all profiles
   * @param since the first day asked for with --since (null: all history)
   * @param from the first day of the daily series (since, else the first review day, else today)
   */
  public record Meta(int schemaVersion, String generatedAt, String zone, LocalDate today,
      LocalDate since, LocalDate from, String scope, List<String> profiles) {}

  /**
   * Totals over the range. Streaks count local days with at least one review over all history
   * (not only since --since); the current streak is still alive when today has no review yet.
   */
  public record Summary(long reviews, long correct, long timeMs, int daysStudied, long cards,
      long mastered, int currentStreak, int longestStreak, Rate trueRetention,
      LocalDate lastActive) {}

  /** A share: {@code passed} of {@code reviews}; {@code rate} is null when there were none. */
  public record Rate(long reviews, long passed, Double rate) {
    public static Rate of(long reviews, long passed) {
      return new Rate(reviews, passed, reviews == 0 ? null : round(passed / (double) reviews));
    }
  }

  /** One local day: answers, correct answers and time spent answering (response time). */
  public record Day(LocalDate date, long reviews, long correct, long timeMs) {}

  /** Reviews per local day for the calendar: {@code counts[i]} is for {@code start + i}. */
  public record Heatmap(LocalDate start, LocalDate end, long max, List<Long> counts) {}

  /**
   * True retention: reviews made at least 21 days (mature) or 1-20 days (young) after the card's
   * previous review (review_log.elapsed_days), passed when not answered Again.
   */
  public record Retention(Rate mature, Rate young, List<Week> weeks, List<IntervalBucket> byInterval) {}

  /** One week, Monday to Sunday. */
  public record Week(LocalDate start, Rate young, Rate mature) {}

  /** Reviews grouped by days since the card's previous review, {@code minDays <= d < maxDays}. */
  public record IntervalBucket(String label, int minDays, Integer maxDays, Rate rate) {}

  /** Cards falling due: day 0 is today and includes the {@code overdue} ones. */
  public record Forecast(long overdue, List<ForecastDay> days) {}

  /** Cards due on one local day. */
  public record ForecastDay(LocalDate date, int offset, long due) {}

  /** Share of cards (facts) whose stability exceeds 21 days, per group. */
  public record Mastery(List<Group> bySource, List<Group> byLang, List<Group> byKind) {}

  /** One group of cards; {@code key} is "(unknown)" when the card carries no such label. */
  public record Group(String key, long cards, long mastered, Double share) {}

  /** A card that is hard for the learner, with the sentence its fact comes from. */
  public record HardFact(String profile, String cardId, String source, String lang, String kind,
      String sentence, int reps, int lapses, double retrievability, Double stability,
      Double difficulty, LocalDate due, int failures, String lastResult) {
    /**
     * Recall probability worth showing: none right after a failure (FSRS's figure for a card
     * failed minutes ago is near 100 %, which reads as the opposite of what happened).
     */
    public Double recallShown() {
      return "Again".equals(lastResult) ? null : retrievability;
    }
  }

  /**
   * The report with each source file named by its title ({@code titles}: file to title), for
   * reports people read; files without a title keep their name. The JSON report keeps the files.
   */
  public StatsReport withSourceTitles(java.util.Map<String, String> titles) {
    if (titles == null || titles.isEmpty()) {
      return this;
    }
    java.util.function.UnaryOperator<String> t = f -> f == null ? null : titles.getOrDefault(f, f);
    Mastery m = mastery == null ? null : new Mastery(mastery.bySource().stream()
        .map(g -> new Group(t.apply(g.key()), g.cards(), g.mastered(), g.share())).toList(),
        mastery.byLang(), mastery.byKind());
    List<HardFact> h = hardest == null ? null : hardest.stream().map(x -> new HardFact(
        x.profile(), x.cardId(), t.apply(x.source()), x.lang(), x.kind(), x.sentence(), x.reps(),
        x.lapses(), x.retrievability(), x.stability(), x.difficulty(), x.due(), x.failures(),
        x.lastResult())).toList();
    List<Leech> l = leeches == null ? null : leeches.stream().map(x -> new Leech(x.profile(),
        x.cardId(), t.apply(x.source()), x.lang(), x.kind(), x.sentence(), x.failures(),
        x.lapses(), x.reps(), x.suspended())).toList();
    return new StatsReport(meta, summary, daily, heatmap, retention, forecast, m, h, memory,
        classView, l);
  }

  /** The grade name of a rating (1 Again .. 4 Easy); null for none. */
  public static String ratingName(int rating) {
    return rating < 1 || rating > 4 ? null
        : new String[] {"Again", "Hard", "Good", "Easy"}[rating - 1];
  }

  /** FSRS memory state of all cards. */
  public record Memory(Histogram stability, Histogram difficulty, Histogram retrievability) {}

  /** A distribution; a bin holds values {@code from <= v < to} ({@code to} null: no limit). */
  public record Histogram(String unit, long count, Double mean, List<Bin> bins) {}

  /** One histogram bar. */
  public record Bin(String label, double from, Double to, long count) {}

  /** The instructor's view: learners, and questions sorted by the class's share correct. */
  public record ClassView(List<Learner> learners, List<QuestionRow> questions) {}

  /** One learner's totals in the range. */
  public record Learner(String profile, long reviews, long correct, Rate retention, long cards,
      long mastered, LocalDate lastActive) {}

  /** One question across the class; worst share first. */
  public record QuestionRow(String questionId, String cardId, String sentence, long answers,
      long correct, Double share, long learners) {}

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
