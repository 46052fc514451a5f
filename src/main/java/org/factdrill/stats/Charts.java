package org.factdrill.stats;

import java.util.List;
import java.util.Locale;

/** Small formatting helpers shared by the text, HTML and TUI renderings. */
public final class Charts {
  private static final char[] SPARKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};
  private static final char[] EIGHTHS = {' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'};
  private static final char[] SHADES = {'·', '░', '▒', '▓', '█'};

  private Charts() {}

  /** One character per value, ▁ (zero or least) to █ (the maximum); all zeros draw as ▁. */
  public static String sparkline(List<Long> values) {
    long max = 0;
    for (long v : values) {
      max = Math.max(max, v);
    }
    StringBuilder sb = new StringBuilder(values.size());
    for (long v : values) {
      int i = max == 0 || v <= 0 ? 0 : (int) Math.round((double) v / max * (SPARKS.length - 1));
      // Any activity shows above the floor, so a 1 among 500s is not read as nothing.
      sb.append(SPARKS[v > 0 ? Math.max(1, i) : 0]);
    }
    return sb.toString();
  }

  /** A horizontal bar {@code width} cells long at most, in eighths of a cell. */
  public static String bar(double value, double max, int width) {
    if (max <= 0 || value <= 0) {
      return "";
    }
    long eighths = Math.round(Math.min(1, value / max) * width * 8);
    eighths = Math.max(1, eighths);
    StringBuilder sb = new StringBuilder();
    for (long i = 0; i < eighths / 8; i++) {
      sb.append('█');
    }
    if (eighths % 8 != 0) {
      sb.append(EIGHTHS[(int) (eighths % 8)]);
    }
    return sb.toString();
  }

  /** Heatmap cell: · for none, then ░ ▒ ▓ █ by quarters of the maximum. */
  public static char shade(long value, long max) {
    if (value <= 0 || max <= 0) {
      return SHADES[0];
    }
    return SHADES[Math.max(1, (int) Math.ceil(4.0 * value / max))];
  }

  /** Heatmap level 0..4 (0: no reviews), as used by {@link #shade}. */
  public static int level(long value, long max) {
    if (value <= 0 || max <= 0) {
      return 0;
    }
    return Math.max(1, (int) Math.ceil(4.0 * value / max));
  }

  /** "83.3%", or "-" when there is nothing to divide. */
  public static String percent(Double rate) {
    return rate == null ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }

  /** "2h 05m", "4m 09s", "12s". */
  public static String duration(long ms) {
    long s = ms / 1000;
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
    }
    if (s >= 60) {
      return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
    return s + "s";
  }

  /** Shortens {@code s} to {@code max} code points with an ellipsis; null becomes "". */
  public static String clip(String s, int max) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s+", " ").strip();
    if (flat.codePointCount(0, flat.length()) <= max) {
      return flat;
    }
    int end = flat.offsetByCodePoints(0, Math.max(0, max - 1));
    return flat.substring(0, end) + "…";
  }

  /** Cuts {@code s} to {@code max} code points (the last one an ellipsis), spaces kept. */
  public static String fit(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    if (max <= 0) {
      return "";
    }
    return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** Pads to {@code width} code points on the right (left-aligned). */
  public static String padRight(String s, int width) {
    int n = s.codePointCount(0, s.length());
    return n >= width ? s : s + " ".repeat(width - n);
  }

  /** Pads to {@code width} code points on the left (right-aligned). */
  public static String padLeft(String s, int width) {
    int n = s.codePointCount(0, s.length());
    return n >= width ? s : " ".repeat(width - n) + s;
  }
}
