package org.factdrill.study;

import java.util.Map;

/** Per-profile study settings with their defaults. */
public record SessionSettings(double desiredRetention, int newPerDay, int maxReviewsPerDay) {
  public static SessionSettings defaults() {
    return new SessionSettings(0.9, 20, 200);
  }

  /** Reads stored key/value settings, falling back to defaults for missing or bad values. */
  public static SessionSettings from(Map<String, String> stored) {
    SessionSettings d = defaults();
    return new SessionSettings(
        parse(stored.get("desired_retention"), d.desiredRetention()),
        (int) parse(stored.get("new_per_day"), d.newPerDay()),
        (int) parse(stored.get("max_reviews_per_day"), d.maxReviewsPerDay()));
  }

  private static double parse(String s, double fallback) {
    if (s == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
