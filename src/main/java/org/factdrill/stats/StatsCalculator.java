package org.factdrill.stats;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdrill.srs.Card;
import org.factdrill.srs.CardState;
import org.factdrill.srs.FsrsParameters;
import org.factdrill.srs.FsrsScheduler;
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

/**
 * Computes a {@link StatsReport} from the progress database (schema v1) with aggregate queries
 * that use the v1 indexes; rows are never all held in memory (the cards are streamed once, the
 * review log is aggregated by SQLite one local day at a time).
 */
public final class StatsCalculator {
  /** Stability beyond which a fact counts as mastered, in days (Anki's "mature"). */
  public static final double MASTERED_DAYS = 21;
  /** One answer counts at most this long toward time spent, so a walk-away does not count. */
  public static final long MAX_RESPONSE_MS = 300_000;
  static final long DAY_MS = 86_400_000L;
  static final int FORECAST_DAYS = 30;
  static final int HEATMAP_DAYS = 365;

  /** Previous-interval buckets; index 0 is learning steps, 1-2 young, 3+ mature. */
  static final int[] IVL_BOUNDS = {0, 1, 7, 21, 90, 365};
  static final String[] IVL_LABELS = {"<1d", "1-6d", "7-20d", "21-89d", "90-364d", ">=365d"};

  private final Connection conn;
  private final Connections more;
  private final Clock clock;
  private final ZoneId zone;
  private final FsrsScheduler fsrs = new FsrsScheduler(FsrsParameters.defaults());

  /** Opens further read-only connections to the same database, for parallel reading. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  /** A calculator reading through {@code conn} alone. */
  public StatsCalculator(Connection conn, Clock clock) {
    this(conn, null, clock);
  }

  /**
   * A calculator that may also read the review log over a second connection from {@code more}
   * (null: never), so that a long history is aggregated on two cores.
   */
  public StatsCalculator(Connection conn, Connections more, Clock clock) {
    this.conn = conn;
    this.more = more;
    this.clock = clock;
    this.zone = clock.getZone();
  }

  /** Profile names in the database, sorted. */
  public List<String> profileNames() throws StatsException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT name FROM profiles ORDER BY name");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw fail(e);
    }
    return out;
  }

  /** The report for {@code scope}; a profile that does not exist is reported empty. */
  public StatsReport compute(StatsScope scope) throws StatsException {
    Acc acc = new Acc(scope, clock);
    try {
      Map<Long, String> names = names();
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
      sentences(acc);
      if (scope.isClass()) {
        questions(acc);
      }
      return acc.assemble(new ArrayList<>(new TreeMap<>(invert(names)).keySet()));
    } catch (SQLException e) {
      throw fail(e);
    }
  }

  /** The report of a database that does not exist yet: zeros and "no reviews yet". */
  public static StatsReport empty(StatsScope scope, Clock clock) {
    return new Acc(scope, clock).assemble(scope.isClass() ? List.of() : List.of(scope.profile()));
  }

  private static Map<String, Long> invert(Map<Long, String> m) {
    Map<String, Long> out = new HashMap<>();
    m.forEach((k, v) -> out.put(v, k));
    return out;
  }

  private static StatsException fail(SQLException e) {
    return new StatsException("cannot read the progress database: " + e.getMessage(), e);
  }

  private Map<Long, String> names() throws SQLException {
    Map<Long, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT id, name FROM profiles ORDER BY id");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getLong(1), rs.getString(2));
      }
    }
    return out;
  }

  private static String where(Long pid) {
    return pid == null ? "" : " WHERE profile_id = ?";
  }

  private static void bind(PreparedStatement ps, Long pid) throws SQLException {
    if (pid != null) {
      ps.setLong(1, pid);
    }
  }

  /** Answers, correct answers, time spent and true retention per profile and local day. */
  private void activity(Long pid, Acc acc) throws SQLException {
    List<Long> profiles = new ArrayList<>();
    if (pid != null) {
      profiles.add(pid);
    } else {
      profiles.addAll(acc.names.keySet());
    }
    // Every (profile, local day) from the profile's first to last review, in order.
    List<long[]> days = new ArrayList<>();
    try (PreparedStatement span = conn.prepareStatement(
        "SELECT min(reviewed_at), max(reviewed_at) FROM review_log WHERE profile_id = ?")) {
      for (long p : profiles) {
        span.setLong(1, p);
        try (ResultSet rs = span.executeQuery()) {
          if (rs.next() && rs.getObject(1) != null) {
            LocalDate last = acc.day(rs.getLong(2));
            for (LocalDate d = acc.day(rs.getLong(1)); !d.isAfter(last); d = d.plusDays(1)) {
              days.add(new long[] {p, d.toEpochDay()});
            }
          }
        }
      }
    }
    List<long[]> rows;
    if (more == null || days.size() < PARALLEL_MIN_DAYS) {
      rows = aggregateDays(conn, days);
    } else {
      rows = aggregateInTwo(days);
    }
    for (long[] r : rows) {
      LocalDate d = LocalDate.ofEpochDay(r[1]);
      int bucket = (int) r[2];
      acc.activity(r[0], d, r[3], r[4], r[5]);
      if (bucket >= 0 && acc.inRange(d)) {
        acc.retention(r[0], d, bucket, r[3], r[6]);
      }
    }
  }

  /** Below this many days one connection is quicker than starting a second one. */
  static final int PARALLEL_MIN_DAYS = 120;

  /** The first half of the days on this thread, the second on another connection, then merged. */
  private List<long[]> aggregateInTwo(List<long[]> days) throws SQLException {
    List<long[]> first = days.subList(0, days.size() / 2);
    List<long[]> second = days.subList(days.size() / 2, days.size());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "stats-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      java.util.concurrent.Future<List<long[]>> later = pool.submit(() -> {
        try (Connection c = more.open()) {
          return aggregateDays(c, second);
        }
      });
      List<long[]> out = new ArrayList<>(aggregateDays(conn, first));
      try {
        out.addAll(later.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while reading the review log", e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw new SQLException(String.valueOf(e.getCause()), e.getCause());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Rows {profile, epochDay, bucket, answers, correct, timeMs, passed} for the given days: one
   * indexed range query per local day (review_log (profile_id, reviewed_at)). The day's bounds
   * come from the clock's zone, so days are exact local days across DST changes, and SQLite
   * never sorts the whole log (a GROUP BY or window over a million rows costs seconds).
   */
  private List<long[]> aggregateDays(Connection c, List<long[]> days) throws SQLException {
    // From version 4 the database keeps review_quarters (review_log summed per UTC quarter-hour,
    // kept by triggers); a day is then a few dozen rows instead of every review of the day.
    boolean quarters = hasQuarters(c);
    String sql = quarters
        ? "SELECT bucket, sum(answers), sum(correct), sum(time_ms), sum(passed) "
            + "FROM review_quarters WHERE profile_id = ? AND quarter >= ? AND quarter < ? "
            + "GROUP BY bucket"
        : "SELECT " + bucketSql() + " AS b, count(*), sum(correct), sum(min(response_ms, "
            + MAX_RESPONSE_MS + ")), sum(rating > 1) FROM review_log "
            + "WHERE profile_id = ? AND reviewed_at >= ? AND reviewed_at < ? GROUP BY b";
    long unit = quarters ? QUARTER_MS : 1;
    List<long[]> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (long[] pd : days) {
        LocalDate d = LocalDate.ofEpochDay(pd[1]);
        ps.setLong(1, pd[0]);
        ps.setLong(2, Math.floorDiv(d.atStartOfDay(zone).toInstant().toEpochMilli(), unit));
        ps.setLong(3, Math.floorDiv(d.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli(),
            unit));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new long[] {pd[0], pd[1], rs.getInt(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5)});
          }
        }
      }
    }
    return out;
  }

  /**
   * The interval bucket of a review, or -1 when it is a card's first review (not a test of
   * memory; the session writes elapsed_days NULL then). The interval is review_log.elapsed_days: whole days since the card's previous
   * review, which the session writes with every answer. It equals the previous scheduled interval
   * (Anki's lastIvl) for reviews done on time and is longer for late ones, which were a real test
   * of that longer memory; FSRS models recall the same way, by elapsed time. It needs no
   * window function over the log, which costs seconds per million rows.
   */
  /** One summary row of review_quarters spans this many milliseconds. */
  static final long QUARTER_MS = 900_000;

  private static boolean hasQuarters(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'review_quarters'");
         ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  private static String bucketSql() {
    StringBuilder sb = new StringBuilder("CASE WHEN elapsed_days IS NULL THEN -1");
    for (int i = IVL_BOUNDS.length - 1; i >= 1; i--) {
      sb.append(" WHEN elapsed_days >= ").append(IVL_BOUNDS[i]).append(" THEN ").append(i);
    }
    return sb.append(" ELSE 0 END").toString();
  }

  /** One pass over the cards: mastery, forecast, memory state and the hardest facts. */
  private void cards(Long pid, Acc acc) throws SQLException {
    String sql = "SELECT profile_id, card_id, state, stability, difficulty, due, last_review, "
        + "reps, lapses, source, lang, kind FROM cards" + where(pid);
    Instant now = clock.instant();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      bind(ps, pid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Double s = rs.getObject(4) == null ? null : rs.getDouble(4);
          Double d = rs.getObject(5) == null ? null : rs.getDouble(5);
          Instant due = Instant.ofEpochMilli(rs.getLong(6));
          Instant last = rs.getObject(7) == null ? null : Instant.ofEpochMilli(rs.getLong(7));
          Card card = new Card(CardState.parse(rs.getString(3)), null, s, d, due, last);
          double r = fsrs.retrievability(card, now);
          acc.card(new CardRow(rs.getLong(1), rs.getString(2), s, d, due, rs.getInt(8),
              rs.getInt(9), rs.getString(10), rs.getString(11), rs.getString(12), r));
        }
      }
    }
  }

  private String sentence(long pid, String cardId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT sentence FROM cards WHERE profile_id = ? AND card_id = ?")) {
      ps.setLong(1, pid);
      ps.setString(2, cardId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** Source sentences are read only for the few cards listed, not for every card. */
  private void sentences(Acc acc) throws SQLException {
    for (CardRow c : acc.hard) {
      acc.sentences.put(c.profile + "\u0000" + c.cardId, sentence(c.profile, c.cardId));
    }
  }

  /** Per question over the class: answers, correct answers, learners who answered. */
  private void questions(Acc acc) throws SQLException {
    String sql = "SELECT question_id, min(card_id), count(*), sum(correct), "
        + "count(DISTINCT profile_id), min(profile_id) FROM review_log WHERE reviewed_at >= ? "
        + "GROUP BY question_id";
    List<QuestionRow> rows = new ArrayList<>();
    Map<String, Long> cardOwner = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      ps.setLong(1, acc.sinceMs);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long n = rs.getLong(3);
          long ok = rs.getLong(4);
          rows.add(new QuestionRow(rs.getString(1), rs.getString(2), null, n, ok,
              Rate.of(n, ok).rate(), rs.getLong(5)));
          cardOwner.put(rs.getString(1), rs.getLong(6));
        }
      }
    }
    rows.sort(Comparator.comparing((QuestionRow q) -> q.share())
        .thenComparing(Comparator.comparingLong(QuestionRow::answers).reversed())
        .thenComparing(QuestionRow::questionId));
    List<QuestionRow> out = new ArrayList<>(rows.size());
    // The sentence from the card of a learner who answered: a primary-key lookup per question.
    // Another learner's copy of the card only when that one has none (a scan of cards).
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT sentence FROM cards WHERE profile_id = ? AND card_id = ?");
         PreparedStatement any = conn.prepareStatement(
             "SELECT sentence FROM cards WHERE card_id = ? AND sentence IS NOT NULL LIMIT 1")) {
      for (QuestionRow q : rows) {
        ps.setLong(1, cardOwner.get(q.questionId()));
        ps.setString(2, q.cardId());
        String sentence;
        try (ResultSet rs = ps.executeQuery()) {
          sentence = rs.next() ? rs.getString(1) : null;
        }
        if (sentence == null) {
          any.setString(1, q.cardId());
          try (ResultSet rs = any.executeQuery()) {
            sentence = rs.next() ? rs.getString(1) : null;
          }
        }
        out.add(new QuestionRow(q.questionId(), q.cardId(), sentence, q.answers(), q.correct(),
            q.share(), q.learners()));
      }
    }
    acc.questions = out;
  }

  /** One card as streamed. */
  record CardRow(long profile, String cardId, Double stability, Double difficulty, Instant due,
      int reps, int lapses, String source, String lang, String kind, double retrievability) {}

  /** Hardest first: most lapses, then lowest retrievability, then card id for a stable order. */
  static final Comparator<CardRow> HARDEST = Comparator.comparingInt(CardRow::lapses).reversed()
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

  /** Accumulates the streamed results and builds the report. */
  private static final class Acc {
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
    final PriorityQueue<CardRow> hard = new PriorityQueue<>(HARDEST.reversed());
    final Map<String, String> sentences = new HashMap<>();
    List<QuestionRow> questions = List.of();

    Acc(StatsScope scope, Clock clock) {
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
            roundOrNull(c.difficulty()), LocalDate.ofInstant(c.due(), zone)));
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
          classView);
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
