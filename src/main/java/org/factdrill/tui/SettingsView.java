package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Locale;
import org.factdrill.store.StoreException;
import org.factdrill.study.Dashboard;
import org.factdrill.tui.Theme.Role;

/**
 * Settings of the current profile, saved at once (Store.putSetting): desired retention, new cards
 * per day, interface language; and which profile is studying (switch, or create with n).
 */
final class SettingsView implements View {
  private static final int ROWS = 4;
  private final App app;
  private int selected;
  private LineEditor newProfile;
  private List<String> profiles;

  SettingsView(App app) throws StoreException {
    this.app = app;
    this.profiles = Dashboard.profileNames(app.store());
  }

  @Override
  public String title() {
    return app.msg("settings");
  }

  @Override
  public boolean typing() {
    return newProfile != null;
  }

  @Override
  public String hints() {
    return newProfile != null ? app.msg("hints.new_profile") : app.msg("hints.settings");
  }

  @Override
  public boolean key(KeyStroke k) throws StoreException {
    if (newProfile != null) {
      if (k.getKeyType() == KeyType.Enter) {
        String name = newProfile.text().strip();
        newProfile = null;
        if (!name.isEmpty()) {
          app.useProfile(app.store().profile(name, app.clock().instant()));
          profiles = Dashboard.profileNames(app.store());
          app.flash(app.msg("profile") + ": " + name, Role.GOOD);
        }
      } else if (k.getKeyType() == KeyType.Escape) {
        newProfile = null;
      } else {
        newProfile.key(k);
      }
      return true;
    }
    if (k.getKeyType() == KeyType.ArrowDown) {
      selected = (selected + 1) % ROWS;
      return true;
    }
    if (k.getKeyType() == KeyType.ArrowUp) {
      selected = (selected + ROWS - 1) % ROWS;
      return true;
    }
    if (App.isChar(k, 'n')) {
      newProfile = new LineEditor("");
      return true;
    }
    int dir = k.getKeyType() == KeyType.ArrowRight || App.isChar(k, '+') || App.isChar(k, '=')
        ? 1 : k.getKeyType() == KeyType.ArrowLeft || App.isChar(k, '-') ? -1 : 0;
    if (dir == 0) {
      return false;
    }
    change(dir);
    return true;
  }

  private void change(int dir) throws StoreException {
    switch (selected) {
      case 0 -> {
        double r = Math.round(app.settings().desiredRetention() * 100) + dir;
        r = Math.max(70, Math.min(99, r));
        app.putSetting("desired_retention", String.format(Locale.ROOT, "%.2f", r / 100));
      }
      case 1 -> {
        int n = Math.max(0, Math.min(500, app.settings().newPerDay() + 5 * dir));
        app.putSetting("new_per_day", String.valueOf(n));
      }
      case 2 -> {
        int i = Math.max(0, profiles.indexOf(app.profile().name()));
        String name = profiles.get((i + dir + profiles.size()) % profiles.size());
        app.useProfile(app.store().profile(name, app.clock().instant()));
      }
      default -> {
        List<String> langs = Messages.LANGUAGES;
        int i = langs.indexOf(app.messages().lang());
        app.putSetting("ui_language", langs.get((i + dir + langs.size()) % langs.size()));
      }
    }
    app.flash(app.msg("saved"), Role.GOOD);
  }

  @Override
  public void draw(Canvas c) {
    String[] labels = {app.msg("retention_setting"), app.msg("new_per_day"), app.msg("profile"),
        app.msg("ui_language")};
    String[] values = {
        String.format(Locale.ROOT, "%.0f%%", 100 * app.settings().desiredRetention()),
        String.valueOf(app.settings().newPerDay()),
        app.profile().name() + "   (" + profiles.size() + " "
            + app.msg(profiles.size() == 1 ? "profile_count_one" : "profile_count") + ": "
            + String.join(", ", profiles) + ")",
        app.messages().lang()};
    String[] notes = {app.msg("retention_note"), app.msg("new_per_day_note"),
        app.msg("profile_note"), app.msg("ui_language_note")};
    int row = 2;
    for (int i = 0; i < ROWS; i++) {
      boolean sel = i == selected;
      if (sel) {
        c.fill(1, row, c.cols() - 2, Role.SELECTED);
      }
      c.text(2, row, TextWidth.pad(labels[i], 24), sel ? Role.SELECTED : Role.NORMAL);
      c.text(27, row, "◂ " + TextWidth.fit(values[i], c.cols() - 33) + " ▸",
          sel ? Role.SELECTED : Role.TITLE);
      c.text(4, row + 1, notes[i], Role.DIM);
      row += 3;
    }
    if (newProfile != null) {
      int end = c.text(2, row, app.msg("new_profile") + ": ", Role.TITLE);
      c.text(end, row, newProfile.withCursor("▏"), Role.KEY);
    }
  }
}
