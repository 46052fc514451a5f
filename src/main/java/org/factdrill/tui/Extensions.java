package org.factdrill.tui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Extra screens opened from Home by one key, registered in this one place. The statistics screen
 * plugs in here: {@code screens.put('s', new Extension("Stats", StatsView::new))}, where the
 * view's constructor takes the {@link App} (store, profile, bank, clock, theme are on it).
 */
public final class Extensions {
  private Extensions() {}

  /** A screen reachable from Home: its label's ui.tsv key (tui.KEY) and how to build it. */
  public record Extension(String label, Function<App, View> factory) {}

  /** The registered screens by key, in hint order. */
  public static Map<Character, Extension> defaults() {
    Map<Character, Extension> screens = new LinkedHashMap<>();
    screens.put('s', new Extension("stats", StatsScreen::new));
    screens.put('i', new Extension("import", ImportView::new));
    return screens;
  }
}
