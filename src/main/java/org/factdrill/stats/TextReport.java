package org.factdrill.stats;

import static org.factdrill.stats.Charts.bar;
import static org.factdrill.stats.Charts.clip;
import static org.factdrill.stats.Charts.duration;
import static org.factdrill.stats.Charts.padLeft;
import static org.factdrill.stats.Charts.padRight;
import static org.factdrill.stats.Charts.percent;
import static org.factdrill.stats.Charts.sparkline;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdrill.stats.StatsReport.Bin;
import org.factdrill.stats.StatsReport.Day;
import org.factdrill.stats.StatsReport.Group;
import org.factdrill.stats.StatsReport.HardFact;
import org.factdrill.stats.StatsReport.Histogram;
import org.factdrill.stats.StatsReport.IntervalBucket;
import org.factdrill.stats.StatsReport.Learner;
import org.factdrill.stats.StatsReport.QuestionRow;
import org.factdrill.stats.StatsReport.Summary;
import org.factdrill.stats.StatsReport.Week;

/** Renders a report for the terminal: aligned tables, sparklines and bars, at most 80 columns. */
public final class TextReport {
  static final int RECENT_DAYS = 30;
  static final int RECENT_WEEKS = 12;
  static final int MAX_QUESTIONS = 20;
  static final int BAR = 20;

  private final StatsReport r;
  private final PrintWriter out;

  private TextReport(StatsReport report, PrintWriter out) {
    this.r = report;
    this.out = out;
  }

  /** Writes the report to {@code out} (not flushed or closed). */
  public static void write(StatsReport report, PrintWriter out) {
    new TextReport(report, out).write();
  }

  private void write() {
    StatsReport.Meta m = r.meta();
    String who = m.scope().equals("class")
        ? "class (" + m.profiles().size() + " learner" + (m.profiles().size() == 1 ? "" : "s") + ")"
        : "profile " + String.join(", ", m.profiles());
    out.println("factdrill stats: " + who);
    out.println("Today " + m.today() + " (" + m.zone() + "); range " + m.from() + " .. " + m.today()
        + (m.since() == null ? " (all history)" : ""));
    Summary s = r.summary();
    if (s.reviews() == 0 && s.cards() == 0) {
      out.println();
      out.println("No reviews yet. Study with `factdrill` and your progress will show here.");
      if (r.classView() != null && !r.classView().learners().isEmpty()) {
        learners();
      }
      return;
    }
    summary();
    daily();
    heatmap();
    retention();
    forecast();
    mastery();
    hardest();
    leeches();
    memory();
    if (r.classView() != null) {
      learners();
      questions();
    }
  }

  private void heading(String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
  }

  private void row(String label, String value) {
    out.println("  " + padRight(label, 18) + value);
  }

  private void summary() {
    Summary s = r.summary();
    heading("Summary");
    if (s.reviews() == 0) {
      row("Reviews", "0 (no reviews yet in this range)");
    } else {
      row("Reviews", s.reviews() + ", " + s.correct() + " correct ("
          + percent(StatsReport.Rate.of(s.reviews(), s.correct()).rate()) + ")");
    }
    row("Time spent", duration(s.timeMs()));
    row("Days studied", String.valueOf(s.daysStudied()));
    row("Streak", "current " + days(s.currentStreak()) + ", longest " + days(s.longestStreak()));
    row("True retention", s.trueRetention().reviews() == 0 ? "- (no mature reviews yet)"
        : percent(s.trueRetention().rate()) + " (" + s.trueRetention().passed() + " of "
            + s.trueRetention().reviews() + " mature reviews passed)");
    row("Facts", s.cards() + ", mastered " + s.mastered() + " ("
        + percent(StatsReport.Rate.of(s.cards(), s.mastered()).rate()) + ")");
    row("Last active", s.lastActive() == null ? "never" : s.lastActive().toString());
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }

  private void daily() {
    List<Day> days = r.daily();
    List<Day> recent = days.subList(Math.max(0, days.size() - RECENT_DAYS), days.size());
    heading("Reviews per day (last " + recent.size() + " days)");
    if (recent.isEmpty() || recent.stream().allMatch(d -> d.reviews() == 0)) {
      out.println("  no reviews yet in these days");
      return;
    }
    List<Long> n = new ArrayList<>();
    List<Long> t = new ArrayList<>();
    long max = 0;
    long total = 0;
    long time = 0;
    for (Day d : recent) {
      n.add(d.reviews());
      t.add(d.timeMs());
      max = Math.max(max, d.reviews());
      total += d.reviews();
      time += d.timeMs();
    }
    out.println("  " + recent.get(0).date() + " .. " + recent.get(recent.size() - 1).date());
    out.println("  reviews " + sparkline(n) + "  total " + total + ", max " + max + "/day");
    out.println("  time    " + sparkline(t) + "  total " + duration(time));
  }

  private void heatmap() {
    StatsReport.Heatmap h = r.heatmap();
    heading("Calendar (" + h.start() + " .. " + h.end() + ", one column per week)");
    List<Long> c = h.counts();
    int weeks = (c.size() + 6) / 7;
    char[] months = new char[weeks];
    java.util.Arrays.fill(months, ' ');
    int lastMonth = -1;
    for (int w = 0; w < weeks; w++) {
      LocalDate monday = h.start().plusDays(7L * w);
      if (monday.getMonthValue() != lastMonth) {
        lastMonth = monday.getMonthValue();
        String name = monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        boolean free = w + name.length() <= weeks && (w == 0 || months[w - 1] == ' ');
        for (int k = 0; free && k < name.length(); k++) {
          free = months[w + k] == ' ';
        }
        for (int k = 0; free && k < name.length(); k++) {
          months[w + k] = name.charAt(k);
        }
      }
    }
    out.println(("      " + new String(months)).stripTrailing());
    for (int dow = 0; dow < 7; dow++) {
      StringBuilder sb = new StringBuilder("  ");
      sb.append(DayOfWeek.of(dow + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ');
      for (int w = 0; w < weeks; w++) {
        int i = w * 7 + dow;
        sb.append(i < c.size() ? Charts.shade(c.get(i), h.max()) : ' ');
      }
      out.println(sb.toString().stripTrailing());
    }
    out.println("  less · ░ ▒ ▓ █ more (max " + h.max() + " reviews/day)");
  }

  private void retention() {
    StatsReport.Retention ret = r.retention();
    heading("True retention (passed = not Again; interval = days since last review)");
    out.println("  mature (interval >= 21d): " + rate(ret.mature()) + "   young (1-20d): "
        + rate(ret.young()));
    List<Week> weeks = ret.weeks().stream()
        .filter(w -> w.young().reviews() + w.mature().reviews() > 0).toList();
    List<Week> recent = weeks.subList(Math.max(0, weeks.size() - RECENT_WEEKS), weeks.size());
    out.println();
    out.println("  " + padRight("Week of", 12) + padLeft("Young", 20) + padLeft("Mature", 20)
        + "   (weeks with reviews)");
    for (Week w : recent) {
      out.println("  " + padRight(w.start().toString(), 12) + padLeft(rate(w.young()), 20)
          + padLeft(rate(w.mature()), 20));
    }
    out.println();
    out.println("  " + padRight("Since last review", 18) + padLeft("Reviews", 8)
        + padLeft("Passed", 8) + padLeft("Rate", 8));
    for (IntervalBucket b : ret.byInterval()) {
      out.println(("  " + padRight(b.label(), 18) + padLeft(String.valueOf(b.rate().reviews()), 8)
          + padLeft(String.valueOf(b.rate().passed()), 8) + padLeft(percent(b.rate().rate()), 8)
          + "  " + bar(b.rate().rate() == null ? 0 : b.rate().rate(), 1, BAR)).stripTrailing());
    }
  }

  private static String rate(StatsReport.Rate rate) {
    return rate.reviews() == 0 ? "-" : rate.passed() + "/" + rate.reviews() + " "
        + percent(rate.rate());
  }

  private void forecast() {
    StatsReport.Forecast f = r.forecast();
    heading("Due in the next " + f.days().size() + " days");
    List<Long> n = new ArrayList<>();
    long week = 0;
    long all = 0;
    for (StatsReport.ForecastDay d : f.days()) {
      n.add(d.due());
      all += d.due();
      week += d.offset() < 7 ? d.due() : 0;
    }
    out.println("  " + sparkline(n));
    out.println("  today " + (f.days().isEmpty() ? 0 : f.days().get(0).due()) + " (" + f.overdue()
        + " overdue), next 7 days " + week + ", next 30 days " + all);
  }

  private void mastery() {
    heading("Mastery (facts with stability > 21 days)");
    groups("By source", r.mastery().bySource());
    groups("By language", r.mastery().byLang());
    groups("By kind", r.mastery().byKind());
  }

  private void groups(String title, List<Group> groups) {
    out.println("  " + padRight(title, 30) + padLeft("Facts", 7) + padLeft("Mastered", 10)
        + padLeft("Share", 8));
    for (Group g : groups) {
      out.println(("  " + padRight(clip(g.key(), 29), 30) + padLeft(String.valueOf(g.cards()), 7)
          + padLeft(String.valueOf(g.mastered()), 10) + padLeft(percent(g.share()), 8) + "  "
          + bar(g.share() == null ? 0 : g.share(), 1, 10)).stripTrailing());
    }
    if (groups.isEmpty()) {
      out.println("  (no facts studied yet)");
    }
  }

  private void hardest() {
    heading("Hardest facts (most failures, lowest recall probability)");
    if (r.hardest().isEmpty()) {
      out.println("  (no facts studied yet)");
      return;
    }
    boolean cls = r.classView() != null;
    out.println("  " + padLeft("Failed", 6) + padLeft("Last", 7) + padLeft("Recall", 8) + "  "
        + (cls ? padRight("Learner", 12) : "") + "Fact");
    for (HardFact h : r.hardest()) {
      out.println("  " + padLeft(String.valueOf(h.failures()), 6)
          + padLeft(h.lastResult() == null ? "-" : h.lastResult(), 7)
          + padLeft(h.recallShown() == null ? "-" : percent(h.recallShown()), 8) + "  "
          + (cls ? padRight(clip(h.profile(), 11), 12) : "")
          + clip(h.sentence() == null ? h.cardId() : h.sentence(), cls ? 39 : 51));
    }
  }

  /** Cards suspended as leeches (only when there are some: most learners have none). */
  private void leeches() {
    if (r.leeches().isEmpty()) {
      return;
    }
    heading("Leeches (failed leech_threshold times; unsuspend with u in the bank browser)");
    boolean cls = r.classView() != null;
    out.println("  " + padLeft("Failed", 6) + padLeft("Lapses", 7) + "  " + padRight("State", 10)
        + (cls ? padRight("Learner", 12) : "") + "Fact");
    for (StatsReport.Leech l : r.leeches()) {
      out.println("  " + padLeft(String.valueOf(l.failures()), 6)
          + padLeft(String.valueOf(l.lapses()), 7) + "  "
          + padRight(l.suspended() ? "suspended" : "studied", 10)
          + (cls ? padRight(clip(String.valueOf(l.profile()), 11), 12) : "")
          + clip(l.sentence() == null ? l.cardId() : l.sentence(), cls ? 39 : 51));
    }
  }

  private void memory() {
    heading("Memory state (FSRS)");
    histogram("Stability", r.memory().stability(), "days");
    histogram("Difficulty", r.memory().difficulty(), "");
    histogram("Recall probability now", r.memory().retrievability(), "");
  }

  private void histogram(String title, Histogram h, String unit) {
    String mean = h.mean() == null ? "-" : h.unit().equals("probability") ? percent(h.mean())
        : String.format(Locale.ROOT, "%.1f%s", h.mean(), unit.isEmpty() ? "" : " " + unit);
    out.println("  " + title + " (" + h.count() + " facts, mean " + mean + ")");
    long max = h.bins().stream().mapToLong(Bin::count).max().orElse(0);
    for (Bin b : h.bins()) {
      out.println(("    " + padRight(b.label(), 8) + padLeft(String.valueOf(b.count()), 6) + "  "
          + bar(b.count(), max, BAR)).stripTrailing());
    }
  }

  private void learners() {
    heading("Learners");
    out.println("  " + padRight("Profile", 16) + padLeft("Reviews", 8) + padLeft("Correct", 9)
        + padLeft("Retention", 11) + padLeft("Mastered", 10) + "  Last active");
    for (Learner l : r.classView().learners()) {
      out.println("  " + padRight(clip(l.profile(), 15), 16) + padLeft(String.valueOf(l.reviews()), 8)
          + padLeft(percent(StatsReport.Rate.of(l.reviews(), l.correct()).rate()), 9)
          + padLeft(percent(l.retention().rate()), 11)
          + padLeft(l.mastered() + "/" + l.cards(), 10) + "  "
          + (l.lastActive() == null ? "never" : l.lastActive().toString()));
    }
  }

  private void questions() {
    List<QuestionRow> qs = r.classView().questions();
    heading("Questions, worst first (class share of correct answers)");
    if (qs.isEmpty()) {
      out.println("  no answers yet in this range");
      return;
    }
    out.println("  " + padLeft("Correct", 8) + padLeft("Answers", 9) + padLeft("Learners", 10)
        + "  Question / fact");
    for (QuestionRow q : qs.subList(0, Math.min(MAX_QUESTIONS, qs.size()))) {
      out.println("  " + padLeft(percent(q.share()), 8) + padLeft(String.valueOf(q.answers()), 9)
          + padLeft(String.valueOf(q.learners()), 10) + "  "
          + clip(q.questionId() + (q.sentence() == null ? "" : ": " + q.sentence()), 48));
    }
    if (qs.size() > MAX_QUESTIONS) {
      out.println("  ... and " + (qs.size() - MAX_QUESTIONS) + " more (see --format json or html)");
    }
  }
}
