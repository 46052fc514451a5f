package org.factdrill.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.ibm.icu.text.Bidi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.stats.Charts;
import org.factdrill.stats.StatsReport;
import org.factdrill.stats.StatsReport.Day;
import org.factdrill.stats.StatsReport.ForecastDay;
import org.factdrill.stats.StatsReport.HardFact;
import org.factdrill.stats.StatsReport.Summary;

/**
 * The Stats screen: draws a {@link StatsReport} onto a Lanterna {@link TextGraphics} of a given
 * size: the summary, bar charts of reviews per day and of the due forecast, the calendar heatmap
 * and the hardest facts. It only draws (no input, no refresh), so the caller owns navigation:
 * every section is laid out on a page as tall as it needs, and the caller picks the first row
 * shown ({@link #draw(TextGraphics, TerminalSize, int)}), so all of it is reachable at any
 * terminal size. Below {@link #MIN_COLUMNS} x {@link #MIN_ROWS} it says how big the terminal
 * must be.
 */
public final class StatsView {
  public static final int MIN_COLUMNS = 40;
  public static final int MIN_ROWS = 12;
  private static final char[] EIGHTHS = {' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};
  private static final int CHART_ROWS = 4;
  private static final TextColor[] HEAT = {TextColor.ANSI.BLACK_BRIGHT, TextColor.ANSI.GREEN,
      TextColor.ANSI.GREEN, TextColor.ANSI.GREEN_BRIGHT, TextColor.ANSI.GREEN_BRIGHT};

  private final StatsReport report;

  public StatsView(StatsReport report) {
    this.report = report;
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
      put(g, 0, 0, Charts.clip("Terminal too small for stats: need " + MIN_COLUMNS + "x" + MIN_ROWS
          + ", have " + cols + "x" + rows, cols), cols);
      return 0;
    }
    var page = new com.googlecode.lanterna.graphics.BasicTextImage(cols, PAGE_ROWS);
    int height = page(page.newTextGraphics(), cols, PAGE_ROWS);
    int first = Math.max(0, Math.min(top, height - rows));
    g.drawImage(com.googlecode.lanterna.TerminalPosition.TOP_LEFT_CORNER, page,
        new com.googlecode.lanterna.TerminalPosition(0, first), new TerminalSize(cols, rows));
    return first;
  }

  /** The last first row worth showing at {@code size}: the page's end is then at the bottom. */
  public int maxTop(TerminalSize size) {
    var page = new com.googlecode.lanterna.graphics.BasicTextImage(size.getColumns(), PAGE_ROWS);
    return Math.max(0, page(page.newTextGraphics(), size.getColumns(), PAGE_ROWS)
        - size.getRows());
  }

  /** Lays out every section from row 0; returns the number of rows used. */
  private int page(TextGraphics g, int cols, int rows) {
    StatsReport.Meta m = report.meta();
    String who = m.scope().equals("class") ? "class" : String.join(", ", m.profiles());
    g.enableModifiers(SGR.BOLD);
    put(g, 0, 0, "Stats: " + who, cols);
    g.disableModifiers(SGR.BOLD);
    String today = "today " + m.today();
    if (cols > who.length() + 8 + today.length() + 2) {
      put(g, cols - today.length(), 0, today, today.length());
    }
    Summary s = report.summary();
    if (s.reviews() == 0 && s.cards() == 0) {
      put(g, 0, 2, "No reviews yet.", cols);
      put(g, 0, 3, "Study a few questions and your progress will show here.", cols);
      return 4;
    }
    int y = 1;
    put(g, 0, y++, "Reviews " + s.reviews() + " · correct "
        + Charts.percent(StatsReport.Rate.of(s.reviews(), s.correct()).rate()) + " · time "
        + Charts.duration(s.timeMs()), cols);
    put(g, 0, y++, "Streak " + s.currentStreak() + "d (best " + s.longestStreak()
        + "d) · retention " + Charts.percent(s.trueRetention().rate()) + " · mastered "
        + s.mastered() + "/" + s.cards(), cols);

    int chartWidth = Math.min(30, cols - 8);
    int need = 1 + CHART_ROWS + 1;
    if (y + 1 + need <= rows) {
      y++;
      List<Day> daily = report.daily();
      List<Day> recent = daily.subList(Math.max(0, daily.size() - chartWidth), daily.size());
      List<Long> v = new ArrayList<>();
      recent.forEach(d -> v.add(d.reviews()));
      String title = s.reviews() == 0 ? "Reviews per day: no reviews yet in this range"
          : "Reviews per day, last " + recent.size() + " days";
      y = chart(g, y, cols, title, v, recent.isEmpty() ? m.today() : recent.get(0).date(), "today",
          TextColor.ANSI.BLUE_BRIGHT);
    }
    if (y + 1 + need <= rows) {
      y++;
      List<Long> v = new ArrayList<>();
      for (ForecastDay d : report.forecast().days()) {
        if (v.size() < chartWidth) {
          v.add(d.due());
        }
      }
      y = chart(g, y, cols, "Due, next " + v.size() + " days (" + report.forecast().overdue()
          + " overdue)", v, m.today(), "+" + (v.size() - 1) + "d", TextColor.ANSI.YELLOW);
    }
    if (y + 1 + 8 <= rows) {
      y++;
      y = heatmap(g, y, cols);
    }
    if (y + 3 <= rows && !report.hardest().isEmpty()) {
      y++;
      g.enableModifiers(SGR.BOLD);
      put(g, 0, y++, "Hardest facts (failures, last answer, recall now)", cols);
      g.disableModifiers(SGR.BOLD);
      for (HardFact h : report.hardest()) {
        if (y >= rows) {
          break;
        }
        String head = String.format("%3d %-5s %6s  ", h.failures(),
            h.lastResult() == null ? "-" : h.lastResult(),
            h.recallShown() == null ? "-" : Charts.percent(h.recallShown()));
        String text = h.sentence() == null ? h.cardId() : h.sentence();
        put(g, 0, y++, head + visual(Charts.clip(text, cols - head.length())), cols);
      }
    }
    return y;
  }

  /** A bar chart {@code CHART_ROWS} high in eighth blocks, one column per value. */
  private int chart(TextGraphics g, int y, int cols, String title, List<Long> values,
      LocalDate first, String lastLabel, TextColor color) {
    long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
    g.enableModifiers(SGR.BOLD);
    put(g, 0, y++, title, cols);
    g.disableModifiers(SGR.BOLD);
    String top = String.valueOf(max);
    int left = top.length() + 1;
    for (int r = 0; r < CHART_ROWS; r++) {
      String label = r == 0 ? top : r == CHART_ROWS - 1 ? "0" : "";
      put(g, left - 1 - label.length(), y + r, label, label.length());
    }
    g.setForegroundColor(color);
    for (int i = 0; i < values.size() && left + i < cols; i++) {
      long eighths = max == 0 ? 0 : Math.round((double) values.get(i) / max * CHART_ROWS * 8);
      if (values.get(i) > 0) {
        eighths = Math.max(1, eighths);
      }
      for (int r = 0; r < CHART_ROWS; r++) {
        long fromBottom = CHART_ROWS - 1 - r;
        long cell = Math.max(0, Math.min(8, eighths - fromBottom * 8));
        g.setCharacter(left + i, y + r, EIGHTHS[(int) cell]);
      }
    }
    g.setForegroundColor(TextColor.ANSI.DEFAULT);
    y += CHART_ROWS;
    String a = first.toString();
    put(g, left, y, a, cols - left);
    int end = left + values.size();
    if (end - lastLabel.length() > left + a.length() + 1 && end <= cols) {
      put(g, end - lastLabel.length(), y, lastLabel, lastLabel.length());
    }
    return y + 1;
  }

  private int heatmap(TextGraphics g, int y, int cols) {
    StatsReport.Heatmap hm = report.heatmap();
    List<Long> c = hm.counts();
    int totalWeeks = (c.size() + 6) / 7;
    int weeks = Math.min(totalWeeks, cols - 4);
    int firstWeek = totalWeeks - weeks;
    g.enableModifiers(SGR.BOLD);
    put(g, 0, y++, "Calendar, last " + weeks + " weeks (max " + hm.max() + "/day)", cols);
    g.disableModifiers(SGR.BOLD);
    String[] names = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    for (int dow = 0; dow < 7; dow++) {
      if (dow % 2 == 0) {
        put(g, 0, y + dow, names[dow], 2);
      }
      for (int w = 0; w < weeks; w++) {
        int i = (firstWeek + w) * 7 + dow;
        if (i >= c.size()) {
          continue;
        }
        int level = Charts.level(c.get(i), hm.max());
        g.setForegroundColor(HEAT[level]);
        g.setCharacter(3 + w, y + dow, Charts.shade(c.get(i), hm.max()));
      }
    }
    g.setForegroundColor(TextColor.ANSI.DEFAULT);
    return y + 7;
  }

  /** Right-to-left runs (Hebrew) in display order, since the terminal draws cells left to right. */
  static String visual(String logical) {
    Bidi bidi = new Bidi(logical, Bidi.LEVEL_DEFAULT_LTR);
    if (bidi.isLeftToRight()) {
      return logical;
    }
    return bidi.writeReordered(Bidi.DO_MIRRORING);
  }

  private static void put(TextGraphics g, int x, int y, String s, int max) {
    g.putString(x, y, Charts.fit(s, Math.max(0, max)));
  }
}
