package org.factdrill.study;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.factdrill.srs.Card;
import org.factdrill.srs.FsrsScheduler;
import org.factdrill.store.Cards;

/**
 * The order reviews due today are shown in: lowest retrievability first (the card most likely
 * forgotten), then earliest due, then card id, so the order is total and the same every time.
 */
final class ReviewOrder {
  private ReviewOrder() {}

  /** A due review with its retrievability, worked out once before sorting; i: its index. */
  private record Ranked(double r, Instant due, String cardId, int i) {}

  /*
   * One plain comparator over fields: sorting boxed indices through a chain of key extractors
   * (comparingDouble(...).thenComparing(...)) took most of a 100,000-card queue build.
   */
  private static final Comparator<Ranked> ORDER = (a, b) -> {
    int c = Double.compare(a.r, b.r);
    if (c != 0) {
      return c;
    }
    c = a.due.compareTo(b.due);
    return c != 0 ? c : a.cardId.compareTo(b.cardId);
  };

  /** The card ids of {@code reviews} in the order they are shown at {@code now}. */
  static String[] of(List<Cards.DueCard> reviews, FsrsScheduler scheduler, Instant now) {
    int[] order = indices(reviews, scheduler, now);
    String[] ids = new String[order.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = reviews.get(order[i]).cardId();
    }
    return ids;
  }

  /** The same order as indices into {@code reviews}. */
  static int[] indices(List<Cards.DueCard> reviews, FsrsScheduler scheduler, Instant now) {
    Ranked[] ranked = new Ranked[reviews.size()];
    for (int i = 0; i < ranked.length; i++) {
      Cards.DueCard dc = reviews.get(i);
      double r = scheduler.retrievability(
          new Card(dc.state(), null, dc.stability(), 5.0, dc.due(), dc.lastReview()), now);
      ranked[i] = new Ranked(r, dc.due(), dc.cardId(), i);
    }
    Arrays.sort(ranked, ORDER);
    int[] order = new int[ranked.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = ranked[i].i;
    }
    return order;
  }

}
