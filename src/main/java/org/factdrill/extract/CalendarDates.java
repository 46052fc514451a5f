package org.factdrill.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.factdrill.lang.LanguagePack;

/**
 * Complete dates written in another calendar, converted to the Gregorian day by ICU: a day, a
 * month of that calendar and its year ("ה׳ באייר תש״ח", "5 Rajab 1367 AH"), or a month and year
 * (the Gregorian days that month covers, which may run over two Gregorian months). Which
 * calendars a text may write is the pack's setting {@code other-calendars} (ICU calendar types);
 * month names are ICU's (CLDR) in the pack's locale plus the pack's {@code <type>-months}
 * spellings ({@code form=month}, ICU's month index), and a year is marked by ICU's era names plus
 * the pack's {@code <type>-year-markers}. A day or month without a year is not read here
 * (generate/OtherCalendars keeps it from being asked as a Gregorian date).
 */
final class CalendarDates {
  /**
   * A date found at [start, end) (characters of the text, or tokens once placed on them, with the
   * characters kept in textStart and textEnd): its Gregorian value, the ICU calendar it is in.
   */
  record Found(int start, int end, Value.Date value, String calendar, int textStart,
      int textEnd) {
    Found(int start, int end, Value.Date value, String calendar) {
      this(start, end, value, calendar, start, end);
    }
  }

  private final List<CalendarReader> readers = new ArrayList<>();
  /** The month-name keys of every reader, in reader order; keyReader[k] reads key k. */
  private final MonthKeys keys;
  private final int[] keyReader;

  CalendarDates(LanguagePack pack) {
    String types = pack.setting("other-calendars", "").strip();
    List<String> all = new ArrayList<>();
    List<Integer> flags = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (String type : types.isEmpty() ? new String[0] : types.split("\\s+")) {
      CalendarReader r = new CalendarReader(pack, CalendarKind.of(type));
      for (Map.Entry<String, Integer> e : r.keys.entrySet()) {
        all.add(e.getKey());
        flags.add(e.getValue());
        owner.add(readers.size());
      }
      readers.add(r);
    }
    keys = new MonthKeys(all, flags, pack.prefixes());
    keyReader = owner.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The month-name keys of every calendar the pack reads (for tests). */
  MonthKeys keys() {
    return keys;
  }

  /** True when the pack reads no other calendar. */
  boolean isEmpty() {
    return readers.isEmpty();
  }

  /** Every complete other-calendar date of {@code text}, in text order, none overlapping. */
  List<Found> find(String text) {
    return find(text, false);
  }

  /**
   * As {@link #find(String)}; {@code byFind} reads each key's surroundings with the patterns'
   * plain {@code find()} over the whole window (what the fast reading must equal, for tests).
   */
  List<Found> find(String text, boolean byFind) {
    return readers.isEmpty() ? new ArrayList<>() : read(text, keys.find(text), byFind);
  }

  /**
   * As {@link #find(String)} over the tokens of the text: the month keys are looked for in the
   * words the tokenizer found, over its copy of the characters ({@link MonthKeys#find(Toks)}).
   */
  List<Found> find(Toks t) {
    return readers.isEmpty() ? new ArrayList<>() : read(t.text, keys.find(t), false);
  }

  /** The dates read around each key found ({@code found}, as {@link MonthKeys#find}). */
  private List<Found> read(String text, long[] found, boolean byFind) {
    List<Found> all = new ArrayList<>();
    // Each key where it occurs, by reader, then key, then position (as one scan per key did).
    Matcher[] matchers = new Matcher[3 * readers.size()];
    for (long kp : found) {
      int k = (int) (kp >>> 32);
      int r = keyReader[k];
      readers.get(r).at(text, (int) kp, keys.key(k).length(), matchers, 3 * r, all, byFind);
    }
    all.sort(Comparator.comparingInt(Found::start)
        .thenComparing(Comparator.comparingInt(Found::end).reversed()));
    List<Found> out = new ArrayList<>();
    int end = -1;
    for (Found f : all) {
      if (f.start() >= end) {
        out.add(f);
        end = f.end();
      }
    }
    return out;
  }

  /**
   * {@code facts} without the other-calendar dates that only gloss a Gregorian date right beside
   * them ("2 בנובמבר 1917 (י״ז בחשוון תרע״ח)", "ה׳ באייר תש״ח, 14 במאי 1948"): the same day stated
   * twice is one fact, the Gregorian one; a date given only in its calendar stays.
   */
  static List<Fact> withoutGlosses(String text, List<Fact> facts) {
    List<Fact> out = new ArrayList<>(facts.size());
    for (int k = 0; k < facts.size(); k++) {
      Fact f = facts.get(k);
      if (f.calendar() == null || !(glosses(text, f, k > 0 ? facts.get(k - 1) : null)
          || glosses(text, f, k + 1 < facts.size() ? facts.get(k + 1) : null))) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean glosses(String text, Fact f, Fact g) {
    if (g == null || g.calendar() != null || !(g.value() instanceof Value.Date gd)
        || !(f.value() instanceof Value.Date fd)) {
      return false;
    }
    int from = Math.min(f.end(), g.end());
    int to = Math.max(f.start(), g.start());
    if (to < from || !CalendarReader.GLOSS_GAP.matcher(text.substring(from, to)).matches()) {
      return false;
    }
    String[] c = fd.iso().split("/");
    String[] w = gd.iso().split("/");
    String first = c[0];
    String last = c[c.length - 1];
    // The same day or period, or inside the Gregorian date's year, month or period.
    return w.length == 1 ? first.startsWith(w[0]) && last.startsWith(w[0])
        : first.compareTo(w[0]) >= 0 && last.compareTo(w[1] + "~") <= 0;
  }

  /** What factdrill knows of a calendar, apart from any language: how its dates are numbered. */
  record CalendarKind(String type, boolean letterNumerals, int omittedThousands, int minYear,
      boolean markerRequired) {
    static CalendarKind of(String type) {
      switch (type) {
        case "hebrew": // days and years in Hebrew numerals; "תש״ח" is 5708 (thousands left out)
          return new CalendarKind(type, true, 5000, 4000, false);
        case "islamic": case "islamic-civil": case "islamic-umalqura": case "islamic-tbla":
          // digits like Gregorian ones: only a year marker ("AH") says which calendar it is
          return new CalendarKind(type, false, 0, 1, true);
        default:
          throw new IllegalStateException("other-calendars: no such calendar " + type);
      }
    }
  }
}
