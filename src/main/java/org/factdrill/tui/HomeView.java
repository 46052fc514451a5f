package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.factdrill.store.StoreException;
import org.factdrill.study.Dashboard;
import org.factdrill.study.Dashboard.Figures;
import org.factdrill.study.Dashboard.SourceShare;
import org.factdrill.tui.Theme.Role;

/** Home: progress at a glance (due, new, today, streak, retention, forecast, per source). */
final class HomeView implements View {
  /**
   * Home re-reads its figures this often while it is shown, so a card that falls due (a
   * learning step ending, a review coming due at noon) appears without a key being pressed.
   */
  static final Duration REFRESH_EVERY = Duration.ofSeconds(30);
  private static final String[] BLOCKS = {" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  private final App app;
  private Figures figures;
  /** When the figures were last read, on the app's clock. */
  private Instant readAt;

  HomeView(App app) throws StoreException {
    this.app = app;
    // The first frame shows what is due from a few indexed queries; the streak and retention
    // (one query per day of the streak, a scan of 30 days of answers) follow in settle().
    figures = figures(Dashboard.Detail.FIRST_FRAME);
    readAt = app.clock().instant();
  }

  /** Re-reads the figures once {@link #REFRESH_EVERY} has passed on the app's clock. */
  @Override
  public boolean tick() {
    if (app.clock().instant().isBefore(readAt.plus(REFRESH_EVERY))) {
      return false;
    }
    try {
      refresh();
    } catch (StoreException e) {
      readAt = app.clock().instant(); // try again a period later; the figures stay as they were
      app.flash(e.getMessage(), Role.BAD);
    }
    return true;
  }

  @Override
  public boolean settle() throws StoreException {
    if (figures.streakDays() >= 0) {
      return false;
    }
    refresh();
    return true;
  }

  private void refresh() throws StoreException {
    figures = figures(Dashboard.Detail.ALL);
    readAt = app.clock().instant();
  }

  private Figures figures(Dashboard.Detail detail) throws StoreException {
    return Dashboard.figures(app.store(), app.profile(), app.bankReady() ? app.bank() : null,
        app.settings(), app.clock(), detail);
  }

  @Override
  public void resume() throws StoreException {
    refresh();
  }

  @Override
  public String title() {
    return app.msg("home");
  }

  @Override
  public String hints() {
    StringBuilder b = new StringBuilder(app.msg("hints.home"));
    app.extensions().forEach((k, e) -> b.append("  ").append(k).append(' ').append(app.msg(e.label())));
    return b.append("  ").append(app.msg("hints.help_quit")).toString();
  }

  @Override
  public boolean key(KeyStroke k) throws StoreException {
    if (k.getKeyType() == KeyType.Enter || App.isChar(k, ' ')) {
      StudyView v = new StudyView(app);
      app.push(v);
      return true;
    }
    if (App.isChar(k, 'b')) {
      app.push(new BankView(app));
      return true;
    }
    if (App.isChar(k, 'c')) {
      app.push(new CustomStudyView(app));
      return true;
    }
    if (App.isChar(k, 'o')) {
      app.push(new SettingsView(app));
      return true;
    }
    if (k.getKeyType() == KeyType.Character && !k.isCtrlDown()
        && app.extensions().containsKey(k.getCharacter())) {
      app.push(app.extensions().get(k.getCharacter()).factory().apply(app));
      return true;
    }
    return false;
  }

  @Override
  public void draw(Canvas c) {
    Figures f = figures;
    int row = 2;
    int colW = (c.cols() - 2) / 3;
    stat(c, 2, row, app.msg("due_now"), String.valueOf(f.dueNow()), f.dueNow() > 0);
    stat(c, 2 + colW, row, app.msg("due_today"), String.valueOf(f.dueToday()), false);
    stat(c, 2 + 2 * colW, row, app.msg("new"), f.unseen() < 0 ? "…"
        : f.newAvailable() + " / " + f.unseen(), false);
    row++;
    stat(c, 2, row, app.msg("reviews_today"), String.valueOf(f.reviewsToday()), false);
    boolean settled = f.streakDays() >= 0;
    stat(c, 2 + colW, row, app.msg("streak"), settled ? f.streakDays() + app.msg("days_short") : "…", false);
    stat(c, 2 + 2 * colW, row, app.msg("retention"), !settled ? "…"
        : f.retention30() == null ? "–"
        : String.format(Locale.ROOT, "%.0f%%", 100 * f.retention30()), false);
    row++;
    if (f.leeches() > 0) {
      c.text(2, row, TextWidth.fit(app.msg("leeches_suspended", f.leeches()), c.cols() - 4),
          Role.WARN);
    }
    row++;
    c.text(2, row++, app.msg("forecast"), Role.TITLE);
    row = forecast(c, row, f.forecast());
    row++;
    if (row < c.rows() - 2) {
      c.text(2, row++, app.msg("learned"), Role.TITLE);
    }
    if (f.unseen() < 0 && row < c.rows() - 2) {
      c.text(2, row++, app.msg("loading_bank"), Role.DIM);
    }
    int nameW = Math.min(30, (c.cols() - 4) / 3);
    int barW = Math.max(10, c.cols() - 4 - nameW - 16);
    int shown = 0;
    for (SourceShare s : f.sources()) {
      if (row >= c.rows() - 2) {
        int left = f.sources().size() - shown;
        c.text(2, row - 1, TextWidth.pad("… " + app.msg("more_sources", left), c.cols() - 4), Role.DIM);
        break;
      }
      c.text(2, row, app.embed(TextWidth.fit(app.sourceTitle(s.source()), nameW)), Role.NORMAL);
      int filled = s.total() == 0 ? 0 : (int) Math.round(barW * (double) s.learned() / s.total());
      c.text(3 + nameW, row, "█".repeat(filled), Role.GOOD);
      c.text(3 + nameW + filled, row, "░".repeat(barW - filled), Role.DIM);
      c.text(4 + nameW + barW, row, s.learned() + "/" + s.total() + String.format(Locale.ROOT,
          " %3.0f%%", s.total() == 0 ? 0.0 : 100.0 * s.learned() / s.total()), Role.NORMAL);
      row++;
      shown++;
    }
    if (f.dueNow() == 0 && f.newAvailable() == 0) {
      c.text(2, c.rows() - 2, app.msg("nothing_due"), Role.DIM);
    }
  }

  private static void stat(Canvas c, int col, int row, String label, String value, boolean hot) {
    int end = c.text(col, row, label + " ", Role.DIM);
    c.text(end, row, value, hot ? Role.HIGHLIGHT : Role.TITLE);
  }

  /** A 3-row bar chart of the 30-day forecast, two columns per day, with its scale. */
  private int forecast(Canvas c, int row, int[] days) {
    int max = 1;
    for (int d : days) {
      max = Math.max(max, d);
    }
    int total = 0;
    for (int d : days) {
      total += d;
    }
    if (total == 0) {
      c.text(2, row, app.msg("nothing_ahead"), Role.DIM);
      return row + 1;
    }
    int height = 3;
    int perDay = c.cols() >= 2 + 2 * days.length + 10 ? 2 : 1;
    for (int h = 0; h < height; h++) {
      int r = row + h;
      int level = height - 1 - h;
      for (int i = 0; i < days.length; i++) {
        int eighths = (int) Math.round(8.0 * height * days[i] / max);
        if (days[i] > 0 && eighths == 0) {
          eighths = 1;
        }
        int here = Math.max(0, Math.min(8, eighths - 8 * level));
        for (int j = 0; j < perDay - (perDay > 1 ? 1 : 0); j++) {
          c.put(2 + i * perDay + j, r, BLOCKS[here], 1, i == 0 ? Role.HIGHLIGHT : Role.BAR);
        }
      }
    }
    int axis = row + height;
    int end = 2 + days.length * perDay;
    c.text(2, axis, app.msg("today") + " " + days[0], Role.DIM);
    c.textRight(end, axis, "+" + days.length + app.msg("days_short"), Role.DIM);
    c.text(end + 1, row, app.msg("max") + " " + max, Role.DIM);
    return axis + 1;
  }
}
