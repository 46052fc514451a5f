package org.factdrill.extract;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.HebrewNumerals;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.WordPatterns;

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

  private static final String GERESH = "'׳’‘`´";
  private static final String GERSHAYIM = "\"״“”″„";
  /** Not inside a word, nor right after a numeral's mark ("בניסןי״א": the day is י״א, glued). */
  private static final String B = "(?<![\\p{L}\\p{N}" + GERESH + GERSHAYIM + "])";
  /** Between a date and its gloss in another calendar: punctuation and space only. */
  private static final Pattern GLOSS_GAP = Pattern.compile("[\\s,;:()\\[\\]–—-]{0,4}");
  private static final String E = "(?![\\p{L}\\p{N}])";

  private final List<Reader> readers = new ArrayList<>();
  /** The month-name keys of every reader, in reader order; keyReader[k] reads key k. */
  private final MonthKeys keys;
  private final int[] keyReader;

  CalendarDates(LanguagePack pack) {
    String types = pack.setting("other-calendars", "").strip();
    List<String> all = new ArrayList<>();
    List<Integer> flags = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (String type : types.isEmpty() ? new String[0] : types.split("\\s+")) {
      Reader r = new Reader(pack, CalendarKind.of(type));
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
    List<Found> all = new ArrayList<>();
    if (readers.isEmpty()) {
      return all;
    }
    // Each key where it occurs, by reader, then key, then position (as one scan per key did).
    long[] found = keys.find(text);
    Matcher[] matchers = new Matcher[3 * readers.size()];
    for (long kp : found) {
      int k = (int) (kp >>> 32);
      int r = keyReader[k];
      readers.get(r).at(text, (int) kp, keys.key(k).length(), matchers, 3 * r, all);
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
    if (to < from || !GLOSS_GAP.matcher(text.substring(from, to)).matches()) {
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

  /** One calendar as one pack writes it. */
  private static final class Reader {
    private final CalendarKind kind;
    private final ULocale calendarLocale;
    private final Map<String, Integer> months = new HashMap<>();
    /** Literal letters of each month name: bit 1 when they start it, bit 2 when a whole word. */
    private final Map<String, Integer> keys = new java.util.LinkedHashMap<>();
    private final Pattern dayFirst;
    private final Pattern monthFirst;
    private final Pattern monthYear;
    private final HebrewNumerals numerals;
    /** The calendar {@link #gregorian} sets and reads (a reader serves one thread at a time). */
    private final Calendar calendar;

    Reader(LanguagePack pack, CalendarKind kind) {
      this.kind = kind;
      calendarLocale = new ULocale(pack.locale().toLanguageTag() + "@calendar=" + kind.type());
      numerals = kind.letterNumerals() ? new HebrewNumerals() : null;
      Calendar cal = Calendar.getInstance(calendarLocale);
      calendar = Calendar.getInstance(calendarLocale);
      DateFormatSymbols sym = new DateFormatSymbols(cal, calendarLocale);
      for (int ctx : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
        for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
          String[] names = sym.getMonths(ctx, width);
          for (int m = 0; m < names.length; m++) {
            // ICU's 14th Hebrew name is the leap-year name of Adar (month 6): "Adar II".
            addMonth(names[m], m >= 13 ? 6 : m);
          }
        }
      }
      for (String w : pack.words(kind.type() + "-months")) {
        int eq = w.lastIndexOf('=');
        addMonth(w.substring(0, eq).strip(), Integer.parseInt(w.substring(eq + 1).strip()));
      }
      List<String> markers = new ArrayList<>(pack.words(kind.type() + "-year-markers"));
      for (String era : sym.getEras()) {
        markers.add(era.toLowerCase(Locale.ROOT));
      }
      String month = "(?<month>" + alternation(new ArrayList<>(months.keySet())) + ")";
      String marker = markers.isEmpty() ? "(?<marker>(?!))"
          : "(?<marker>" + alternation(markers) + ")";
      String prefix = pack.prefixes().isEmpty() ? ""
          : "(?:[" + Pattern.quote(pack.prefixes()) + "]{1,2}[-־]?)?";
      String num = kind.letterNumerals()
          ? "(?:\\d{1,2}|[א-ת]{1,2}[" + GERSHAYIM + "][א-ת]|[א-ת][" + GERESH + "]|[א-ת]{1,2})"
          : "\\d{1,2}";
      String year = kind.letterNumerals()
          ? "(?<year>\\d{4}|(?:[א-ת][" + GERESH + "]\\s?)?[א-ת]{1,3}[" + GERSHAYIM + "][א-ת]"
              + "|(?:[א-ת][" + GERESH + "]\\s?)?[א-ת]{1,4}[" + GERESH + "]?)"
          : "(?<year>\\d{1,4})";
      String connectors = WordPatterns.alternation(pack.words("range-connectors"));
      String range = "(?:\\s*(?:[-–—]|\\s(?:" + connectors + ")\\s)\\s*" + prefix + "(?<day2>"
          + num + "))?";
      String tail = "(?:\\s*" + marker + ")" + (kind.markerRequired() ? "" : "?");
      String yearPart = "\\s*,?\\s+" + year + tail + E;
      dayFirst = Pattern.compile("(?iuU)" + B + prefix + "(?<day>" + num + ")" + range + "\\s+"
          + prefix + month + yearPart);
      monthFirst = Pattern.compile("(?iuU)" + B + prefix + month + "\\s+(?<day>\\d{1,2})" + range
          + yearPart);
      monthYear = Pattern.compile("(?iuU)" + B + prefix + month + yearPart);
    }

    private void addMonth(String name, int month) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      if (n.isEmpty() || n.matches("\\d+")) {
        return;
      }
      months.putIfAbsent(n, month);
      // A literal of the name to find candidates fast: its first run of letters, else its
      // longest ("ד׳ו אל־חיג׳ה": חיג).
      String[] parts = n.split("[^\\p{L}]+");
      boolean atStart = parts.length > 0 && parts[0].length() >= 2 && n.startsWith(parts[0]);
      String key = atStart ? parts[0] : "";
      for (String part : atStart ? new String[0] : parts) {
        key = part.length() > key.length() ? part : key;
      }
      if (key.length() >= 2) {
        boolean whole = atStart && (n.length() == key.length()
            || !Character.isLetter(n.charAt(key.length())));
        keys.merge(key, (atStart ? 1 : 0) | (whole ? 2 : 0), (a, b) -> a & b);
      }
    }

    /** An alternation of names, longest first; a geresh, quote or hyphen matches any form. */
    private static String alternation(List<String> words) {
      words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
      List<String> out = new ArrayList<>();
      for (String w : words) {
        StringBuilder b = new StringBuilder();
        for (char c : w.toCharArray()) {
          if (GERESH.indexOf(c) >= 0 || c == 'ʻ' || c == 'ʼ') {
            b.append("[").append(GERESH).append("ʻʼ]?");
          } else if (GERSHAYIM.indexOf(c) >= 0) {
            b.append("[").append(GERSHAYIM).append("]");
          } else if (c == '-' || c == '־' || c == '‐') {
            b.append("[-־‐\\s]?");
          } else if (Character.isWhitespace(c)) {
            b.append("\\s+");
          } else if (c == '.') {
            b.append("\\.?");
          } else {
            b.append(Pattern.quote(String.valueOf(c)));
          }
        }
        out.add(b.toString());
      }
      return String.join("|", out);
    }

    /**
     * The dates around the key found at {@code p} (its {@code length} characters): the first
     * each pattern reads over it. {@code matchers} keeps this reader's three matchers over
     * {@code text} from {@code slot} on, made at the first key.
     */
    void at(String text, int p, int length, Matcher[] matchers, int slot, List<Found> out) {
      int from = Math.max(0, p - 24);
      int to = Math.min(text.length(), p + length + 40);
      if (from <= to && !mayHoldYear(text, from, to)) {
        return; // every pattern reads a year: a digit, or a letter numeral where the kind has one
      }
      if (matchers[slot] == null) {
        matchers[slot] = withBounds(dayFirst.matcher(text));
        matchers[slot + 1] = withBounds(monthFirst.matcher(text));
        matchers[slot + 2] = withBounds(monthYear.matcher(text));
      }
      for (int q = slot; q < slot + 3; q++) {
        Matcher m = matchers[q].region(from, to);
        while (m.find()) {
          if (m.start() <= p && m.end() >= p + length) {
            Found f = convert(m, text);
            if (f != null) {
              out.add(f);
              break;
            }
          }
        }
      }
    }

    private static Matcher withBounds(Matcher m) {
      return m.useTransparentBounds(true).useAnchoringBounds(false);
    }

    private boolean mayHoldYear(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (Character.isDigit(c) || Character.isSurrogate(c)
            || kind.letterNumerals() && c >= 'א' && c <= 'ת') {
          return true;
        }
      }
      return false;
    }

    private Found convert(Matcher m, String text) {
      Integer month = months.get(m.group("month").toLowerCase(Locale.ROOT));
      if (month == null) {
        month = lookUp(m.group("month"));
      }
      if (month == null) {
        return null;
      }
      // The cheap refusals before reading numerals (ICU's parser): most candidates are words.
      String day1 = groupOrNull(m, "day");
      if (day1 == null) {
        // A month and year alone: only a year written as a numeral ("תש״ח", "5708") or marked.
        if (m.group("marker") == null
            && !m.group("year").matches("\\d{4}|.*[" + GERSHAYIM + GERESH + "].*")
            || dayBefore(text, m.start())) {
          return null;
        }
        int year = year(m.group("year"));
        LocalDate first = year < kind.minYear() ? null : gregorian(year, month, 1);
        if (first == null) {
          return null;
        }
        LocalDate last = gregorian(year, month, -1);
        return new Found(m.start("month"), m.end(), new Value.Date(first + "/" + last),
            kind.type());
      }
      int d1 = day(day1);
      int year = d1 < 1 || d1 > 30 ? -1 : year(m.group("year"));
      LocalDate first = year < kind.minYear() ? null : gregorian(year, month, d1);
      if (first == null) {
        return null;
      }
      String day2 = groupOrNull(m, "day2");
      // The span starts at the day (or a month written before it), after any prefix letters.
      int start = Math.min(m.start("day"), m.start("month"));
      if (day2 == null) {
        return new Found(start, m.end(), new Value.Date(first.toString()), kind.type());
      }
      int d2 = day(day2);
      LocalDate second = d2 <= d1 || d2 > 30 ? null : gregorian(year, month, d2);
      return second == null ? null
          : new Found(start, m.end(), new Value.Date(first + "/" + second), kind.type());
    }

    /**
     * True when the word before a month holds a numeral this reader could not take as its day
     * ("א׳ב׳ג׳ אלול", "בניסןי״א באייר": days glued to each other or to a word): the month and
     * year is then no statement of the whole month.
     */
    private static boolean dayBefore(String text, int start) {
      int e = start;
      while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      int b = e;
      while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      String w = text.substring(b, e);
      return w.matches(".*\\d") || w.matches(".*[" + GERESH + GERSHAYIM + "]\\p{L}?");
    }

    /** A month name as written (marks in any form) against the names known. */
    private Integer lookUp(String written) {
      String w = normalizeMarks(written.toLowerCase(Locale.ROOT)).replaceAll("\\s+", " ");
      for (Map.Entry<String, Integer> e : months.entrySet()) {
        if (normalizeMarks(e.getKey()).equals(w)) {
          return e.getValue();
        }
      }
      return null;
    }

    private static String normalizeMarks(String s) {
      return s.replaceAll("[" + GERESH + "ʻʼ]", "").replaceAll("[" + GERSHAYIM + "]", "")
          .replaceAll("[-־‐]", " ");
    }

    private static String groupOrNull(Matcher m, String name) {
      try {
        return m.group(name);
      } catch (IllegalArgumentException e) {
        return null; // a pattern without that group
      }
    }

    private int day(String s) {
      if (s.chars().allMatch(Character::isDigit)) {
        return Integer.parseInt(s);
      }
      return numerals == null ? -1 : numerals.read(s);
    }

    private int year(String s) {
      if (s.chars().allMatch(Character::isDigit)) {
        return Integer.parseInt(s);
      }
      int v = numerals == null ? -1 : numerals.read(s);
      return v > 0 && v < 1000 ? v + kind.omittedThousands() : v;
    }

    /**
     * The Gregorian day of {@code day} (-1: the month's last) of {@code month} (ICU's index) in
     * {@code year} of this calendar, or null when that month or day does not exist that year
     * (Adar I in a common year, the 30th of a 29-day month).
     */
    private LocalDate gregorian(int year, int month, int day) {
      Calendar c = calendar; // cleared: the same as a new one
      c.clear();
      c.set(Calendar.EXTENDED_YEAR, year);
      c.set(Calendar.MONTH, month);
      c.set(Calendar.DATE, 1);
      if (c.get(Calendar.MONTH) != month || c.get(Calendar.EXTENDED_YEAR) != year) {
        return null;
      }
      int max = c.getActualMaximum(Calendar.DAY_OF_MONTH);
      int d = day < 0 ? max : day;
      if (d > max) {
        return null;
      }
      c.set(Calendar.DATE, d);
      return LocalDate.MIN.with(JulianFields.JULIAN_DAY, c.get(Calendar.JULIAN_DAY));
    }
  }
}
