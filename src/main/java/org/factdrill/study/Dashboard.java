package org.factdrill.study;

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
import org.factdrill.store.ProgressQueries;
import org.factdrill.store.ReviewLog;
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
   * @param streakDays consecutive days answered up to today, or -1 when not computed
   *     ({@link Detail#FIRST_FRAME})
   * @param retention30 retention (store.Metrics: answers to review-state cards rated above
   *     Again) in the last 30 days, or null
   * @param forecast cards falling due on each of the next {@link #FORECAST_DAYS} days (today: due
   *     by the end of today, overdue included)
   * @param nextDue the earliest due instant of any card, or null when none
   * @param leeches cards suspended as leeches (held out of every figure above but the sources)
   */
  public record Figures(int dueNow, int dueToday, int newAvailable, int unseen, int reviewsToday,
      int streakDays, Double retention30, int[] forecast, List<SourceShare> sources,
      Instant nextDue, int leeches) {}

  /** How much to compute while there is no bank yet (with a bank, everything is computed). */
  public enum Detail {
    /** Without the streak and the 30-day retention, the two slower figures: a first frame. */
    FIRST_FRAME,
    /** Every figure the database alone gives. */
    ALL
  }

  /**
   * The home screen's figures for {@code profile}: over {@code bank}'s enabled cards, or, while
   * the bank is still loading ({@code bank} null), the figures that need only the database (all
   * of the profile's cards, whatever bank they came from; {@code newAvailable} and {@code unseen}
   * -1, no {@code sources}; a few indexed SQL aggregates), the streak and retention only for
   * {@link Detail#ALL}. The one entry point: synchronous; when to call it is the caller's choice.
   */
  public static Figures figures(Store store, Profile profile, Bank bank,
      SessionSettings settings, Clock clock, Detail detail) throws StoreException {
    return bank == null ? quick(store, profile, clock, detail == Detail.ALL)
        : compute(store, profile, bank, settings, clock);
  }

  private static Figures compute(Store store, Profile profile, Bank bank,
      SessionSettings settings, Clock clock) throws StoreException {
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
    int leeches = 0;
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
      if (sc.suspended()) {
        leeches++;
        continue;
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
    ReviewLog.Tally counts = store.tallySince(profile.id(), startOfDay);
    int newAvailable = Math.min(unseen, Math.max(0, settings.newPerDay() - counts.newCards()));
    List<SourceShare> sources = new ArrayList<>();
    perSource.forEach((k, v) -> sources.add(new SourceShare(k, v[0], v[1])));
    return new Figures(dueNow, dueToday, newAvailable, unseen, counts.answers(),
        store.progress().streak(profile.id(), zone, today), retention(store, profile, now), forecast,
        List.copyOf(sources), nextDue, leeches);
  }

  private static Figures quick(Store store, Profile profile, Clock clock, boolean all)
      throws StoreException {
    ZoneId zone = clock.getZone();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Instant startOfDay = today.atStartOfDay(zone).toInstant();
    Instant endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant();
    ProgressQueries q = store.progress();
    ProgressQueries.DueSummary due = q.due(profile.id(), now, endOfDay);
    int[] forecast = q.forecast(profile.id(), startOfDay, FORECAST_DAYS);
    ReviewLog.Tally counts = store.tallySince(profile.id(), startOfDay);
    return new Figures(due.dueNow(), due.dueToday(), -1, -1, counts.answers(),
        all ? q.streak(profile.id(), zone, today) : -1,
        all ? retention(store, profile, now) : null, forecast, List.of(), due.nextDue(),
        store.suspendedCards(profile.id()).size());
  }

  /** Retention ({@link org.factdrill.store.Metrics}) over the last 30 days, or null. */
  private static Double retention(Store store, Profile profile, Instant now) throws StoreException {
    return store.progress().retention(profile.id(), now.minus(Duration.ofDays(30)));
  }

  /** A card's review history for a profile, newest first (at most {@code limit} rows). */
  public static List<ReviewLog.Entry> history(Store store, Profile profile, String cardId,
      int limit) throws StoreException {
    return store.reviewLog().history(profile.id(), cardId, limit);
  }

  /** The stored card for {@code cardId}, if the profile has answered it. */
  public static Optional<StoredCard> card(Store store, Profile profile, String cardId)
      throws StoreException {
    return store.card(profile.id(), cardId);
  }

  /** Names of all profiles in the database, sorted. */
  public static List<String> profileNames(Store store) throws StoreException {
    return store.profileTable().names();
  }
}
