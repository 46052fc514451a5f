package org.factdrill.stats;

import java.io.IOException;

/** Text for the HTML reports: escaping, readable instants, the inlined style sheet. */
final class HtmlText {
  private HtmlText() {}

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** "2026-12-04 02:31 UTC" in the report's zone: readers need minutes, not nanoseconds. */
  static String readableInstant(String iso, String zone) {
    try {
      java.time.ZoneId z = java.time.ZoneId.of(zone);
      return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", java.util.Locale.ROOT)
          .format(java.time.Instant.parse(iso).atZone(z));
    } catch (RuntimeException e) {
      return iso; // not an instant (a hand-made report): show it as it is
    }
  }

  static String css() {
    try (java.io.InputStream in = HtmlText.class.getResourceAsStream("report.css")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing stats/report.css", e);
    }
  }
}
