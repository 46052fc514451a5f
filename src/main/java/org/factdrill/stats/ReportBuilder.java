package org.factdrill.stats;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdrill.stats.StatsReport.Bin;
import org.factdrill.stats.StatsReport.ClassView;
import org.factdrill.stats.StatsReport.Day;
import org.factdrill.stats.StatsReport.Forecast;
import org.factdrill.stats.StatsReport.ForecastDay;
import org.factdrill.stats.StatsReport.Group;
import org.factdrill.stats.StatsReport.HardFact;
import org.factdrill.stats.StatsReport.Heatmap;
import org.factdrill.stats.StatsReport.Histogram;
import org.factdrill.stats.StatsReport.IntervalBucket;
import org.factdrill.stats.StatsReport.Learner;
import org.factdrill.stats.StatsReport.Mastery;
import org.factdrill.stats.StatsReport.Memory;
import org.factdrill.stats.StatsReport.Meta;
import org.factdrill.stats.StatsReport.QuestionRow;
import org.factdrill.stats.StatsReport.Rate;
import org.factdrill.stats.StatsReport.Retention;
import org.factdrill.stats.StatsReport.Summary;
import org.factdrill.stats.StatsReport.Week;
import org.factdrill.store.Metrics;

/**
 * Accumulates the streamed rows of one statistics run (day totals, cards, questions) and
 * assembles the {@link StatsReport}; no database access here (see {@link StatsCalculator}).
 */
final class ReportBuilder {
  static final double MASTERED_DAYS = StatsCalculator.MASTERED_DAYS;
  static final int FORECAST_DAYS = 30;
  static final int HEATMAP_DAYS = 365;
  static final int[] IVL_BOUNDS = Metrics.INTERVAL_BOUNDS.stream().mapToInt(Integer::intValue)
      .toArray();
  static final String[] IVL_LABELS = Metrics.INTERVAL_LABELS.toArray(new String[0]);

  /** One card as streamed. */
  record CardRow(long profile, String cardId, Double stability, Double difficulty, Instant due,
      int reps, int lapses, String source, String lang, String kind, double retrievability,
      int failures) {}

  /**
   * Hardest first: most failures (Again answers in the review log, learning steps included), then
   * lowest retrievability, then card id for a stable order.
   */
  static final Comparator<CardRow> HARDEST = Comparator.comparingInt(CardRow::failures).reversed()
      .thenComparingDouble(CardRow::retrievability)
      .thenComparing(CardRow::cardId).thenComparingLong(CardRow::profile);

  /** Per-profile running totals. */
  private static final class PerProfile {
    long reviews;
    long correct;
    LocalDate lastActive;
    long matureN;
    long matureOk;
    long cards;
    long mastered;
  }

  final StatsScope scope;
  final Clock clock;
  final ZoneId zone;
  final LocalDate today;
  final long sinceMs;
  Map<Long, String> names = Map.of();
  final Map<LocalDate, long[]> days = new TreeMap<>();
  final TreeSet<LocalDate> allDays = new TreeSet<>();
  final Map<Long, PerProfile> perProfile = new HashMap<>();
  final Map<LocalDate, long[]> weeks = new TreeMap<>();
  final long[][] ivl = new long[IVL_BOUNDS.length][2];
  final Map<String, long[]> bySource = new TreeMap<>();
  final Map<String, long[]> byLang = new TreeMap<>();
  final Map<String, long[]> byKind = new TreeMap<>();
  final long[] forecast = new long[FORECAST_DAYS];
  long overdue;
  final long[] stabBins = new long[STAB_BOUNDS.length];
  final long[] diffBins = new long[9];
  final long[] retBins = new long[10];
  double stabSum;
  long stabN;
  double diffSum;
  long diffN;
  double retSum;
  long retN;
  long cards;
  long mastered;
  /** The latest rating of each listed hard card, keyed profile NUL card. */
  final Map<String, Integer> lastRatings = new java.util.HashMap<>();
  final PriorityQueue<CardRow> hard = new PriorityQueue<>(HARDEST.reversed());
  final Map<String, String> sentences = new HashMap<>();
  /** Leeches, as read (names filled in by {@link #assemble}). */
  final List<org.factdrill.store.ProgressQueries.LeechRow> leeches = new ArrayList<>();
  List<QuestionRow> questions = List.of();

  ReportBuilder(StatsScope scope, Clock clock) {
    this.scope = scope;
    this.clock = clock;
    this.zone = clock.getZone();
    this.today = LocalDate.ofInstant(clock.instant(), zone);
    this.sinceMs = scope.since() == null ? Long.MIN_VALUE
        : scope.since().atStartOfDay(zone).toInstant().toEpochMilli();
  }

  LocalDate day(long epochMs) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(epochMs), zone);
  }

  /** Within --since and not after today (a clock set back must not count the future). */
  boolean inRange(LocalDate d) {
    return (scope.since() == null || !d.isBefore(scope.since())) && !d.isAfter(today);
  }

  PerProfile pp(long id) {
    return perProfile.computeIfAbsent(id, k -> new PerProfile());
  }

  void activity(long profile, LocalDate day, long n, long ok, long ms) {
    if (n == 0) {
      return;
    }
    allDays.add(day);
    PerProfile p = pp(profile);
    if (p.lastActive == null || day.isAfter(p.lastActive)) {
      p.lastActive = day;
    }
    if (!inRange(day)) {
      return;
    }
    long[] t = days.computeIfAbsent(day, k -> new long[3]);
    t[0] += n;
    t[1] += ok;
    t[2] += ms;
    p.reviews += n;
    p.correct += ok;
  }

  void retention(long profile, LocalDate day, int bucket, long n, long ok) {
    ivl[bucket][0] += n;
    ivl[bucket][1] += ok;
    if (bucket == 0) {
      return;
    }
    boolean mature = IVL_BOUNDS[bucket] >= MASTERED_DAYS;
    long[] w = weeks.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
        k -> new long[4]);
    int o = mature ? 2 : 0;
    w[o] += n;
    w[o + 1] += ok;
    if (mature) {
      PerProfile p = pp(profile);
      p.matureN += n;
      p.matureOk += ok;
    }
  }

  void card(CardRow c) {
    boolean m = c.stability() != null && c.stability() > MASTERED_DAYS;
    cards++;
    mastered += m ? 1 : 0;
    PerProfile p = pp(c.profile());
    p.cards++;
    p.mastered += m ? 1 : 0;
    count(bySource, c.source(), m);
    count(byLang, c.lang(), m);
    count(byKind, c.kind(), m);
    long offset = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(c.due(), zone));
    if (c.due().isBefore(clock.instant())) {
      overdue++;
    }
    if (offset < FORECAST_DAYS) {
      forecast[(int) Math.max(0, offset)]++;
    }
    if (c.stability() != null) {
      stabBins[bin(STAB_BOUNDS, c.stability())]++;
      stabSum += c.stability();
      stabN++;
      retBins[(int) Math.min(9, Math.floor(c.retrievability() * 10))]++;
      retSum += c.retrievability();
      retN++;
    }
    if (c.difficulty() != null) {
      diffBins[(int) Math.max(0, Math.min(8, Math.floor(c.difficulty() - 1)))]++;
      diffSum += c.difficulty();
      diffN++;
    }
    if (scope.hardestLimit() > 0 && c.stability() != null) {
      hard.add(c);
      if (hard.size() > scope.hardestLimit()) {
        hard.poll();
      }
    }
  }

  private static int bin(double[] bounds, double v) {
    int i = 0;
    while (i + 1 < bounds.length && v >= bounds[i + 1]) {
      i++;
    }
    return i;
  }

  private static void count(Map<String, long[]> m, String key, boolean mastered) {
    long[] t = m.computeIfAbsent(key == null || key.isBlank() ? "(unknown)" : key, k -> new long[2]);
    t[0]++;
    t[1] += mastered ? 1 : 0;
  }

  StatsReport assemble(List<String> profiles) {
    LocalDate first = allDays.isEmpty() ? today : allDays.first();
    LocalDate from = scope.since() != null ? scope.since() : (first.isAfter(today) ? today : first);
    long reviews = 0;
    long correct = 0;
    long ms = 0;
    List<Day> daily = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
      long[] t = days.getOrDefault(d, new long[3]);
      daily.add(new Day(d, t[0], t[1], t[2]));
    }
    for (long[] t : days.values()) {
      reviews += t[0];
      correct += t[1];
      ms += t[2];
    }
    int studied = (int) days.values().stream().filter(t -> t[0] > 0).count();

    long matureN = 0;
    long matureOk = 0;
    long youngN = 0;
    long youngOk = 0;
    List<IntervalBucket> buckets = new ArrayList<>();
    for (int i = 0; i < IVL_BOUNDS.length; i++) {
      Integer max = i + 1 < IVL_BOUNDS.length ? IVL_BOUNDS[i + 1] : null;
      buckets.add(new IntervalBucket(IVL_LABELS[i], IVL_BOUNDS[i], max, Rate.of(ivl[i][0], ivl[i][1])));
      if (IVL_BOUNDS[i] >= MASTERED_DAYS) {
        matureN += ivl[i][0];
        matureOk += ivl[i][1];
      } else if (i > 0) {
        youngN += ivl[i][0];
        youngOk += ivl[i][1];
      }
    }
    List<Week> weekList = new ArrayList<>();
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    for (LocalDate w = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
         !w.isAfter(monday); w = w.plusWeeks(1)) {
      long[] t = weeks.getOrDefault(w, new long[4]);
      weekList.add(new Week(w, Rate.of(t[0], t[1]), Rate.of(t[2], t[3])));
    }

    LocalDate heatStart = today.minusDays(HEATMAP_DAYS - 1)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Long> heat = new ArrayList<>();
    long heatMax = 0;
    for (LocalDate d = heatStart; !d.isAfter(today); d = d.plusDays(1)) {
      long n = days.getOrDefault(d, new long[3])[0];
      heat.add(n);
      heatMax = Math.max(heatMax, n);
    }

    List<ForecastDay> fc = new ArrayList<>();
    for (int i = 0; i < FORECAST_DAYS; i++) {
      fc.add(new ForecastDay(today.plusDays(i), i, forecast[i]));
    }

    List<CardRow> hardList = new ArrayList<>(hard);
    hardList.sort(HARDEST);
    List<HardFact> hardest = new ArrayList<>();
    for (CardRow c : hardList) {
      hardest.add(new HardFact(names.get(c.profile()), c.cardId(), c.source(), c.lang(),
          c.kind(), sentences.get(c.profile() + "\u0000" + c.cardId()), c.reps(), c.lapses(),
          StatsReport.round(c.retrievability()), roundOrNull(c.stability()),
          roundOrNull(c.difficulty()), LocalDate.ofInstant(c.due(), zone), c.failures(),
          StatsReport.ratingName(lastRatings.getOrDefault(c.profile() + "\u0000" + c.cardId(),
              0))));
    }

    Memory memory = new Memory(
        histogram("days", STAB_BOUNDS, STAB_LABELS, stabBins, stabN, stabSum),
        histogram("difficulty", DIFF_BOUNDS, DIFF_LABELS, diffBins, diffN, diffSum),
        histogram("probability", RET_BOUNDS, RET_LABELS, retBins, retN, retSum));

    LocalDate lastActive = allDays.isEmpty() ? null : allDays.last();
    int[] streaks = streaks(allDays, today);
    Summary summary = new Summary(reviews, correct, ms, studied, cards, mastered, streaks[0],
        streaks[1], Rate.of(matureN, matureOk), lastActive);

    ClassView classView = null;
    if (scope.isClass()) {
      List<Learner> learners = new ArrayList<>();
      for (Map.Entry<String, Long> e : new TreeMap<>(invert(names)).entrySet()) {
        PerProfile p = perProfile.getOrDefault(e.getValue(), new PerProfile());
        learners.add(new Learner(e.getKey(), p.reviews, p.correct, Rate.of(p.matureN, p.matureOk),
            p.cards, p.mastered, p.lastActive));
      }
      classView = new ClassView(learners, questions);
    }
    Meta meta = new Meta(StatsReport.SCHEMA_VERSION, clock.instant().toString(), zone.getId(),
        today, scope.since(), from, scope.isClass() ? "class" : "profile", profiles);
    return new StatsReport(meta, summary, daily, new Heatmap(heatStart, today, heatMax, heat),
        new Retention(Rate.of(matureN, matureOk), Rate.of(youngN, youngOk), weekList, buckets),
        new Forecast(overdue, fc),
        new Mastery(groups(bySource), groups(byLang), groups(byKind)), hardest, memory,
        classView, leechList());
  }

  private List<StatsReport.Leech> leechList() {
    List<StatsReport.Leech> out = new ArrayList<>();
    for (org.factdrill.store.ProgressQueries.LeechRow l : leeches) {
      out.add(new StatsReport.Leech(names == null ? null : names.get(l.profile()), l.cardId(),
          l.source(), l.lang(), l.kind(), l.sentence(), l.fails(), l.lapses(), l.reps(),
          l.suspended()));
    }
    return out;
  }

  private static Double roundOrNull(Double v) {
    return v == null ? null : StatsReport.round(v);
  }

  private static List<Group> groups(Map<String, long[]> m) {
    List<Group> out = new ArrayList<>();
    m.forEach((k, t) -> out.add(new Group(k, t[0], t[1], Rate.of(t[0], t[1]).rate())));
    return out;
  }

  private static Histogram histogram(String unit, double[] bounds, String[] labels, long[] bins,
      long n, double sum) {
    List<Bin> out = new ArrayList<>();
    for (int i = 0; i < bins.length; i++) {
      Double to = i + 1 < bounds.length ? bounds[i + 1] : null;
      out.add(new Bin(labels[i], bounds[i], to, bins[i]));
    }
    return new Histogram(unit, n, n == 0 ? null : StatsReport.round(sum / n), out);
  }

  static Map<String, Long> invert(Map<Long, String> m) {
    Map<String, Long> out = new HashMap<>();
    m.forEach((k, v) -> out.put(v, k));
    return out;
  }

  static final double[] STAB_BOUNDS = {0, 1, 3, 7, 21, 90, 365};
  static final String[] STAB_LABELS = {"<1d", "1-3d", "3-7d", "7-21d", "21-90d", "90-365d", ">=365d"};
  static final double[] DIFF_BOUNDS = {1, 2, 3, 4, 5, 6, 7, 8, 9};
  static final String[] DIFF_LABELS = {"1-2", "2-3", "3-4", "4-5", "5-6", "6-7", "7-8", "8-9", "9-10"};
  static final double[] RET_BOUNDS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
  static final String[] RET_LABELS = {"0-10%", "10-20%", "20-30%", "30-40%", "40-50%", "50-60%",
      "60-70%", "70-80%", "80-90%", "90-100%"};

  /**
   * {current, longest} runs of consecutive days with reviews. The current run ends today, or
   * yesterday when today has no review yet (the day is not over), else it is 0.
   */
  static int[] streaks(TreeSet<LocalDate> days, LocalDate today) {
    int longest = 0;
    int run = 0;
    LocalDate prev = null;
    for (LocalDate d : days) {
      run = prev != null && prev.plusDays(1).equals(d) ? run + 1 : 1;
      longest = Math.max(longest, run);
      prev = d;
    }
    LocalDate d = days.contains(today) ? today : today.minusDays(1);
    int current = 0;
    while (days.contains(d)) {
      current++;
      d = d.minusDays(1);
    }
    return new int[] {current, longest};
  }
}
