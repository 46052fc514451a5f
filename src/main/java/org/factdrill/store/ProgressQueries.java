package org.factdrill.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Read-only progress queries shared by Home ({@code study.Dashboard}) and the statistics
 * ({@code stats}), so both count with the same {@link Metrics}. Aggregates run in SQL through
 * the indexes; rows are streamed to the caller, never all held in memory.
 */
public final class ProgressQueries {
  /** Below this many days one connection is quicker than starting a second one. */
  public static final int PARALLEL_MIN_DAYS = 120;
  /** One summary row of review_quarters spans this many milliseconds. */
  static final long QUARTER_MS = 900_000;

  private final Database db;
  private final Statements sql;
  private final boolean twoReaders;

  ProgressQueries(Database db, boolean twoReaders) {
    this.db = db;
    this.sql = db.statements("progress");
    this.twoReaders = twoReaders;
  }

  /** The queries over {@code db} (opened read-write or {@link Database#openReadOnly}). */
  public static ProgressQueries of(Database db) {
    return new ProgressQueries(db, true);
  }

  /** Like {@link #of}, never reading on a second connection (to compare the two). */
  public static ProgressQueries oneReader(Database db) {
    return new ProgressQueries(db, false);
  }

  /** Cards due now, due by the end of today, and the earliest due instant (null: no cards). */
  public record DueSummary(int dueNow, int dueToday, Instant nextDue) {}

  /** Per profile, local day and interval bucket: answers, correct, time (capped), recalled. */
  public record DayTotals(long profile, LocalDate day, int bucket, long answers, long correct,
      long timeMs, long recalled) {}

  /** One card as streamed to the statistics. */
  public record CardRow(long profile, String cardId, String state, Double stability,
      Double difficulty, Instant due, Instant lastReview, int reps, int lapses, String source,
      String lang, String kind) {}

  /** Per question over every profile: answers, correct answers, learners, one who answered. */
  public record QuestionTotals(String questionId, String cardId, long answers, long correct,
      long learners, long someLearner) {}

  /** One review_log row with its profile's name and its card's metadata, for CSV. */
  public record LogRow(long id, String profile, Instant reviewedAt, String questionId,
      String cardId, int rating, int correct, String answer, String verdict, Long responseMs,
      String stateBefore, String stateAfter, Double stability, Double difficulty,
      Instant dueAfter, Long elapsedDays, String source, String lang, String kind) {}

  /** Receives rows one at a time. */
  @FunctionalInterface
  public interface Sink<T> {
    void accept(T row) throws java.io.IOException;
  }

  /** See {@link DueSummary}. */
  public DueSummary due(long profileId, Instant now, Instant endOfDay) throws StoreException {
    try (PreparedStatement ps = prepare("due_summary")) {
      ps.setLong(1, now.toEpochMilli());
      ps.setLong(2, endOfDay.toEpochMilli());
      ps.setLong(3, profileId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new DueSummary(rs.getInt(1), rs.getInt(2),
            rs.getObject(3) == null ? null : Instant.ofEpochMilli(rs.getLong(3)));
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  /** Cards falling due on each of {@code days} days from {@code startOfDay} (overdue: day 0). */
  public int[] forecast(long profileId, Instant startOfDay, int days) throws StoreException {
    int[] out = new int[days];
    try (PreparedStatement ps = prepare("forecast")) {
      ps.setLong(1, startOfDay.toEpochMilli());
      ps.setLong(2, profileId);
      ps.setLong(3, startOfDay.toEpochMilli() + days * 86_400_000L);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int d = rs.getInt(1);
          if (d >= 0 && d < days) {
            out[d] += rs.getInt(2);
          }
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /**
   * Consecutive days with at least one answer, ending today (or yesterday, if not yet today). One
   * indexed seek per day of the streak, so a long history costs nothing extra.
   */
  public int streak(long profileId, ZoneId zone, LocalDate today) throws StoreException {
    try (PreparedStatement ps = prepare("answered_between")) {
      LocalDate d = answeredOn(ps, profileId, zone, today) ? today : today.minusDays(1);
      int n = 0;
      while (answeredOn(ps, profileId, zone, d)) {
        n++;
        d = d.minusDays(1);
      }
      return n;
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  private static boolean answeredOn(PreparedStatement ps, long profileId, ZoneId zone,
      LocalDate day) throws SQLException {
    ps.setLong(1, profileId);
    ps.setLong(2, day.atStartOfDay(zone).toInstant().toEpochMilli());
    ps.setLong(3, day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  /** Retention ({@link Metrics}) of a profile's answers since {@code from}; null: none. */
  public Double retention(long profileId, Instant from) throws StoreException {
    try (PreparedStatement ps = prepare("retention_since")) {
      ps.setLong(1, profileId);
      ps.setLong(2, from.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int n = rs.getInt(1);
        return n == 0 ? null : rs.getInt(2) / (double) n;
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  /** Profile ids and names, by id. */
  public Map<Long, String> profilesById() throws StoreException {
    Map<Long, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = db.connection().prepareStatement(
        db.statements("profiles").get("ids_and_names")); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getLong(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /**
   * Totals per profile, local day ({@code zone}) and interval bucket, over every day from each
   * profile's first answer to its last: one indexed range query per day, so days are exact
   * local days across DST changes and SQLite never sorts the whole log. A long history is read
   * on two connections at once.
   */
  public List<DayTotals> dailyTotals(Collection<Long> profiles, ZoneId zone)
      throws StoreException {
    try {
      List<long[]> days = new ArrayList<>();
      try (PreparedStatement span = prepare("span")) {
        for (long p : profiles) {
          span.setLong(1, p);
          try (ResultSet rs = span.executeQuery()) {
            if (rs.next() && rs.getObject(1) != null) {
              LocalDate last = day(rs.getLong(2), zone);
              for (LocalDate d = day(rs.getLong(1), zone); !d.isAfter(last); d = d.plusDays(1)) {
                days.add(new long[] {p, d.toEpochDay()});
              }
            }
          }
        }
      }
      if (!twoReaders || days.size() < PARALLEL_MIN_DAYS) {
        return aggregate(db.connection(), days, zone);
      }
      return aggregateInTwo(days, zone);
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  private static LocalDate day(long epochMs, ZoneId zone) {
    return LocalDate.ofInstant(Instant.ofEpochMilli(epochMs), zone);
  }

  /** The first half of the days on this thread, the second on another connection, then merged. */
  private List<DayTotals> aggregateInTwo(List<long[]> days, ZoneId zone) throws SQLException {
    List<long[]> first = days.subList(0, days.size() / 2);
    List<long[]> second = days.subList(days.size() / 2, days.size());
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "stats-reader");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<List<DayTotals>> later = pool.submit(() -> {
        try (Connection c = db.openAnother()) {
          return aggregate(c, second, zone);
        }
      });
      List<DayTotals> out = new ArrayList<>(aggregate(db.connection(), first, zone));
      try {
        out.addAll(later.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while reading the review log", e);
      } catch (ExecutionException e) {
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

  private List<DayTotals> aggregate(Connection c, List<long[]> days, ZoneId zone)
      throws SQLException {
    boolean quarters;
    try (PreparedStatement ps = c.prepareStatement(sql.get("has_quarters"));
         ResultSet rs = ps.executeQuery()) {
      quarters = rs.next();
    }
    String query = quarters ? sql.get("day_from_quarters") : sql.get("day_from_log")
        .replace("{bucket}", Metrics.bucketSql())
        .replace("{max_response_ms}", String.valueOf(Metrics.MAX_RESPONSE_MS))
        .replace("{recalled}", Metrics.RECALLED_SQL);
    long unit = quarters ? QUARTER_MS : 1;
    List<DayTotals> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(query)) {
      for (long[] pd : days) {
        LocalDate d = LocalDate.ofEpochDay(pd[1]);
        ps.setLong(1, pd[0]);
        ps.setLong(2, Math.floorDiv(d.atStartOfDay(zone).toInstant().toEpochMilli(), unit));
        ps.setLong(3, Math.floorDiv(d.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli(),
            unit));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new DayTotals(pd[0], d, rs.getInt(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5)));
          }
        }
      }
    }
    return out;
  }

  /**
   * Failures per card (answers rated Again, including failed learning steps), keyed
   * {@code profileId + "\u0000" + cardId}; cards never failed are absent.
   */
  public java.util.Map<String, Integer> failures(Long profileId) throws StoreException {
    java.util.Map<String, Integer> out = new java.util.HashMap<>();
    try (PreparedStatement ps = prepare(profileId == null ? "failures_of_all"
        : "failures_of_profile")) {
      if (profileId != null) {
        ps.setLong(1, profileId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1) + "\u0000" + rs.getString(2), rs.getInt(3));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /** A card tagged leech: its failures since last unsuspended, lapses, answers, whether held out. */
  public record LeechRow(long profile, String cardId, int fails, int lapses, int reps,
      boolean suspended, String source, String lang, String kind, String sentence) {}

  /**
   * The leeches of one profile ({@code profileId} null: of every profile), by card id; none in a
   * database from before version 7 (read without migrating it).
   */
  public List<LeechRow> leeches(Long profileId) throws StoreException {
    List<LeechRow> out = new ArrayList<>();
    try (PreparedStatement has = prepare("has_leeches"); ResultSet h = has.executeQuery()) {
      if (!h.next()) {
        return out;
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    try (PreparedStatement ps = prepare(profileId == null ? "leeches_of_all"
        : "leeches_of_profile")) {
      if (profileId != null) {
        ps.setLong(1, profileId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new LeechRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
              rs.getInt(5), rs.getInt(6) == 1, rs.getString(7), rs.getString(8),
              rs.getString(9), rs.getString(10)));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /** The rating (1 Again .. 4 Easy) of a card's latest answer; 0 when it has none. */
  public int lastRating(long profileId, String cardId) throws StoreException {
    try (PreparedStatement ps = prepare("last_rating")) {
      ps.setLong(1, profileId);
      ps.setString(2, cardId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  /** Streams the cards of one profile ({@code profileId} null: of every profile). */
  public void cards(Long profileId, Sink<CardRow> sink) throws StoreException {
    try (PreparedStatement ps = prepare(profileId == null ? "cards_of_all" : "cards_of_profile")) {
      if (profileId != null) {
        ps.setLong(1, profileId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(new CardRow(rs.getLong(1), rs.getString(2), rs.getString(3),
              doubleOrNull(rs, 4), doubleOrNull(rs, 5), Instant.ofEpochMilli(rs.getLong(6)),
              rs.getObject(7) == null ? null : Instant.ofEpochMilli(rs.getLong(7)),
              rs.getInt(8), rs.getInt(9), rs.getString(10), rs.getString(11),
              rs.getString(12)));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    } catch (java.io.IOException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /** The source sentence of a profile's card (null: none kept). */
  public String sentence(long profileId, String cardId) throws StoreException {
    try (PreparedStatement ps = prepare("sentence")) {
      return sentence(ps, profileId, cardId);
    } catch (SQLException e) {
      throw db.describe(e);
    }
  }

  private static String sentence(PreparedStatement ps, long profileId, String cardId)
      throws SQLException {
    ps.setLong(1, profileId);
    ps.setString(2, cardId);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Per question, answers since {@code sinceMs} over every profile. */
  public List<QuestionTotals> questionsSince(long sinceMs) throws StoreException {
    List<QuestionTotals> out = new ArrayList<>();
    try (PreparedStatement ps = prepare("questions_since")) {
      ps.setLong(1, sinceMs);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new QuestionTotals(rs.getString(1), rs.getString(2), rs.getLong(3),
              rs.getLong(4), rs.getLong(5), rs.getLong(6)));
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /**
   * The sentences of {@code questions}' cards, in order: from the card of a learner who answered
   * (a primary-key lookup), else from any learner's copy of the card (a scan of cards).
   */
  public List<String> sentencesOf(List<QuestionTotals> questions) throws StoreException {
    List<String> out = new ArrayList<>(questions.size());
    try (PreparedStatement ps = prepare("sentence");
         PreparedStatement any = prepare("any_sentence")) {
      for (QuestionTotals q : questions) {
        String s = sentence(ps, q.someLearner(), q.cardId());
        if (s == null) {
          any.setString(1, q.cardId());
          try (ResultSet rs = any.executeQuery()) {
            s = rs.next() ? rs.getString(1) : null;
          }
        }
        out.add(s);
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return out;
  }

  /**
   * Streams the review log of the profile named {@code profile} (every profile when null) from
   * {@code sinceMs} on, oldest first; returns the number of rows.
   */
  public long reviewLog(String profile, long sinceMs, Sink<LogRow> sink)
      throws StoreException, java.io.IOException {
    long n = 0;
    try (PreparedStatement ps = prepare(profile == null ? "log_of_all" : "log_of_profile")) {
      ps.setLong(1, sinceMs);
      if (profile != null) {
        ps.setString(2, profile);
      }
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(new LogRow(rs.getLong(1), rs.getString(2),
              Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4), rs.getString(5),
              rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9), longOrNull(rs, 10),
              rs.getString(11), rs.getString(12), doubleOrNull(rs, 13), doubleOrNull(rs, 14),
              Instant.ofEpochMilli(rs.getLong(15)), longOrNull(rs, 16), rs.getString(17),
              rs.getString(18), rs.getString(19)));
          n++;
        }
      }
    } catch (SQLException e) {
      throw db.describe(e);
    }
    return n;
  }

  private PreparedStatement prepare(String name) throws SQLException {
    return db.connection().prepareStatement(sql.get(name).replace("{recalled}",
        Metrics.RECALLED_SQL));
  }

  private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i) == null ? null : rs.getDouble(i);
  }

  private static Long longOrNull(ResultSet rs, int i) throws SQLException {
    return rs.getObject(i) == null ? null : rs.getLong(i);
  }
}
