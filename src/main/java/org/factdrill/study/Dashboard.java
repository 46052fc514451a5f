package org.factdrill.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Question;
import org.factdrill.srs.CardState;
import org.factdrill.store.Profile;
import org.factdrill.store.Store;
import org.factdrill.store.StoreException;
import org.factdrill.store.StoredCard;

/**
 * Progress at a glance for the home screen: what is due, what is new, today's work, the streak,
 * 30-day retention, a 30-day due forecast and the share of facts learned per source. Read-only
 * queries over the progress database, restricted to the cards of the bank in use.
 */
public final class Dashboard {
  /** Days in the forecast (today first). */
  public static final int FORECAST_DAYS = 30;

  private Dashboard() {}

  /** Share of one source's facts (cards) that are in review, i.e. learned. */
  public record SourceShare(String source, int learned, int total) {}

  /**
   * The home screen's figures.
   *
   * @param newAvailable new cards a session would offer now (daily limit applied)
   * @param unseen cards of the bank never answered
   * @param streakDays consecutive days answered up to today, or -1 when not computed ({@link #first})
   * @param retention30 share of review-state answers recalled in the last 30 days, or null
   * @param forecast cards falling due on each of the next {@link #FORECAST_DAYS} days (today: due
   *     by the end of today, overdue included)
   * @param nextDue the earliest due instant of any card, or null when none
   */
  public record Figures(int dueNow, int dueToday, int newAvailable, int unseen, int reviewsToday,
      int streakDays, Double retention30, int[] forecast, List<SourceShare> sources,
      Instant nextDue) {}

  /** Computes the figures for {@code profile} over {@code bank}'s enabled cards. */
  public static Figures compute(Store store, Profile profile, Bank bank, SessionSettings settings,
      Clock clock) throws StoreException {
    ZoneId zone = clock.getZone();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Instant startOfDay = today.atStartOfDay(zone).toInstant();
    Instant endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant();
    Map<String, StoredCard> cards = store.cards(profile.id());
    Map<String, String> sourceOfCard = new LinkedHashMap<>();
    for (Question q : bank.questions()) {
      if (!q.isDisabled()) {
        String src = q.facts().isEmpty() || q.facts().get(0).source() == null ? "(hand-written)"
            : q.facts().get(0).source();
        sourceOfCard.putIfAbsent(q.cardId(), src);
      }
    }
    int dueNow = 0;
    int dueToday = 0;
    int unseen = 0;
    int[] forecast = new int[FORECAST_DAYS];
    Instant nextDue = null;
    Map<String, int[]> perSource = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : sourceOfCard.entrySet()) {
      int[] share = perSource.computeIfAbsent(e.getValue(), k -> new int[2]);
      share[1]++;
      StoredCard sc = cards.get(e.getKey());
      if (sc == null) {
        unseen++;
        continue;
      }
      Instant due = sc.card().due();
      if (sc.card().state() == CardState.REVIEW) {
        share[0]++;
      }
      if (!due.isAfter(now)) {
        dueNow++;
      }
      if (due.isBefore(endOfDay)) {
        dueToday++;
      }
      long day = Math.max(0, Duration.between(startOfDay, due).toDays());
      if (due.isBefore(startOfDay)) {
        day = 0;
      }
      if (day < FORECAST_DAYS) {
        forecast[(int) day]++;
      }
      if (nextDue == null || due.isBefore(nextDue)) {
        nextDue = due;
      }
    }
    Store.DayCounts counts = store.countsSince(profile.id(), startOfDay);
    int newAvailable = Math.min(unseen, Math.max(0, settings.newPerDay() - counts.newCards()));
    List<SourceShare> sources = new ArrayList<>();
    perSource.forEach((k, v) -> sources.add(new SourceShare(k, v[0], v[1])));
    return new Figures(dueNow, dueToday, newAvailable, unseen, counts.reviews(),
        streak(store.connection(), profile, zone, today),
        retention(store.connection(), profile, now.minus(Duration.ofDays(30))), forecast,
        List.copyOf(sources), nextDue);
  }

  /**
   * The figures that need only the database (all of the profile's cards, whatever bank they came
   * from), for the first frame while the bank is still loading: {@code newAvailable} and
   * {@code unseen} are -1 and {@code sources} is empty. A few indexed SQL aggregates.
   */
  public static Figures quick(Store store, Profile profile, Clock clock) throws StoreException {
    return quick(store, profile, clock, true);
  }

  /**
   * {@link #quick} without the streak and the 30-day retention, the two slower figures: the
   * streak is -1 and the retention null. For a first frame that must appear at once.
   */
  public static Figures first(Store store, Profile profile, Clock clock) throws StoreException {
    return quick(store, profile, clock, false);
  }

  private static Figures quick(Store store, Profile profile, Clock clock, boolean all)
      throws StoreException {
    ZoneId zone = clock.getZone();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Instant startOfDay = today.atStartOfDay(zone).toInstant();
    Instant endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant();
    Connection c = store.connection();
    int dueNow;
    int dueToday;
    Instant nextDue;
    int[] forecast = new int[FORECAST_DAYS];
    try {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT coalesce(sum(due <= ?), 0), coalesce(sum(due < ?), 0), min(due) FROM cards "
              + "WHERE profile_id = ?")) {
        ps.setLong(1, now.toEpochMilli());
        ps.setLong(2, endOfDay.toEpochMilli());
        ps.setLong(3, profile.id());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          dueNow = rs.getInt(1);
          dueToday = rs.getInt(2);
          nextDue = rs.getObject(3) == null ? null : Instant.ofEpochMilli(rs.getLong(3));
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT max(0, (due - ?) / 86400000) AS d, count(*) FROM cards "
              + "WHERE profile_id = ? AND due < ? GROUP BY d")) {
        ps.setLong(1, startOfDay.toEpochMilli());
        ps.setLong(2, profile.id());
        ps.setLong(3, startOfDay.plus(Duration.ofDays(FORECAST_DAYS)).toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            int d = rs.getInt(1);
            if (d >= 0 && d < FORECAST_DAYS) {
              forecast[d] += rs.getInt(2);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading the cards: " + e.getMessage(), e);
    }
    Store.DayCounts counts = store.countsSince(profile.id(), startOfDay);
    return new Figures(dueNow, dueToday, -1, -1, counts.reviews(),
        all ? streak(c, profile, zone, today) : -1,
        all ? retention(c, profile, now.minus(Duration.ofDays(30))) : null, forecast, List.of(),
        nextDue);
  }

  /**
   * Consecutive days with at least one answer, ending today (or yesterday, if not yet today). One
   * indexed seek per day of the streak, so a long history costs nothing extra.
   */
  static int streak(Connection c, Profile profile, ZoneId zone, LocalDate today)
      throws StoreException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM review_log WHERE profile_id = ? AND reviewed_at >= ? AND reviewed_at < ? "
            + "LIMIT 1")) {
      LocalDate d = answeredOn(ps, profile, zone, today) ? today : today.minusDays(1);
      int n = 0;
      while (answeredOn(ps, profile, zone, d)) {
        n++;
        d = d.minusDays(1);
      }
      return n;
    } catch (SQLException e) {
      throw new StoreException("reading the review history: " + e.getMessage(), e);
    }
  }

  private static boolean answeredOn(PreparedStatement ps, Profile profile, ZoneId zone,
      LocalDate day) throws SQLException {
    ps.setLong(1, profile.id());
    ps.setLong(2, day.atStartOfDay(zone).toInstant().toEpochMilli());
    ps.setLong(3, day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }

  /** Share of answers to cards in review (not learning) that were right, since {@code from}. */
  static Double retention(Connection c, Profile profile, Instant from) throws StoreException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT count(*), coalesce(sum(correct), 0) FROM review_log "
            + "WHERE profile_id = ? AND reviewed_at >= ? AND state_before = 'Review'")) {
      ps.setLong(1, profile.id());
      ps.setLong(2, from.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int n = rs.getInt(1);
        return n == 0 ? null : rs.getInt(2) / (double) n;
      }
    } catch (SQLException e) {
      throw new StoreException("reading the review history: " + e.getMessage(), e);
    }
  }

  /** One answer of a card's history, newest first in {@link #history}. */
  public record HistoryEntry(Instant at, String questionId, int rating, String answer,
      boolean correct, String stateBefore, String stateAfter, Instant dueAfter) {}

  /** A card's review history for a profile, newest first (at most {@code limit} rows). */
  public static List<HistoryEntry> history(Store store, Profile profile, String cardId, int limit)
      throws StoreException {
    List<HistoryEntry> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT reviewed_at, question_id, rating, answer, correct, state_before, state_after, "
            + "due_after FROM review_log WHERE profile_id = ? AND card_id = ? "
            + "ORDER BY reviewed_at DESC, id DESC LIMIT ?")) {
      ps.setLong(1, profile.id());
      ps.setString(2, cardId);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new HistoryEntry(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2),
              rs.getInt(3), rs.getString(4), rs.getInt(5) == 1, rs.getString(6), rs.getString(7),
              Instant.ofEpochMilli(rs.getLong(8))));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("reading the review history: " + e.getMessage(), e);
    }
    return out;
  }

  /** The stored card for {@code cardId}, if the profile has answered it. */
  public static Optional<StoredCard> card(Store store, Profile profile, String cardId)
      throws StoreException {
    return store.card(profile.id(), cardId);
  }

  /** Names of all profiles in the database, sorted. */
  public static List<String> profileNames(Store store) throws StoreException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = store.connection().prepareStatement(
        "SELECT name FROM profiles ORDER BY name");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new StoreException("reading profiles: " + e.getMessage(), e);
    }
    return out;
  }
}
