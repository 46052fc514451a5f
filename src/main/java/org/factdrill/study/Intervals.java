package org.factdrill.study;

import java.time.Duration;

/** Short human forms of intervals, as on Anki's grade buttons: "<1m", "10m", "3h", "4d", "2mo", "1.5y". */
public final class Intervals {
  private Intervals() {}

  public static String compact(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 60) {
      return "<1m";
    }
    if (s < 3600) {
      return (s / 60) + "m";
    }
    if (s < 86_400) {
      return (s / 3600) + "h";
    }
    long days = s / 86_400;
    if (days < 30) {
      return days + "d";
    }
    if (days < 365) {
      return Math.round(days / 30.4) + "mo";
    }
    double years = days / 365.25;
    return years < 10 ? String.format(java.util.Locale.ROOT, "%.1fy", years) : Math.round(years) + "y";
  }
}
