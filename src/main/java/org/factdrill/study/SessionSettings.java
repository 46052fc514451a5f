package org.factdrill.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-profile study settings with their defaults and the ranges a user may set them to.
 *
 * @param leechThreshold failures after which a card is tagged a leech and suspended (0: never)
 */
public record SessionSettings(double desiredRetention, int newPerDay, int maxReviewsPerDay,
    int leechThreshold) {
  /** The stored keys, in display order. */
  public static final List<String> KEYS =
      List.of("desired_retention", "new_per_day", "max_reviews_per_day", "leech_threshold");
  /** Failures that make a leech by default, as in Anki. */
  public static final int DEFAULT_LEECH_THRESHOLD = 8;

  /** With the default leech threshold. */
  public SessionSettings(double desiredRetention, int newPerDay, int maxReviewsPerDay) {
    this(desiredRetention, newPerDay, maxReviewsPerDay, DEFAULT_LEECH_THRESHOLD);
  }

  public static SessionSettings defaults() {
    return new SessionSettings(0.9, 20, 200, DEFAULT_LEECH_THRESHOLD);
  }

  /** Reads stored key/value settings, falling back to defaults for missing or bad values. */
  public static SessionSettings from(Map<String, String> stored) {
    SessionSettings d = defaults();
    return new SessionSettings(
        valid("desired_retention", stored.get("desired_retention"), d.desiredRetention()),
        (int) valid("new_per_day", stored.get("new_per_day"), d.newPerDay()),
        (int) valid("max_reviews_per_day", stored.get("max_reviews_per_day"),
            d.maxReviewsPerDay()),
        (int) valid("leech_threshold", stored.get("leech_threshold"), d.leechThreshold()));
  }

  private static double valid(String key, String value, double fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(check(key, value));
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  /** The settings as key/value strings, for display. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("desired_retention", format(desiredRetention));
    m.put("new_per_day", Integer.toString(newPerDay));
    m.put("max_reviews_per_day", Integer.toString(maxReviewsPerDay));
    m.put("leech_threshold", Integer.toString(leechThreshold));
    return m;
  }

  private static String format(double d) {
    return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
  }

  /** What each key means and its allowed range, for help and error messages. */
  public static String describe(String key) {
    return switch (key) {
      case "desired_retention" ->
          "chance of recall when a card comes due, 0.70 to 0.99 (default 0.9)";
      case "new_per_day" -> "new cards per day, 0 to 9999 (default 20)";
      case "max_reviews_per_day" -> "review cards per day, 0 to 99999 (default 200)";
      case "leech_threshold" ->
          "failures that suspend a card as a leech, 0 (never) to 99 (default 8)";
      default -> throw new IllegalArgumentException("unknown setting " + key);
    };
  }

  /** The stored key for a user's spelling ("new-per-day", "NEW_PER_DAY"), or null if unknown. */
  public static String key(String userKey) {
    String k = userKey.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    return KEYS.contains(k) ? k : null;
  }

  /**
   * Validates {@code value} for stored key {@code key} and returns its normal form, or throws
   * IllegalArgumentException with a message saying what is allowed.
   */
  public static String check(String key, String value) {
    String v = value.strip();
    switch (key) {
      case "desired_retention": {
        double d;
        try {
          d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(bad(key, value));
        }
        if (!(d >= 0.70 && d <= 0.99)) {
          throw new IllegalArgumentException(bad(key, value));
        }
        return format(d);
      }
      case "new_per_day":
        return Integer.toString(integer(key, v, 9999));
      case "max_reviews_per_day":
        return Integer.toString(integer(key, v, 99_999));
      case "leech_threshold":
        return Integer.toString(integer(key, v, 99));
      default:
        throw new IllegalArgumentException("unknown setting '" + key + "'; known: "
            + String.join(", ", KEYS));
    }
  }

  private static int integer(String key, String v, int max) {
    try {
      int n = Integer.parseInt(v);
      if (n >= 0 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the message
    }
    throw new IllegalArgumentException(bad(key, v));
  }

  private static String bad(String key, String value) {
    return "bad value '" + value + "' for " + key + ": " + describe(key);
  }
}
