package org.factdrill.stats;

import java.util.Locale;

/**
 * The HTML report's leeches section: cards failed {@code leech_threshold} times, as `stats` lists
 * them in text; left out when there are none (most learners have none).
 */
final class HtmlLeeches {
  private HtmlLeeches() {}

  static String section(StatsReport r) {
    if (r.leeches().isEmpty()) {
      return "";
    }
    boolean cls = r.classView() != null;
    StringBuilder h = new StringBuilder("<section id=\"leeches\">\n<h2>Leeches</h2>\n")
        .append("<p class=\"note\">Failed <code>leech_threshold</code> times (setting, default 8) ")
        .append("and suspended; <kbd>u</kbd> in the bank browser puts one back.</p>\n")
        .append("<table>\n<thead><tr><th class=\"n\">Failed</th><th class=\"n\">Lapses</th>")
        .append("<th>State</th>").append(cls ? "<th>Learner</th>" : "")
        .append("<th>Source sentence</th><th>Source</th></tr></thead>\n<tbody>\n");
    for (StatsReport.Leech l : r.leeches()) {
      h.append("<tr><td class=\"n\">").append(l.failures()).append("</td><td class=\"n\">")
          .append(l.lapses()).append("</td><td>").append(l.suspended() ? "suspended" : "studied")
          .append("</td>");
      if (cls) {
        h.append("<td dir=\"auto\">").append(HtmlReport.esc(String.valueOf(l.profile())))
            .append("</td>");
      }
      String lang = l.lang() == null ? "" : l.lang().toLowerCase(Locale.ROOT);
      h.append("<td class=\"sentence\" dir=\"auto\"")
          .append(lang.matches("[a-z]{2,3}") ? " lang=\"" + lang + "\"" : "").append(">")
          .append(HtmlReport.esc(l.sentence() == null ? l.cardId() : l.sentence()))
          .append("</td><td dir=\"auto\">").append(HtmlReport.esc(l.source() == null ? ""
              : l.source())).append("</td></tr>\n");
    }
    return h.append("</tbody>\n</table>\n</section>\n").toString();
  }
}
