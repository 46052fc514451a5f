package org.factdrill.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A profile's fitted FSRS-6 weights as stored: when and from how many reviews, the held-out
 * figures (NaN when no cards were held out), the advised retention (NaN when not simulated)
 * and its curve (retention to seconds of study per remembered card).
 */
public record FittedParameters(double[] weights, Instant fittedAt, long reviews, double logLoss,
    double rmseBins, double defaultLogLoss, double defaultRmseBins, double advisedRetention,
    Map<Double, Double> retentionCurve) {
  public FittedParameters {
    if (weights.length != 21) {
      throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.length);
    }
    weights = weights.clone();
    retentionCurve = java.util.Collections.unmodifiableMap(new TreeMap<>(retentionCurve));
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  String weightsText() {
    StringBuilder b = new StringBuilder();
    for (double w : weights) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(w);
    }
    return b.toString();
  }

  static double[] parseWeights(String text) {
    return Arrays.stream(text.split(",")).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
  }

  String curveText() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<Double, Double> e : retentionCurve.entrySet()) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(String.format(Locale.ROOT, "%.2f:%.3f", e.getKey(), e.getValue()));
    }
    return b.toString();
  }

  static Map<Double, Double> parseCurve(String text) {
    Map<Double, Double> out = new TreeMap<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String pair : text.strip().split("\\s+")) {
      int colon = pair.indexOf(':');
      out.put(Double.parseDouble(pair.substring(0, colon)),
          Double.parseDouble(pair.substring(colon + 1)));
    }
    return out;
  }
}
