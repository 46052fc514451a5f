package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.factdrill.tui.Theme.Role;

/** All keys, per screen; scrolls with the arrows when the terminal is short. */
final class HelpView implements View {
  private static final List<String> LINES = List.of(
      "#Everywhere",
      "?          this help            q / Esc   back (quit on Home)",
      "Ctrl-C     quit at once (answers already given are kept)",
      "#Home",
      "Enter      start studying       b   bank browser      o   settings",
      "#Study",
      "cloze      type, Enter checks   ←/→ Home End Backspace Ctrl-U edit",
      "choice     1-9 picks an option  truefalse  t true, f false",
      "timeline   1-9 in date order, earliest first; Backspace unpicks",
      "grading    1 Again 2 Hard 3 Good 4 Easy; Enter takes the marked one",
      "u          undo the last answer (in cloze: when the line is empty; Ctrl-Z always)",
      "q / Esc    leave; an answered, ungraded question is saved with the marked grade",
      "#Summary",
      "Enter      home                 r   study more",
      "#Bank browser",
      "↑/↓ PgUp PgDn  move             Enter  details (provenance, card history)",
      "/          search: words and lang:he kind:date type:choice src:001",
      "d          disable / enable     e   edit the prompt (Enter saves, Esc cancels)",
      "#Import (i on Home)",
      "path       type it; Tab: studied bank / new bank; Enter imports",
      "n          import another     ↑/↓ scroll the per-file lines",
      "#Settings",
      "↑/↓        choose a setting     ←/→ or -/+  change it (saved at once)",
      "n          new profile (type its name, Enter)");
  private final App app;
  private int top;

  HelpView(App app) {
    this.app = app;
  }

  @Override
  public String title() {
    return app.msg("help");
  }

  @Override
  public String hints() {
    return "↑/↓ scroll   q/Esc back";
  }

  @Override
  public boolean key(KeyStroke k) {
    if (k.getKeyType() == KeyType.ArrowDown) {
      top = Math.min(Math.max(0, extraLines()), top + 1);
      return true;
    }
    if (k.getKeyType() == KeyType.ArrowUp) {
      top = Math.max(0, top - 1);
      return true;
    }
    if (App.isChar(k, '?')) {
      return true;
    }
    return false;
  }

  private int lastRows = 24;

  private int extraLines() {
    return LINES.size() - (lastRows - 3);
  }

  @Override
  public void draw(Canvas c) {
    lastRows = c.rows();
    top = Math.max(0, Math.min(top, extraLines()));
    int row = 1;
    List<String> extra = app.extensions().entrySet().stream()
        .map(e -> e.getKey() + "          " + e.getValue().label()).toList();
    for (int i = top; i < LINES.size() && row < c.rows() - 1; i++) {
      String l = LINES.get(i);
      if (l.startsWith("#")) {
        c.text(1, row++, l.substring(1), Role.TITLE);
        if (l.equals("#Home")) {
          for (String x : extra) {
            if (row < c.rows() - 1) {
              c.text(2, row++, x, Role.NORMAL);
            }
          }
        }
      } else {
        c.text(2, row++, TextWidth.fit(l, c.cols() - 3), Role.NORMAL);
      }
    }
  }
}
