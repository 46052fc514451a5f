package org.factdrill.srs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference optimizer's data preparation and pre-training: outlier filtering of first
 * intervals, then the initial stability of each first rating fitted to how often cards with
 * that first rating were recalled at their first long-term review, then smoothed so a better
 * first rating never gives a smaller stability, and filled in for ratings never seen.
 */
final class PreTraining {
  private static final double[] DEFAULT_S0 = {
      FsrsParameters.DEFAULT_WEIGHTS[0], FsrsParameters.DEFAULT_WEIGHTS[1],
      FsrsParameters.DEFAULT_WEIGHTS[2], FsrsParameters.DEFAULT_WEIGHTS[3]};

  /** The training items that survive the outlier filter and the items pre-training learns from. */
  record Prepared(List<CardHistory.Item> train, List<CardHistory.Item> initialization) {
  }

  /** Initial stabilities and how many first reviews of each rating they come from (index 0 = Again). */
  record Initial(double[] stability, int[] ratingCount) {
  }

  private PreTraining() {
  }

  /**
   * Drops, per first rating, the rarest first intervals (up to 5% of those items, at least 20)
   * and first intervals beyond 100 days (365 after Easy) or seen fewer than 6 times, from both
   * pre-training and training, as the reference does.
   */
  static Prepared prepare(List<CardHistory.Item> items) {
    Map<Rating, Map<Long, List<CardHistory.Item>>> groups = new TreeMap<>();
    for (CardHistory.Item item : items) {
      if (item.longTermReviews() == 1) {
        groups.computeIfAbsent(item.card().ratings()[0], k -> new HashMap<>())
            .computeIfAbsent(item.card().deltas()[item.end()], k -> new ArrayList<>()).add(item);
      }
    }
    Map<Rating, Set<Long>> removed = new HashMap<>();
    List<CardHistory.Item> initialization = new ArrayList<>();
    for (Map.Entry<Rating, Map<Long, List<CardHistory.Item>>> g : groups.entrySet()) {
      Rating rating = g.getKey();
      List<Map.Entry<Long, List<CardHistory.Item>>> sub = new ArrayList<>(g.getValue().entrySet());
      // Most items first, then the longer interval first; walked from the end (rarest first).
      sub.sort((a, b) -> a.getValue().size() != b.getValue().size()
          ? Integer.compare(b.getValue().size(), a.getValue().size())
          : Long.compare(b.getKey(), a.getKey()));
      int total = 0;
      for (Map.Entry<Long, List<CardHistory.Item>> e : sub) {
        total += e.getValue().size();
      }
      int hasBeenRemoved = 0;
      Set<Long> gone = removed.computeIfAbsent(rating, k -> new HashSet<>());
      for (int i = sub.size() - 1; i >= 0; i--) {
        long deltaT = sub.get(i).getKey();
        List<CardHistory.Item> group = sub.get(i).getValue();
        if (hasBeenRemoved + group.size() >= Math.max(20, total / 20)) {
          if (group.size() >= 6 && deltaT <= (rating != Rating.EASY ? 100 : 365)) {
            initialization.addAll(group);
          } else {
            gone.add(deltaT);
          }
        } else {
          hasBeenRemoved += group.size();
          gone.add(deltaT);
        }
      }
    }
    List<CardHistory.Item> train = new ArrayList<>(items.size());
    for (CardHistory.Item item : items) {
      Set<Long> gone = removed.get(item.card().ratings()[0]);
      long firstDelta = item.card().deltas()[item.firstLongTerm()];
      if (gone == null || !gone.contains(firstDelta)) {
        train.add(item);
      }
    }
    return new Prepared(train, initialization);
  }

  /** Share of items recalled. */
  static double averageRecall(List<CardHistory.Item> items) {
    if (items.isEmpty()) {
      return 0;
    }
    int recalled = 0;
    for (CardHistory.Item item : items) {
      if (item.recalled()) {
        recalled++;
      }
    }
    return (double) recalled / items.size();
  }

  /** Fits the initial stabilities; null when no first rating has data (the reference fails then). */
  static Initial initialStability(List<CardHistory.Item> initialization, double averageRecall) {
    // first rating -> interval -> {recalled, count}
    Map<Rating, TreeMap<Long, double[]>> groups = new TreeMap<>();
    for (CardHistory.Item item : initialization) {
      if (item.longTermReviews() != 1) {
        continue;
      }
      int first = item.firstLongTerm();
      double[] cell = groups.computeIfAbsent(item.card().ratings()[0], k -> new TreeMap<>())
          .computeIfAbsent(item.card().deltas()[first], k -> new double[2]);
      cell[0] += item.card().ratings()[first] != Rating.AGAIN ? 1 : 0;
      cell[1] += 1;
    }
    Double[] fitted = new Double[4];
    int[] count = new int[4];
    for (Map.Entry<Rating, TreeMap<Long, double[]>> g : groups.entrySet()) {
      int r = g.getKey().value() - 1;
      int n = g.getValue().size();
      double[] t = new double[n];
      double[] recall = new double[n];
      double[] c = new double[n];
      int i = 0;
      for (Map.Entry<Long, double[]> e : g.getValue().entrySet()) {
        t[i] = e.getKey();
        c[i] = e.getValue()[1];
        double real = e.getValue()[0] / c[i];
        recall[i] = (real * c[i] + averageRecall) / (c[i] + 1.0);
        count[r] += (int) c[i];
        i++;
      }
      fitted[r] = search(t, recall, c, DEFAULT_S0[r]);
    }
    if (fitted[0] == null && fitted[1] == null && fitted[2] == null && fitted[3] == null) {
      return null;
    }
    return new Initial(smoothAndFill(fitted, count), count);
  }

  /** Ternary search of the stability minimising log-loss plus |s - default| / 16. */
  private static double search(double[] t, double[] recall, double[] count, double defaultS0) {
    double low = FsrsFormulas.STABILITY_MIN;
    double high = ParameterBounds.INIT_S_MAX;
    double optimal = defaultS0;
    for (int iter = 0; high - low > Math.ulp(1.0) && iter < 1000; iter++) {
      double mid1 = low + (high - low) / 3.0;
      double mid2 = high - (high - low) / 3.0;
      if (loss(t, recall, count, mid1, defaultS0) < loss(t, recall, count, mid2, defaultS0)) {
        high = mid2;
      } else {
        low = mid1;
      }
      optimal = (high + low) / 2.0;
    }
    return optimal;
  }

  private static double loss(double[] t, double[] recall, double[] count, double s, double s0) {
    double decay = -FsrsParameters.DEFAULT_WEIGHTS[20];
    double factor = Math.pow(0.9, 1.0 / decay) - 1.0;
    double sum = 0;
    for (int i = 0; i < t.length; i++) {
      double y = Math.pow(t[i] / s * factor + 1.0, decay);
      sum += -(recall[i] * Math.log(y) + (1 - recall[i]) * Math.log(1 - y)) * count[i];
    }
    return sum + Math.abs(s - s0) / 16.0;
  }

  /**
   * Makes stabilities non-decreasing with the rating (the better-attested rating wins) and
   * fills the missing ones from the reference's fixed ratios; clamps to [0.001, 100].
   * {@code s[i] == null} means rating i+1 had no data; {@code count} may be zero there.
   */
  static double[] smoothAndFill(Double[] given, int[] count) {
    Double[] s = given.clone();
    for (int i = 0; i < 4; i++) {
      if (count[i] == 0) {
        s[i] = null;
      }
    }
    int[][] pairs = {{0, 1}, {1, 2}, {2, 3}, {0, 2}, {1, 3}, {0, 3}};
    for (int[] p : pairs) {
      if (s[p[0]] != null && s[p[1]] != null && s[p[0]] > s[p[1]]) {
        if (count[p[0]] > count[p[1]]) {
          s[p[1]] = s[p[0]];
        } else {
          s[p[0]] = s[p[1]];
        }
      }
    }
    double w1 = 0.41;
    double w2 = 0.54;
    int known = 0;
    for (Double x : s) {
      if (x != null) {
        known++;
      }
    }
    Double r1 = s[0];
    Double r2 = s[1];
    Double r3 = s[2];
    Double r4 = s[3];
    if (known == 1) {
      int k = r1 != null ? 0 : r2 != null ? 1 : r3 != null ? 2 : 3;
      double factor = s[k] / DEFAULT_S0[k];
      for (int i = 0; i < 4; i++) {
        s[i] = DEFAULT_S0[i] * factor;
      }
    } else if (known == 2) {
      double q = w1 + w2 - w1 * w2;
      if (r1 == null && r2 == null) {
        s[1] = Math.pow(r3, 1 / (1 - w2)) * Math.pow(r4, 1 - 1 / (1 - w2));
        s[0] = Math.pow(s[1], 1 / w1) * Math.pow(r3, 1 - 1 / w1);
      } else if (r1 == null && r3 == null) {
        s[2] = Math.pow(r2, 1 - w2) * Math.pow(r4, w2);
        s[0] = Math.pow(r2, 1 / w1) * Math.pow(s[2], 1 - 1 / w1);
      } else if (r1 == null && r4 == null) {
        s[3] = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
        s[0] = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
      } else if (r2 == null && r3 == null) {
        s[1] = Math.pow(r1, w1 / q) * Math.pow(r4, 1 - w1 / q);
        s[2] = Math.pow(r1, 1 - w2 / q) * Math.pow(r4, w2 / q);
      } else if (r2 == null && r4 == null) {
        s[1] = Math.pow(r1, w1) * Math.pow(r3, 1 - w1);
        s[3] = Math.pow(s[1], 1 - 1 / w2) * Math.pow(r3, 1 / w2);
      } else if (r3 == null && r4 == null) {
        s[2] = Math.pow(r1, 1 - 1 / (1 - w1)) * Math.pow(r2, 1 / (1 - w1));
        s[3] = Math.pow(r2, 1 - 1 / w2) * Math.pow(s[2], 1 / w2);
      }
    } else if (known == 3) {
      if (r1 == null) {
        s[0] = Math.pow(r2, 1 / w1) * Math.pow(r3, 1 - 1 / w1);
      } else if (r2 == null) {
        s[1] = Math.pow(r1, w1) * Math.pow(r3, 1 - w1);
      } else if (r3 == null) {
        s[2] = Math.pow(r2, 1 - w2) * Math.pow(r4, w2);
      } else {
        s[3] = Math.pow(r2, 1 - 1 / w2) * Math.pow(r3, 1 / w2);
      }
    }
    double[] out = new double[4];
    for (int i = 0; i < 4; i++) {
      out[i] = Math.min(Math.max(s[i], FsrsFormulas.STABILITY_MIN), ParameterBounds.INIT_S_MAX);
    }
    return out;
  }
}
