package org.factdrill.stats;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The desired-retention advice of {@code factdrill optimize}: simulated seconds of study per
 * remembered card for each desired retention, the advised (lowest) one, and the learner's
 * current setting; drawn as a text chart for the terminal and an SVG section for the HTML report.
 */
public record RetentionCurve(Map<Double, Double> secondsPerRemembered, double advised,
    double current) {
  public RetentionCurve {
    secondsPerRemembered = java.util.Collections.unmodifiableMap(
        new TreeMap<>(secondsPerRemembered));
  }

  /** The words of the text chart: its heading and the marks of the advised and current rows. */
  public record Labels(String heading, String advised, String current, String both) {
    /** In English. */
    public static final Labels ENGLISH = new Labels(
        "retention  seconds of study per remembered card (simulated year)", "advised", "current",
        "advised, current");
  }

  /** One line per retention: the value and a bar as long as its seconds per remembered card. */
  public String text(int barWidth) {
    return text(barWidth, Labels.ENGLISH);
  }

  /** {@link #text(int)} with the words of {@code labels} (the interface language's). */
  public String text(int barWidth, Labels labels) {
    double max = 0;
    for (double v : secondsPerRemembered.values()) {
      max = Math.max(max, v);
    }
    StringBuilder b = new StringBuilder();
    b.append(labels.heading()).append('\n');
    for (Map.Entry<Double, Double> e : secondsPerRemembered.entrySet()) {
      String mark = same(e.getKey(), advised) ? "  <- " + labels.advised()
          : same(e.getKey(), current) ? "  <- " + labels.current() : "";
      if (same(e.getKey(), advised) && same(e.getKey(), current)) {
        mark = "  <- " + labels.both();
      }
      b.append(String.format(Locale.ROOT, "  %.2f  %6.1f %s%s%n", e.getKey(), e.getValue(),
          Charts.bar(e.getValue(), max, barWidth), mark));
    }
    return b.toString();
  }

  private static boolean same(double a, double b) {
    return Math.abs(a - b) < 0.005;
  }

  /** An HTML section with the curve as an SVG line chart. */
  public String htmlSection() {
    int w = 560;
    int ht = 220;
    int left = 48;
    int bottom = 30;
    double min = Double.MAX_VALUE;
    double max = 0;
    for (double v : secondsPerRemembered.values()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double lo = 0.70;
    double hi = 0.97;
    double span = Math.max(max - min, 1e-9);
    StringBuilder b = new StringBuilder();
    b.append("<section id=\"desired-retention\">\n<h2>Desired retention</h2>\n")
        .append("<p>Seconds of study per card remembered after a simulated year, for each desired ")
        .append("retention, with the FSRS parameters fitted to this learner's reviews ")
        .append("(<code>factdrill optimize</code>). Advised: ")
        .append(String.format(Locale.ROOT, "%.2f", advised)).append("; current setting: ")
        .append(String.format(Locale.ROOT, "%.2f", current)).append(".</p>\n<figure>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ')
        .append(ht).append("\" width=\"").append(w).append("\" height=\"").append(ht)
        .append("\" role=\"img\" aria-label=\"Seconds per remembered card by desired retention\">\n");
    StringBuilder points = new StringBuilder();
    for (Map.Entry<Double, Double> e : secondsPerRemembered.entrySet()) {
      double x = left + (e.getKey() - lo) / (hi - lo) * (w - left - 10);
      double y = 10 + (1 - (e.getValue() - min) / span) * (ht - bottom - 20);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      if (same(e.getKey(), advised)) {
        b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" "
            + "fill=\"currentColor\"><title>advised %.2f: %.1f s</title></circle>\n",
            x, y, e.getKey(), e.getValue()));
      }
    }
    b.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"")
        .append(points.toString().strip()).append("\"/>\n");
    for (double r = 0.70; r <= 0.971; r += 0.05) {
      double x = left + (r - lo) / (hi - lo) * (w - left - 10);
      b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.2f"
          + "</text>\n", x, ht - 8, r));
    }
    b.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"16\">%.0f s</text>\n", max))
        .append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\">%.0f s</text>\n",
            ht - bottom - 8, min))
        .append("</svg>\n<figcaption>Lower is better: less study for each card you still know."
            + "</figcaption>\n</figure>\n</section>\n");
    return b.toString();
  }
}
