package org.factdrill.store;

import java.util.List;

/**
 * The progress metrics every screen and report share, defined once (docs/statistics.md):
 * an answer is <em>recalled</em> when its rating is above Again (rating &gt; 1, what FSRS and
 * Anki's "true retention" count as a pass); <em>retention</em> is the share of answers to cards
 * already in review that were recalled; an answer's <em>interval bucket</em> is the index of the
 * last bound in {@link #INTERVAL_BOUNDS} that its elapsed days reach (-1 for a card's first
 * answer, which tests no memory). Migration V004 stores the same buckets (frozen SQL, checked
 * against this class by a test).
 */
public final class Metrics {
  /** SQL condition on a review_log row: the answer was recalled. */
  public static final String RECALLED_SQL = "rating > 1";
  /** Lower bounds of the interval buckets, in days since the card's previous answer. */
  public static final List<Integer> INTERVAL_BOUNDS = List.of(0, 1, 7, 21, 90, 365);
  /** The buckets' labels, in order. */
  public static final List<String> INTERVAL_LABELS =
      List.of("<1d", "1-6d", "7-20d", "21-89d", "90-364d", ">=365d");
  /** One answer counts at most this long toward time spent, so a walk-away does not count. */
  public static final long MAX_RESPONSE_MS = 300_000;

  private Metrics() {}

  /** Whether an answer with this rating (1 Again .. 4 Easy) counts as recalled. */
  public static boolean recalled(int rating) {
    return rating > 1;
  }

  /** The interval bucket of an answer {@code elapsedDays} after the previous one (null: first). */
  public static int bucket(Long elapsedDays) {
    if (elapsedDays == null) {
      return -1;
    }
    int i = 0;
    while (i + 1 < INTERVAL_BOUNDS.size() && elapsedDays >= INTERVAL_BOUNDS.get(i + 1)) {
      i++;
    }
    return i;
  }

  /** {@link #bucket} as an SQL expression over review_log.elapsed_days. */
  static String bucketSql() {
    StringBuilder sb = new StringBuilder("CASE WHEN elapsed_days IS NULL THEN -1");
    for (int i = INTERVAL_BOUNDS.size() - 1; i >= 1; i--) {
      sb.append(" WHEN elapsed_days >= ").append(INTERVAL_BOUNDS.get(i)).append(" THEN ").append(i);
    }
    return sb.append(" ELSE 0 END").toString();
  }
}
