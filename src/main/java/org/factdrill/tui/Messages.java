package org.factdrill.tui;

import java.util.List;
import org.factdrill.lang.InterfaceWords;
import org.factdrill.lang.LanguagePacks;

/**
 * The few words of the interface in each language pack's ui.tsv (setting "ui_language"). Keys,
 * numbers and question text are not translated; a missing translation falls back to English.
 */
public final class Messages {
  /** Interface languages offered in Settings: every language pack. */
  public static final List<String> LANGUAGES = LanguagePacks.codes();

  private final String lang;

  private final boolean rtl;

  public Messages(String lang) {
    // Interface words only: loading whole packs (CLDR names, holiday rules) would delay the
    // first frame by tens of milliseconds.
    InterfaceWords fallback = LanguagePacks.interfaceWords(LanguagePacks.codes().get(0))
        .orElseThrow();
    InterfaceWords pack = LanguagePacks.interfaceWords(lang).orElse(fallback);
    this.lang = pack.code();
    this.rtl = pack.rightToLeft();
    this.pack = pack;
    this.fallback = fallback;
  }

  private final InterfaceWords pack;
  private final InterfaceWords fallback;
  // The interval units (ICU MeasureFormat): half a second or more to load on a cold JVM, so they
  // load in the background from the moment the study screen opens, not on the first grade line.
  private java.util.concurrent.CompletableFuture<org.factdrill.study.Intervals> intervals;

  /** Starts loading the interval units in the background (once). */
  public synchronized void prepareIntervals() {
    if (intervals == null) {
      InterfaceWords words = pack;
      intervals = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        org.factdrill.study.Intervals i = org.factdrill.study.Intervals.of(words);
        i.format(java.time.Duration.ofMinutes(10)); // loads the formatter it caches
        return i;
      });
    }
  }

  /** {@code d} as a short interval in this language's CLDR units ("10m", "10 דק׳", "4 дн."). */
  public String interval(java.time.Duration d) {
    prepareIntervals();
    return intervals.join().format(d);
  }

  public String lang() {
    return lang;
  }

  /** Whether the interface language is written right to left. */
  public boolean rtl() {
    return rtl;
  }

  /**
   * {@code s} as a Unicode bidi isolate (FSI … PDI), for composing a line from translated
   * pieces: "3 נותרו" then stays one unit in its own direction instead of its number joining
   * the neighbouring piece. The marks are dropped on display (zero width). Text without
   * right-to-left letters is returned as it is.
   */
  public static String isolate(String s) {
    // Without right-to-left letters there is nothing to keep apart: the text stays plain, so
    // English and Vietnamese lines keep the fast path that skips ICU's bidi.
    return s.chars().anyMatch(Messages::rightToLeft) ? "\u2068" + s + "\u2069" : s;
  }

  private static boolean rightToLeft(int c) {
    return (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff)
        || (c >= 0xfe70 && c <= 0xfeff);
  }

  /** {@code s} as a left-to-right isolate (LRI … PDI): file names and other Latin-only text. */
  public static String ltr(String s) {
    return "\u2066" + s + "\u2069";
  }

  /** The word for {@code key}; the key itself when unknown (a bug, but visible, not a crash). */
  /** {@code p} in the interface language (English where the pack lacks its key). */
  public String say(org.factdrill.lang.Phrase p) {
    return p.in(pack);
  }

  public String get(String key) {
    String w = pack.ui("tui." + key);
    if (w == null) {
      w = fallback.ui("tui." + key);
    }
    return w == null ? key : w;
  }

  /** The word for {@code key} with {0}, {1}… replaced by {@code args} (order is the pack's). */
  public String get(String key, Object... args) {
    String w = get(key);
    for (int i = 0; i < args.length; i++) {
      w = w.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return w;
  }
}
