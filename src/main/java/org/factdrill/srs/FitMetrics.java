package org.factdrill.srs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well weights predict recall on a set of reviews, as the FSRS benchmark measures it:
 * recency-weighted log-loss (binary cross-entropy) and RMSE over bins of (interval, review
 * count, lapse count), each bin weighted by its items' weights.
 *
 * @param items the predictions measured (reviews at least a day after the previous one)
 */
public record FitMetrics(double logLoss, double rmseBins, int items) {

  /** Measures {@code w} on {@code items} (weighted by their order: oldest first). */
  static FitMetrics of(double[] w, List<CardHistory.Item> items) {
    if (items.isEmpty()) {
      return new FitMetrics(Double.NaN, Double.NaN, 0);
    }
    double[] weights = CardHistory.recencyWeights(items.size());
    double[] predicted = predict(w, items);
    double loss = 0;
    double weightSum = 0;
    Map<Long, double[]> bins = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      CardHistory.Item item = items.get(i);
      double p = predicted[i];
      double y = item.recalled() ? 1 : 0;
      loss += (y * Math.log(p) + (1 - y) * Math.log(1 - p)) * weights[i];
      weightSum += weights[i];
      double[] bin = bins.computeIfAbsent(binOf(item), k -> new double[4]);
      bin[0] += p;
      bin[1] += y;
      bin[2] += 1;
      bin[3] += weights[i];
    }
    double num = 0;
    double den = 0;
    for (double[] bin : bins.values()) {
      double diff = bin[0] / bin[2] - bin[1] / bin[2];
      num += diff * diff * bin[3];
      den += bin[3];
    }
    return new FitMetrics(-loss / weightSum, Math.sqrt(num / den), items.size());
  }

  /** The predicted recall of each item, running each card's reviews once. */
  static double[] predict(double[] w, List<CardHistory.Item> items) {
    FsrsFormulas<Double> f = new FsrsFormulas<>(new PlainArithmetic(w));
    Map<CardHistory, List<Integer>> byCard = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byCard.computeIfAbsent(items.get(i).card(), k -> new ArrayList<>()).add(i);
    }
    double[] out = new double[items.size()];
    for (Map.Entry<CardHistory, List<Integer>> e : byCard.entrySet()) {
      CardHistory card = e.getKey();
      int last = 0;
      Map<Integer, Integer> wanted = new HashMap<>();
      for (int i : e.getValue()) {
        int end = items.get(i).end();
        wanted.put(end, i);
        last = Math.max(last, end);
      }
      FsrsFormulas.State<Double> state = f.first(card.ratings()[0]);
      for (int t = 1; t <= last; t++) {
        Integer index = wanted.get(t);
        if (index != null) {
          out[index] = f.retrievability(card.deltas()[t], state.stability());
        }
        state = f.next(state, card.deltas()[t], card.ratings()[t]);
      }
    }
    return out;
  }

  /** The benchmark's bin of an item: interval, number of long-term reviews, lapses before it. */
  static long binOf(CardHistory.Item item) {
    double deltaT = item.card().deltas()[item.end()];
    long deltaBin = Math.round(2.48 * Math.pow(3.62, Math.floor(log(deltaT, 3.62))) * 100.0);
    double length = item.longTermReviews() + 1.0;
    long lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(log(length, 1.89))));
    int lapses = 0;
    for (int i = 0; i < item.end(); i++) {
      if (item.card().ratings()[i] == Rating.AGAIN && item.card().deltas()[i] > 0) {
        lapses++;
      }
    }
    long lapseBin = lapses == 0 ? 0
        : Math.round(1.65 * Math.pow(1.73, Math.floor(log(lapses, 1.73))));
    return (deltaBin * 100_000L + lengthBin) * 100_000L + lapseBin;
  }

  private static double log(double x, double base) {
    return Math.log(x) / Math.log(base);
  }
}
