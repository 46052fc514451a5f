package org.factdrill.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.factdrill.tui.Theme.Role;

/** All keys, per screen; scrolls with the arrows when the terminal is short. */
final class HelpView implements View {
  /** ui.tsv keys (tui.KEY) of the help lines; "#" marks a heading. */
  private static final List<String> LINES = List.of(
      "#h_everywhere",
      "help_back",
      "help_ctrlc",
      "#home",
      "help_home",
      "help_custom",
      "#study",
      "help_cloze",
      "help_choice",
      "help_timeline",
      "help_grading",
      "help_undo",
      "help_leave",
      "#summary",
      "help_summary",
      "#bank",
      "help_bank_move",
      "help_bank_search",
      "help_bank_edit",
      "help_bank_fields",
      "help_bank_leech",
      "#h_import",
      "help_import_path",
      "help_import_more",
      "#settings",
      "help_settings_move",
      "help_settings_new");
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
    return app.msg("hints.help");
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
        .map(e -> e.getKey() + "          " + app.msg(e.getValue().label())).toList();
    for (int i = top; i < LINES.size() && row < c.rows() - 1; i++) {
      String key = LINES.get(i);
      if (key.startsWith("#")) {
        c.text(1, row++, app.msg(key.substring(1)), Role.TITLE);
        if (key.equals("#home")) {
          for (String x : extra) {
            if (row < c.rows() - 1) {
              c.text(2, row++, x, Role.NORMAL);
            }
          }
        }
      } else {
        c.text(2, row++, TextWidth.fit(app.msg(key), c.cols() - 3), Role.NORMAL);
      }
    }
  }
}
