package org.factdrill.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.factdrill.stats.StatsCalculator;
import org.factdrill.stats.StatsException;
import org.factdrill.stats.StatsReport;
import org.factdrill.stats.StatsScope;

/** The Stats screen: the current profile's statistics, drawn by {@link StatsView}. */
final class StatsScreen implements View {
  private final App app;
  private StatsReport report;
  private String error;

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
    int height = c.rows() - 2;
    new StatsView(report).draw(c.region(1, height), new TerminalSize(c.cols(), height));
  }

  @Override
  public String hints() {
    return app.msg("hints.stats");
  }

  @Override
  public boolean key(KeyStroke k) {
    if (k.getKeyType() == KeyType.Character && k.getCharacter() == 'r') {
      load();
      return true;
    }
    return false;
  }

  @Override
  public void resume() {
    load();
  }
}
