package org.factdrill.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.factdrill.stats.StatsCalculator;
import org.factdrill.stats.StatsException;
import org.factdrill.stats.StatsReport;
import org.factdrill.stats.StatsScope;

/**
 * The Stats screen: the current profile's statistics, drawn by {@link StatsView}; arrows, PgUp,
 * PgDn, Home and End scroll it so every section is reachable at any terminal size.
 */
final class StatsScreen implements View {
  private final App app;
  private StatsReport report;
  private String error;
  /** First page row shown (clamped when drawn). */
  private int top;
  /** Rows of the last frame's body, for PgUp/PgDn. */
  private int height = 10;
  /** The last first row worth showing, as of the last frame. */
  private int maxTop;

  StatsScreen(App app) {
    this.app = app;
    load();
  }

  private void load() {
    try {
      report = new StatsCalculator(app.store().progress(), app.clock())
          .compute(StatsScope.profile(app.profile().name(), null));
      error = null;
    } catch (StatsException e) {
      report = null;
      error = e.getMessage();
    }
  }

  @Override
  public String title() {
    return app.msg("stats");
  }

  @Override
  public void draw(Canvas c) {
    if (report == null) {
      c.text(1, 2, app.msg("stats_error") + ": " + error, Theme.Role.BAD);
      return;
    }
    height = Math.max(1, c.rows() - 2);
    StatsView v = new StatsView(report, app.messages(), app.theme());
    TerminalSize size = new TerminalSize(c.cols(), height);
    maxTop = v.maxTop(size);
    top = v.draw(c.region(1, height), size, top);
  }

  @Override
  public String hints() {
    return app.msg("hints.stats");
  }

  @Override
  public boolean key(KeyStroke k) {
    switch (k.getKeyType()) {
      case ArrowDown -> top = Math.min(maxTop, top + 1);
      case ArrowUp -> top = Math.max(0, top - 1);
      case PageDown -> top = Math.min(maxTop, top + Math.max(1, height - 1));
      case PageUp -> top = Math.max(0, top - Math.max(1, height - 1));
      case Home -> top = 0;
      case End -> top = maxTop;
      case Character -> {
        if (k.getCharacter() == 'r') {
          load();
          return true;
        }
        if (k.getCharacter() == 'j' || k.getCharacter() == 'k') {
          top = k.getCharacter() == 'j' ? Math.min(maxTop, top + 1) : Math.max(0, top - 1);
          return true;
        }
        return false;
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  public void resume() {
    load();
  }
}
