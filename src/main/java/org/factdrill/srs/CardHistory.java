package org.factdrill.srs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One card's reviews in time order, as the reference optimizer sees them: each review's rating
 * and the whole days since the previous review ({@code deltas[0] == 0}). Days are counted as the
 * scheduler counts them (whole 24-hour periods), so a delta of 0 is exactly a review the
 * scheduler handles with the short-term formula.
 */
record CardHistory(long cardId, Rating[] ratings, long[] deltas, long[] epochSeconds) {

  /** A prediction to make: review {@code end} of {@code card}, from the reviews before it. */
  record Item(CardHistory card, int end) {
    long at() {
      return card.epochSeconds[end];
    }

    boolean recalled() {
      return card.ratings[end] != Rating.AGAIN;
    }

    /** Reviews 0..end that came at least a day after the previous one (the reference's count). */
    int longTermReviews() {
      int n = 0;
      for (int i = 0; i <= end; i++) {
        if (card.deltas[i] > 0) {
          n++;
        }
      }
      return n;
    }

    /** Index of the first review at least a day after its predecessor. */
    int firstLongTerm() {
      for (int i = 1; i <= end; i++) {
        if (card.deltas[i] > 0) {
          return i;
        }
      }
      throw new IllegalStateException("item without a long-term review");
    }
  }

  int length() {
    return ratings.length;
  }

  /**
   * The items of this card: every review at least a day after the previous one, predicted from
   * all reviews before it (same-day reviews shape the state but are not predicted, as in the
   * reference).
   */
  List<Item> items() {
    List<Item> out = new ArrayList<>();
    for (int i = 1; i < ratings.length; i++) {
      if (deltas[i] > 0) {
        out.add(new Item(this, i));
      }
    }
    return out;
  }

  /** Groups a review log by card, days counted as the scheduler counts them (24-hour periods). */
  static List<CardHistory> of(List<ReviewEvent> log) {
    return of(log, null, 0);
  }

  /**
   * Groups a review log by card, each card's reviews in time order (stable for equal times);
   * with a {@code zone}, days between reviews are calendar days starting at {@code hour} there
   * (see {@link FitConfig#studyDayZone()}).
   */
  static List<CardHistory> of(List<ReviewEvent> log, java.time.ZoneId zone, int hour) {
    Map<Long, List<ReviewEvent>> byCard = new LinkedHashMap<>();
    for (ReviewEvent e : log) {
      byCard.computeIfAbsent(e.cardId(), k -> new ArrayList<>()).add(e);
    }
    List<CardHistory> out = new ArrayList<>(byCard.size());
    for (Map.Entry<Long, List<ReviewEvent>> entry : byCard.entrySet()) {
      List<ReviewEvent> reviews = entry.getValue();
      reviews.sort(Comparator.comparing(ReviewEvent::at));
      int n = reviews.size();
      Rating[] ratings = new Rating[n];
      long[] deltas = new long[n];
      long[] seconds = new long[n];
      Instant prev = null;
      for (int i = 0; i < n; i++) {
        ReviewEvent e = reviews.get(i);
        ratings[i] = e.rating();
        deltas[i] = prev == null ? 0 : Math.max(0, zone == null
            ? FsrsScheduler.wholeDays(prev, e.at())
            : studyDay(e.at(), zone, hour) - studyDay(prev, zone, hour));
        seconds[i] = e.at().getEpochSecond();
        prev = e.at();
      }
      out.add(new CardHistory(entry.getKey(), ratings, deltas, seconds));
    }
    out.sort(Comparator.comparingLong(CardHistory::cardId));
    return out;
  }

  /** The number of the study day {@code t} falls in: days start at {@code hour} in {@code zone}. */
  static long studyDay(Instant t, java.time.ZoneId zone, int hour) {
    return t.atZone(zone).minusHours(hour).toLocalDate().toEpochDay();
  }

  /** Items of all cards, oldest prediction first (the order the recency weights follow). */
  static List<Item> itemsByTime(List<CardHistory> cards) {
    List<Item> items = new ArrayList<>();
    for (CardHistory c : cards) {
      items.addAll(c.items());
    }
    items.sort(Comparator.comparingLong(Item::at).thenComparingLong(i -> i.card().cardId())
        .thenComparingInt(Item::end));
    return items;
  }

  /** The reference's recency weights: 0.25 for the oldest item rising as a cube to 1 for the newest. */
  static double[] recencyWeights(int n) {
    double length = Math.max(n - 1.0, 1.0);
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double x = i / length;
      w[i] = 0.25 + 0.75 * x * x * x;
    }
    return w;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CardHistory c && cardId == c.cardId && Arrays.equals(ratings, c.ratings)
        && Arrays.equals(deltas, c.deltas) && Arrays.equals(epochSeconds, c.epochSeconds);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(cardId);
  }

  @Override
  public String toString() {
    return "CardHistory[" + cardId + ", " + ratings.length + " reviews]";
  }
}
