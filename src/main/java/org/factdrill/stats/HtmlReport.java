package org.factdrill.stats;

import static org.factdrill.stats.Charts.duration;
import static org.factdrill.stats.Charts.percent;

import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdrill.stats.StatsReport.Bin;
import org.factdrill.stats.StatsReport.Day;
import org.factdrill.stats.StatsReport.ForecastDay;
import org.factdrill.stats.StatsReport.Group;
import org.factdrill.stats.StatsReport.HardFact;
import org.factdrill.stats.StatsReport.Histogram;
import org.factdrill.stats.StatsReport.IntervalBucket;
import org.factdrill.stats.StatsReport.Learner;
import org.factdrill.stats.StatsReport.QuestionRow;
import org.factdrill.stats.StatsReport.Rate;
import org.factdrill.stats.StatsReport.Summary;
import org.factdrill.stats.StatsReport.Week;

/**
 * Renders a report as one self-contained HTML5 file: inline CSS (with print rules) and inline
 * SVG charts, no scripts, fonts or links to fetch, so it reads the same offline and on paper.
 * Learner text (sentences, names) is escaped and marked {@code dir="auto"} so Hebrew runs
 * right-to-left inside the left-to-right page.
 */
public final class HtmlReport {
  static final int DAILY_DAYS = 60;
  static final int RECENT_WEEKS = 26;
  private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");
  private static final String[] HEAT = {"#ebedf0", "#c6e48b", "#7bc96f", "#239a3b", "#196127"};

  private static final String CSS = """
      :root { --fg: #1b1f24; --muted: #5b6570; --accent: #2f6fb0; --good: #2e8b57; --line: #d8dde3; }
      * { box-sizing: border-box; }
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Hebrew", sans-serif;
             color: var(--fg); margin: 0 auto; max-width: 1000px; padding: 24px; }
      h1 { font-size: 1.6em; margin: 0 0 4px; }
      h2 { font-size: 1.2em; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
      h3 { font-size: 1em; margin: 16px 0 6px; color: var(--muted); }
      .meta, .note, figcaption { color: var(--muted); font-size: 0.9em; }
      .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 0; }
      .tiles div { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
      .tiles dt { color: var(--muted); font-size: 0.85em; }
      .tiles dd { margin: 0; font-size: 1.35em; font-weight: 600; }
      table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
      th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: start; vertical-align: top; }
      th { font-size: 0.85em; color: var(--muted); font-weight: 600; }
      td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .bar { display: inline-block; height: 10px; background: var(--good); border-radius: 2px; }
      .barcell { width: 22%; }
      svg { display: block; max-width: 100%; height: auto; }
      svg text { font: 11px system-ui, sans-serif; fill: var(--muted); }
      .grid3 { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; }
      figure { margin: 0 0 12px; }
      .empty { padding: 16px; border: 1px dashed var(--line); border-radius: 6px; color: var(--muted); }
      .sentence { unicode-bidi: plaintext; }
      @media print {
        body { max-width: none; padding: 0; font-size: 11pt; }
        section { break-inside: avoid; }
        h2 { break-after: avoid; }
        table { page-break-inside: auto; }
        tr { break-inside: avoid; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;

  private final StatsReport r;
  private final StringBuilder h = new StringBuilder(64 * 1024);
  private int ids;

  private HtmlReport(StatsReport report) {
    this.r = report;
  }

  /** Writes the page; {@code out} is flushed, not closed. */
  public static void write(StatsReport report, Writer out) throws IOException {
    out.write(render(report));
    out.flush();
  }

  /** The page as a string. */
  public static String render(StatsReport report) {
    HtmlReport x = new HtmlReport(report);
    x.page();
    return x.h.toString();
  }

  private HtmlReport a(String s) {
    h.append(s);
    return this;
  }

  private HtmlReport t(Object s) {
    h.append(esc(String.valueOf(s)));
    return this;
  }

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

  private String who() {
    StatsReport.Meta m = r.meta();
    return m.scope().equals("class") ? "Class (" + m.profiles().size() + " learners)"
        : String.join(", ", m.profiles());
  }

  private void page() {
    StatsReport.Meta m = r.meta();
    a("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .a("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .a("<meta name=\"generator\" content=\"factdrill stats\">\n")
        .a("<title>factdrill progress: ").t(who()).a(" (").t(m.today()).a(")</title>\n")
        .a("<style>\n").a(CSS).a("</style>\n</head>\n<body>\n<header>\n<h1>Progress: ")
        .a("<bdi>").t(who()).a("</bdi></h1>\n<p class=\"meta\">Today ").t(m.today()).a(" (")
        .t(m.zone()).a("); range ").t(m.from()).a(" to ").t(m.today())
        .a(m.since() == null ? " (all history)" : "").a(". Generated by factdrill at ")
        .t(readableInstant(m.generatedAt(), m.zone())).a(".</p>\n</header>\n<main>\n");
    Summary s = r.summary();
    if (s.reviews() == 0 && s.cards() == 0) {
      a("<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"empty\">No reviews yet. Study with ")
          .a("<code>factdrill</code> and your progress will show here.</p>\n</section>\n");
      if (r.classView() != null && !r.classView().learners().isEmpty()) {
        learners();
      }
    } else {
      summary();
      daily();
      heatmap();
      retention();
      forecast();
      mastery();
      hardest();
      memory();
      if (r.classView() != null) {
        learners();
        questions();
      }
    }
    a("</main>\n<footer class=\"note\"><p>Mastered: stability over 21 days. True retention: ")
        .a("share of reviews not answered Again; mature: 21 days or more after the card's previous ")
        .a("review. Time spent counts each answer up to 5 minutes.</p></footer>\n</body>\n</html>\n");
  }

  private void tile(String label, String value) {
    a("<div><dt>").t(label).a("</dt><dd>").t(value).a("</dd></div>\n");
  }

  private void summary() {
    Summary s = r.summary();
    a("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"tiles\">\n");
    tile("Reviews", String.valueOf(s.reviews()));
    tile("Correct", percent(Rate.of(s.reviews(), s.correct()).rate()));
    tile("Time spent", duration(s.timeMs()));
    tile("Days studied", String.valueOf(s.daysStudied()));
    tile("Current streak", s.currentStreak() + (s.currentStreak() == 1 ? " day" : " days"));
    tile("Longest streak", s.longestStreak() + (s.longestStreak() == 1 ? " day" : " days"));
    tile("True retention", percent(s.trueRetention().rate()));
    tile("Facts mastered", s.mastered() + " / " + s.cards());
    tile("Last active", s.lastActive() == null ? "never" : s.lastActive().toString());
    a("</dl>\n");
    if (s.reviews() == 0) {
      a("<p class=\"empty\">No reviews yet in this range.</p>\n");
    }
    a("</section>\n");
  }

  private void daily() {
    List<Day> all = r.daily();
    List<Day> days = all.subList(Math.max(0, all.size() - DAILY_DAYS), all.size());
    a("<section id=\"daily\">\n<h2>Reviews per day</h2>\n");
    if (days.stream().allMatch(d -> d.reviews() == 0)) {
      a("<p class=\"empty\">No reviews yet in these days.</p>\n</section>\n");
      return;
    }
    List<String> labels = new ArrayList<>();
    List<Long> n = new ArrayList<>();
    List<Long> time = new ArrayList<>();
    long maxMs = days.stream().mapToLong(Day::timeMs).max().orElse(0);
    // Seconds while no day reaches 10 minutes, so short sessions do not round to empty bars.
    boolean inSeconds = maxMs < 600_000;
    for (Day d : days) {
      labels.add(d.date().toString());
      n.add(d.reviews());
      time.add(inSeconds ? Math.round(d.timeMs() / 1000.0) : Math.round(d.timeMs() / 60_000.0));
    }
    bars("Reviews per day, " + days.get(0).date() + " to " + days.get(days.size() - 1).date(),
        labels, n, "reviews", "#2f6fb0");
    bars(inSeconds ? "Seconds spent per day" : "Minutes spent per day", labels, time,
        inSeconds ? "s" : "min", "#8a63b8");
    a("</section>\n");
  }

  /** A vertical bar chart with a title, a y maximum, date ticks every 7 bars and hover titles. */
  private void bars(String title, List<String> labels, List<Long> values, String unit,
      String color) {
    int w = 760;
    int ht = 170;
    int left = 44;
    int top = 10;
    int bottom = 30;
    int plotH = ht - top - bottom;
    long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
    double step = (w - left - 6) / (double) Math.max(1, values.size());
    String id = "c" + (++ids);
    a("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").a(w + " " + ht)
        .a("\" width=\"").a(String.valueOf(w)).a("\" height=\"").a(String.valueOf(ht))
        .a("\" role=\"img\" aria-labelledby=\"").a(id).a("\">\n<title id=\"").a(id).a("\">")
        .t(title).a("</title>\n");
    a("<line x1=\"").a(left + "\" y1=\"" + (top + plotH) + "\" x2=\"" + (w - 4) + "\" y2=\""
        + (top + plotH) + "\" stroke=\"#999\"/>\n");
    a("<text x=\"" + (left - 6) + "\" y=\"" + (top + 9) + "\" text-anchor=\"end\">").t(max)
        .a("</text>\n<text x=\"" + (left - 6) + "\" y=\"" + (top + plotH) + "\" text-anchor=\"end\">0</text>\n");
    for (int i = 0; i < values.size(); i++) {
      long v = values.get(i);
      double bh = v == 0 ? 0 : Math.max(1, plotH * (double) v / max);
      double x = left + i * step + step * 0.12;
      a("<rect x=\"").a(fmt(x)).a("\" y=\"").a(fmt(top + plotH - bh)).a("\" width=\"")
          .a(fmt(step * 0.76)).a("\" height=\"").a(fmt(bh)).a("\" fill=\"").a(color).a("\"><title>")
          .t(labels.get(i) + ": " + v + " " + unit).a("</title></rect>\n");
      if (i % 7 == 0 && left + i * step + 64 <= w) {
        a("<text x=\"").a(fmt(left + i * step)).a("\" y=\"" + (ht - 10) + "\">").t(labels.get(i))
            .a("</text>\n");
      }
    }
    a("</svg>\n<figcaption>").t(title).a("; highest bar ").t(max + " " + unit)
        .a(".</figcaption>\n</figure>\n");
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private void heatmap() {
    StatsReport.Heatmap hm = r.heatmap();
    List<Long> c = hm.counts();
    int weeks = (c.size() + 6) / 7;
    int cell = 13;
    int left = 32;
    int top = 18;
    int w = left + weeks * cell + 4;
    int ht = top + 7 * cell + 24;
    a("<section id=\"calendar\">\n<h2>Calendar</h2>\n<figure>\n")
        .a("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + ht + "\" width=\""
            + w + "\" height=\"" + ht + "\" role=\"img\" aria-labelledby=\"heat\">\n")
        .a("<title id=\"heat\">Reviews per day from ").t(hm.start()).a(" to ").t(hm.end())
        .a("</title>\n");
    for (int dow = 0; dow < 7; dow += 2) {
      a("<text x=\"0\" y=\"" + (top + dow * cell + 10) + "\">")
          .t(DayOfWeek.of(dow + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).a("</text>\n");
    }
    int lastMonth = -1;
    for (int i = 0; i < c.size(); i++) {
      LocalDate d = hm.start().plusDays(i);
      int wk = i / 7;
      int dow = i % 7;
      if (dow == 0 && d.getMonthValue() != lastMonth) {
        lastMonth = d.getMonthValue();
        a("<text x=\"" + (left + wk * cell) + "\" y=\"12\">")
            .t(d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).a("</text>\n");
      }
      long v = c.get(i);
      a("<rect x=\"" + (left + wk * cell) + "\" y=\"" + (top + dow * cell) + "\" width=\""
          + (cell - 2) + "\" height=\"" + (cell - 2) + "\" rx=\"2\" fill=\""
          + HEAT[Charts.level(v, hm.max())] + "\"><title>").t(d + ": " + v
          + (v == 1 ? " review" : " reviews")).a("</title></rect>\n");
    }
    int ly = top + 7 * cell + 8;
    a("<text x=\"" + left + "\" y=\"" + (ly + 10) + "\">less</text>\n");
    for (int i = 0; i < HEAT.length; i++) {
      a("<rect x=\"" + (left + 30 + i * cell) + "\" y=\"" + ly + "\" width=\"11\" height=\"11\" rx=\"2\" fill=\""
          + HEAT[i] + "\"/>\n");
    }
    a("<text x=\"" + (left + 34 + HEAT.length * cell) + "\" y=\"" + (ly + 10) + "\">more</text>\n");
    a("</svg>\n<figcaption>One square per day, one column per week (Monday at the top); ")
        .a("darkest: ").t(hm.max()).a(" reviews.</figcaption>\n</figure>\n</section>\n");
  }

  private void barCell(Double share) {
    double pct = share == null ? 0 : Math.max(0, Math.min(1, share)) * 100;
    a("<td class=\"barcell\"><span class=\"bar\" style=\"width:")
        .a(String.format(Locale.ROOT, "%.1f", pct)).a("%\"></span></td>");
  }

  private static String rate(Rate x) {
    return x.reviews() == 0 ? "-" : percent(x.rate()) + " (" + x.passed() + "/" + x.reviews() + ")";
  }

  private void retention() {
    StatsReport.Retention ret = r.retention();
    a("<section id=\"retention\">\n<h2>True retention</h2>\n<p>Mature (21 days or more since the ")
        .a("card's previous review): <strong>").t(rate(ret.mature())).a("</strong>; young (1 to 20 days): ")
        .t(rate(ret.young())).a(".</p>\n");
    a("<h3>By time since the previous review</h3>\n<table>\n<thead><tr><th>Interval</th>")
        .a("<th class=\"n\">Reviews</th><th class=\"n\">Passed</th><th class=\"n\">Retention</th>")
        .a("<th><span class=\"note\">share</span></th></tr></thead>\n<tbody>\n");
    for (IntervalBucket b : ret.byInterval()) {
      a("<tr><td>").t(b.label()).a("</td><td class=\"n\">").t(b.rate().reviews())
          .a("</td><td class=\"n\">").t(b.rate().passed()).a("</td><td class=\"n\">")
          .t(percent(b.rate().rate())).a("</td>");
      barCell(b.rate().rate());
      a("</tr>\n");
    }
    a("</tbody>\n</table>\n");
    List<Week> weeks = ret.weeks().stream()
        .filter(w -> w.young().reviews() + w.mature().reviews() > 0).toList();
    List<Week> recent = weeks.subList(Math.max(0, weeks.size() - RECENT_WEEKS), weeks.size());
    a("<h3>By week</h3>\n");
    if (recent.isEmpty()) {
      a("<p class=\"empty\">No reviews of cards seen before in this range yet.</p>\n");
      a("</section>\n");
      return;
    }
    a("<p class=\"note\">The last ").t(recent.size()).a(" weeks with reviews, newest first.</p>\n")
        .a("<table>\n<thead><tr><th>Week of</th>")
        .a("<th class=\"n\">Young</th><th class=\"n\">Mature</th><th>Mature retention</th></tr>")
        .a("</thead>\n<tbody>\n");
    for (int i = recent.size() - 1; i >= 0; i--) {
      Week w = recent.get(i);
      a("<tr><td>").t(w.start()).a("</td><td class=\"n\">").t(rate(w.young()))
          .a("</td><td class=\"n\">").t(rate(w.mature())).a("</td>");
      barCell(w.mature().rate());
      a("</tr>\n");
    }
    a("</tbody>\n</table>\n</section>\n");
  }

  private void forecast() {
    StatsReport.Forecast f = r.forecast();
    a("<section id=\"forecast\">\n<h2>Due forecast</h2>\n");
    List<String> labels = new ArrayList<>();
    List<Long> n = new ArrayList<>();
    long total = 0;
    for (ForecastDay d : f.days()) {
      labels.add(d.date().toString());
      n.add(d.due());
      total += d.due();
    }
    bars("Cards due per day, next " + f.days().size() + " days (today includes overdue)", labels,
        n, "due", "#c07a2c");
    a("<p>").t(total).a(" cards due in the next ").t(f.days().size()).a(" days; ").t(f.overdue())
        .a(" overdue now.</p>\n</section>\n");
  }

  private void mastery() {
    a("<section id=\"mastery\">\n<h2>Mastery</h2>\n<p class=\"note\">Share of facts whose ")
        .a("stability exceeds 21 days.</p>\n");
    groups("By source text", r.mastery().bySource());
    groups("By language", r.mastery().byLang());
    groups("By kind of fact", r.mastery().byKind());
    a("</section>\n");
  }

  private void groups(String title, List<Group> groups) {
    String col = title.replace("By ", "");
    a("<h3>").t(title).a("</h3>\n<table>\n<thead><tr><th>")
        .t(Character.toUpperCase(col.charAt(0)) + col.substring(1))
        .a("</th><th class=\"n\">Facts</th><th class=\"n\">Mastered</th><th class=\"n\">Share</th>")
        .a("<th aria-label=\"share as a bar\"></th></tr></thead>\n<tbody>\n");
    for (Group g : groups) {
      a("<tr><td dir=\"auto\">").t(g.key()).a("</td><td class=\"n\">").t(g.cards())
          .a("</td><td class=\"n\">").t(g.mastered()).a("</td><td class=\"n\">")
          .t(percent(g.share())).a("</td>");
      barCell(g.share());
      a("</tr>\n");
    }
    if (groups.isEmpty()) {
      a("<tr><td colspan=\"5\">No facts studied yet.</td></tr>\n");
    }
    a("</tbody>\n</table>\n");
  }

  private String langAttr(String lang) {
    String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
    return LANG.matcher(l).matches() ? " lang=\"" + l + "\"" : "";
  }

  private void hardest() {
    boolean cls = r.classView() != null;
    a("<section id=\"hardest\">\n<h2>Hardest facts</h2>\n");
    if (r.hardest().isEmpty()) {
      a("<p class=\"empty\">No facts studied yet.</p>\n</section>\n");
      return;
    }
    a("<table>\n<thead><tr><th class=\"n\">Failed</th><th>Last</th>")
        .a("<th class=\"n\">Recall now</th>")
        .a(cls ? "<th>Learner</th>" : "").a("<th>Source sentence</th><th>Source</th>")
        .a("<th class=\"n\">Due</th></tr></thead>\n<tbody>\n");
    for (HardFact f : r.hardest()) {
      a("<tr><td class=\"n\">").t(f.failures()).a("</td><td>")
          .t(f.lastResult() == null ? "" : f.lastResult()).a("</td><td class=\"n\">")
          .t(f.recallShown() == null ? "-" : percent(f.recallShown())).a("</td>");
      if (cls) {
        a("<td dir=\"auto\">").t(f.profile()).a("</td>");
      }
      a("<td class=\"sentence\" dir=\"auto\"").a(langAttr(f.lang())).a(">")
          .t(f.sentence() == null ? f.cardId() : f.sentence()).a("</td><td dir=\"auto\">")
          .t(f.source() == null ? "" : f.source()).a("</td><td class=\"n\">").t(f.due())
          .a("</td></tr>\n");
    }
    a("</tbody>\n</table>\n</section>\n");
  }

  private void memory() {
    a("<section id=\"memory\">\n<h2>Memory state (FSRS)</h2>\n<div class=\"grid3\">\n");
    histogram("Stability (days)", r.memory().stability(), "#2f6fb0");
    histogram("Difficulty (1 to 10)", r.memory().difficulty(), "#c0504d");
    histogram("Recall probability now", r.memory().retrievability(), "#2e8b57");
    a("</div>\n</section>\n");
  }

  private void histogram(String title, Histogram hg, String color) {
    int w = 300;
    int ht = 170;
    int left = 30;
    int top = 10;
    int bottom = 34;
    int plotH = ht - top - bottom;
    List<Bin> bins = hg.bins();
    long max = Math.max(1, bins.stream().mapToLong(Bin::count).max().orElse(1));
    double step = (w - left - 18) / (double) bins.size();
    String id = "c" + (++ids);
    a("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + ht
        + "\" width=\"" + w + "\" height=\"" + ht + "\" role=\"img\" aria-labelledby=\"" + id
        + "\">\n<title id=\"" + id + "\">").t(title).a("</title>\n");
    a("<text x=\"" + (left - 4) + "\" y=\"" + (top + 9) + "\" text-anchor=\"end\">").t(max)
        .a("</text>\n");
    for (int i = 0; i < bins.size(); i++) {
      Bin b = bins.get(i);
      double bh = b.count() == 0 ? 0 : Math.max(1, plotH * (double) b.count() / max);
      double x = left + i * step;
      a("<rect x=\"").a(fmt(x + 1)).a("\" y=\"").a(fmt(top + plotH - bh)).a("\" width=\"")
          .a(fmt(step - 2)).a("\" height=\"").a(fmt(bh)).a("\" fill=\"").a(color).a("\"><title>")
          .t(b.label() + ": " + b.count()).a("</title></rect>\n");
      double lx = x + step / 2;
      double ly = top + plotH + 12 + (i % 2) * 11;
      a("<text x=\"").a(fmt(lx)).a("\" y=\"").a(fmt(ly)).a("\" text-anchor=\"middle\">")
          .t(b.label()).a("</text>\n");
    }
    String mean = hg.mean() == null ? "-" : hg.unit().equals("probability") ? percent(hg.mean())
        : String.format(Locale.ROOT, "%.1f", hg.mean());
    a("</svg>\n<figcaption>").t(title).a(": ").t(hg.count()).a(" facts, mean ").t(mean)
        .a(".</figcaption>\n</figure>\n");
  }

  private void learners() {
    a("<section id=\"learners\">\n<h2>Learners</h2>\n<table>\n<thead><tr><th>Learner</th>")
        .a("<th class=\"n\">Reviews</th><th class=\"n\">Correct</th><th class=\"n\">True retention</th>")
        .a("<th class=\"n\">Facts mastered</th><th class=\"n\">Last active</th></tr></thead>\n<tbody>\n");
    for (Learner l : r.classView().learners()) {
      a("<tr><td dir=\"auto\">").t(l.profile()).a("</td><td class=\"n\">").t(l.reviews())
          .a("</td><td class=\"n\">").t(percent(Rate.of(l.reviews(), l.correct()).rate()))
          .a("</td><td class=\"n\">").t(rate(l.retention())).a("</td><td class=\"n\">")
          .t(l.mastered() + " / " + l.cards()).a("</td><td class=\"n\">")
          .t(l.lastActive() == null ? "never" : l.lastActive().toString()).a("</td></tr>\n");
    }
    a("</tbody>\n</table>\n</section>\n");
  }

  private void questions() {
    List<QuestionRow> qs = r.classView().questions();
    a("<section id=\"questions\">\n<h2>Questions, worst first</h2>\n");
    if (qs.isEmpty()) {
      a("<p class=\"empty\">No answers yet in this range.</p>\n</section>\n");
      return;
    }
    a("<table>\n<thead><tr><th class=\"n\">Correct</th><th class=\"n\">Answers</th>")
        .a("<th class=\"n\">Learners</th><th>Question</th><th>Source sentence</th></tr></thead>\n<tbody>\n");
    for (QuestionRow q : qs) {
      a("<tr><td class=\"n\">").t(percent(q.share())).a("</td><td class=\"n\">").t(q.answers())
          .a("</td><td class=\"n\">").t(q.learners()).a("</td><td><code>").t(q.questionId())
          .a("</code></td><td class=\"sentence\" dir=\"auto\">")
          .t(q.sentence() == null ? "" : q.sentence()).a("</td></tr>\n");
    }
    a("</tbody>\n</table>\n</section>\n");
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
}
