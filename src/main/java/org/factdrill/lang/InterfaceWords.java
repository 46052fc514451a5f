package org.factdrill.lang;

import java.util.Map;

/**
 * A pack's interface strings (ui.tsv) and writing direction, read without the rest of the pack:
 * the first frame of the TUI needs these words, not the numerals, CLDR month and currency names
 * and holiday rules whose loading costs tens of milliseconds.
 */
public record InterfaceWords(String code, boolean rightToLeft, Map<String, String> strings,
    Map<String, String> settings) {
  public InterfaceWords {
    strings = Map.copyOf(strings);
    settings = Map.copyOf(settings);
  }

  /** Words without pack settings (locale and interval units default to the code's). */
  public InterfaceWords(String code, boolean rightToLeft, Map<String, String> strings) {
    this(code, rightToLeft, strings, Map.of());
  }

  /** A setting of the pack's pack.tsv ({@code locale}, {@code interval-units}), or null. */
  public String setting(String key) {
    return settings.get(key);
  }

  /** The interface string for {@code key}, or null when this pack has none. */
  public String ui(String key) {
    return strings.get(key);
  }
}
