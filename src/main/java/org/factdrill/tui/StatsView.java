package org.factdrill.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdrill.stats.Charts;
import org.factdrill.stats.StatsReport;
import org.factdrill.stats.StatsReport.Day;
import org.factdrill.stats.StatsReport.ForecastDay;
import org.factdrill.stats.StatsReport.HardFact;
import org.factdrill.stats.StatsReport.Summary;
import org.factdrill.tui.Theme.Role;

/**
 * The Stats screen: draws a {@link StatsReport} onto a Lanterna {@link TextGraphics} of a given
 * size: the summary, bar charts of reviews per day and of the due forecast, the calendar heatmap
 * and the hardest facts, in the interface language and its direction (through {@link Canvas}).
 * It only draws (no input, no refresh), so the caller owns navigation: every section is laid out
 * on a page as tall as it needs, and the caller picks the first row shown
 * ({@link #draw(TextGraphics, TerminalSize, int)}), so all of it is reachable at any terminal
 * size. Below {@link #MIN_COLUMNS} x {@link #MIN_ROWS} it says how big the terminal must be.
 */
public final class StatsView {
  public static final int MIN_COLUMNS = 40;
  public static final int MIN_ROWS = 12;
  private static final String[] EIGHTHS = {" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  private static final int CHART_ROWS = 4;
  private static final Role[] HEAT = {Role.DIM, Role.GOOD, Role.GOOD, Role.HIGHLIGHT,
      Role.HIGHLIGHT};

  private final StatsReport report;
  private final Messages words;
  private final Theme theme;

  /** The report in English, in colour. */
  public StatsView(StatsReport report) {
    this(report, new Messages("en"), Theme.colour());
  }

  /** The report in the interface language {@code words}, styled by {@code theme}. */
  public StatsView(StatsReport report, Messages words, Theme theme) {
    this.report = report;
    this.words = words;
    this.theme = theme;
  }

  /** Rows the page is laid out on (more than every section together needs). */
  private static final int PAGE_ROWS = 400;

  /** Clears {@code g} to {@code size} and draws the top of the screen; the caller refreshes. */
  public void draw(TextGraphics g, TerminalSize size) {
    draw(g, size, 0);
  }

  /**
   * Clears {@code g} to {@code size} and draws the page from row {@code top} (clamped to
   * {@code 0..}{@link #maxTop}); returns the row actually shown first.
   */
  public int draw(TextGraphics g, TerminalSize size, int top) {
    int cols = size.getColumns();
    int rows = size.getRows();
    g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    g.setForegroundColor(TextColor.ANSI.DEFAULT);
    g.fillRectangle(new com.googlecode.lanterna.TerminalPosition(0, 0), size, ' ');
    if (cols < MIN_COLUMNS || rows < MIN_ROWS) {
      new Canvas(g, theme, cols, rows, words.rtl()).text(0, 0,
          words.get("stats.too_small", MIN_COLUMNS + "x" + MIN_ROWS, cols + "x" + rows),
          Role.NORMAL);
      return 0;
    }
    var page = new com.googlecode.lanterna.graphics.BasicTextImage(cols, PAGE_ROWS);
    int height = page(canvas(page, cols));
    int first = Math.max(0, Math.min(top, height - rows));
    g.drawImage(com.googlecode.lanterna.TerminalPosition.TOP_LEFT_CORNER, page,
        new com.googlecode.lanterna.TerminalPosition(0, first), new TerminalSize(cols, rows));
    return first;
  }

  private Canvas canvas(com.googlecode.lanterna.graphics.BasicTextImage page, int cols) {
    return new Canvas(page.newTextGraphics(), theme, cols, PAGE_ROWS, words.rtl());
  }

  /** The last first row worth showing at {@code size}: the page's end is then at the bottom. */
  public int maxTop(TerminalSize size) {
    var page = new com.googlecode.lanterna.graphics.BasicTextImage(size.getColumns(), PAGE_ROWS);
    return Math.max(0, page(canvas(page, size.getColumns())) - size.getRows());
  }

  /** Lays out every section from row 0; returns the number of rows used. */
  private int page(Canvas c) {
    int cols = c.cols();
    StatsReport.Meta m = report.meta();
    String who = m.scope().equals("class") ? words.get("stats.class")
        : String.join(", ", m.profiles());
    String head = words.get("stats.title", Messages.isolate(who));
    int end = c.text(0, 0, head, Role.TITLE);
    String today = words.get("today") + " " + m.today();
    if (cols > end + TextWidth.width(today) + 2) {
      c.textRight(cols, 0, today, Role.DIM);
    }
    Summary s = report.summary();
    if (s.reviews() == 0 && s.cards() == 0) {
      c.text(0, 2, words.get("stats.empty"), Role.NORMAL);
      c.text(0, 3, words.get("stats.empty_hint"), Role.DIM);
      return 4;
    }
    String d = words.get("days_short");
    int y = 1;
    c.text(0, y++, words.get("stats.summary", s.reviews(),
        Charts.percent(StatsReport.Rate.of(s.reviews(), s.correct()).rate()),
        Charts.duration(s.timeMs())), Role.NORMAL);
    c.text(0, y++, words.get("stats.streak", s.currentStreak() + d, s.longestStreak() + d,
        Charts.percent(s.trueRetention().rate()), s.mastered() + "/" + s.cards()), Role.NORMAL);

    int chartWidth = Math.min(30, cols - 8);
    y++;
    List<Day> daily = report.daily();
    List<Day> recent = daily.subList(Math.max(0, daily.size() - chartWidth), daily.size());
    List<Long> v = new ArrayList<>();
    recent.forEach(x -> v.add(x.reviews()));
    String title = s.reviews() == 0 ? words.get("stats.reviews_none")
        : words.get("stats.reviews", recent.size());
    y = chart(c, y, title, v, recent.isEmpty() ? m.today() : recent.get(0).date(),
        words.get("today"), Role.BAR);
    y++;
    List<Long> due = new ArrayList<>();
    for (ForecastDay f : report.forecast().days()) {
      if (due.size() < chartWidth) {
        due.add(f.due());
      }
    }
    y = chart(c, y, words.get("stats.due", due.size(), report.forecast().overdue()), due,
        m.today(), "+" + (due.size() - 1) + d, Role.WARN);
    y++;
    y = heatmap(c, y);
    if (!report.hardest().isEmpty()) {
      y++;
      c.text(0, y++, words.get("stats.hardest"), Role.TITLE);
      for (HardFact h : report.hardest()) {
        String last = h.lastResult() == null ? "-"
            : words.get("grade." + h.lastResult().toLowerCase(Locale.ROOT));
        String head2 = String.format(Locale.ROOT, "%3d %-5s %6s  ", h.failures(),
            TextWidth.fit(last, 5), h.recallShown() == null ? "-" : Charts.percent(h.recallShown()));
        String text = h.sentence() == null ? h.cardId() : h.sentence();
        int w = TextWidth.width(head2);
        c.text(0, y, head2, Role.DIM);
        c.text(w, y++, Messages.isolate(TextWidth.fit(text, cols - w)), Role.NORMAL);
      }
    }
    return leeches(c, y);
  }

  /** Cards tagged leech (failures, lapses, suspended or studied again), as `stats` lists them. */
  private int leeches(Canvas c, int y) {
    if (report.leeches().isEmpty()) {
      return y;
    }
    y++;
    c.text(0, y++, words.get("stats.leeches", report.leeches().size()), Role.TITLE);
    for (StatsReport.Leech l : report.leeches()) {
      String state = words.get(l.suspended() ? "stats.leech_suspended" : "stats.leech_studied");
      String head2 = String.format(Locale.ROOT, "%3d %3d %-9s  ", l.failures(), l.lapses(),
          TextWidth.fit(state, 9));
      String text = l.sentence() == null ? l.cardId() : l.sentence();
      int w = TextWidth.width(head2);
      c.text(0, y, head2, Role.DIM);
      c.text(w, y++, Messages.isolate(TextWidth.fit(text, c.cols() - w)), Role.NORMAL);
    }
    return y;
  }

  /** A bar chart {@code CHART_ROWS} high in eighth blocks, one column per value. */
  private int chart(Canvas c, int y, String title, List<Long> values, LocalDate first,
      String lastLabel, Role color) {
    int cols = c.cols();
    long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
    c.text(0, y++, title, Role.TITLE);
    String top = String.valueOf(max);
    int left = top.length() + 1;
    for (int r = 0; r < CHART_ROWS; r++) {
      String label = r == 0 ? top : r == CHART_ROWS - 1 ? "0" : "";
      c.textRight(left - 1, y + r, label, Role.DIM);
    }
    for (int i = 0; i < values.size() && left + i < cols; i++) {
      long eighths = max == 0 ? 0 : Math.round((double) values.get(i) / max * CHART_ROWS * 8);
      if (values.get(i) > 0) {
        eighths = Math.max(1, eighths);
      }
      for (int r = 0; r < CHART_ROWS; r++) {
        long fromBottom = CHART_ROWS - 1 - r;
        long cell = Math.max(0, Math.min(8, eighths - fromBottom * 8));
        c.put(left + i, y + r, EIGHTHS[(int) cell], 1, color);
      }
    }
    y += CHART_ROWS;
    String a = first.toString();
    c.text(left, y, a, Role.DIM);
    int end = left + values.size();
    int lw = TextWidth.width(lastLabel);
    if (end - lw > left + a.length() + 1 && end <= cols) {
      c.textRight(end, y, lastLabel, Role.DIM);
    }
    return y + 1;
  }

  private int heatmap(Canvas c, int y) {
    StatsReport.Heatmap hm = report.heatmap();
    List<Long> counts = hm.counts();
    int totalWeeks = (counts.size() + 6) / 7;
    int weeks = Math.min(totalWeeks, c.cols() - 4);
    int firstWeek = totalWeeks - weeks;
    c.text(0, y++, words.get("stats.calendar", weeks, hm.max()), Role.TITLE);
    String[] names = words.get("stats.weekdays").split(" ");
    for (int dow = 0; dow < 7; dow++) {
      if (dow % 2 == 0 && dow < names.length) {
        c.text(0, y + dow, TextWidth.fit(names[dow], 2), Role.DIM);
      }
      for (int w = 0; w < weeks; w++) {
        int i = (firstWeek + w) * 7 + dow;
        if (i >= counts.size()) {
          continue;
        }
        c.put(3 + w, y + dow, String.valueOf(Charts.shade(counts.get(i), hm.max())), 1,
            HEAT[Charts.level(counts.get(i), hm.max())]);
      }
    }
    return y + 7;
  }
}
