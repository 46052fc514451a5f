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
import org.factdrill.extract.CalendarDates.Found;
import org.factdrill.lang.HebrewNumerals;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.WordPatterns;

/**
 * One calendar of {@link CalendarDates} as one pack writes it: its month names, the patterns
 * of its dates, and the reading of a date around a month name's key into a Gregorian day.
 */
final class CalendarReader {
  private static final String GERESH = "'׳’‘`´";
  private static final String GERSHAYIM = "\"״“”″„";
  /** Not inside a word, nor right after a numeral's mark ("בניסןי״א": the day is י״א, glued). */
  private static final String B = "(?<![\\p{L}\\p{N}" + GERESH + GERSHAYIM + "])";
  /** Between a date and its gloss in another calendar: punctuation and space only. */
  static final Pattern GLOSS_GAP = Pattern.compile("[\\s,;:()\\[\\]–—-]{0,4}");
  private static final String E = "(?![\\p{L}\\p{N}])";
  /** A year written as a numeral: four digits, or letters with a numeral's mark. */
  private static final Pattern NUMERAL_YEAR = Pattern.compile(
      "\\d{4}|.*[" + GERSHAYIM + GERESH + "].*");
  private static final Pattern ENDS_IN_DIGIT = Pattern.compile(".*\\d");
  private static final Pattern ENDS_IN_MARK = Pattern.compile(
      ".*[" + GERESH + GERSHAYIM + "]\\p{L}?");

  /** Stands for "no such day" among the days a reader remembers. */
  private static final LocalDate NO_DAY = LocalDate.MIN;
  private final CalendarDates.CalendarKind kind;
  private final ULocale calendarLocale;
  private final Map<String, Integer> months = new HashMap<>();
  /** Literal letters of each month name: bit 1 when they start it, bit 2 when a whole word. */
  final Map<String, Integer> keys = new java.util.LinkedHashMap<>();
  private final Pattern dayFirst;
  private final Pattern monthFirst;
  private final Pattern monthYear;
  private final HebrewNumerals numerals;
  /**
   * Words that may follow a day and month and are spelled with letters a numeral uses: a range's
   * connector ("עד", until), a time preposition. Unmarked, they are those words, not a year.
   */
  private final java.util.Set<String> notYears = new java.util.HashSet<>();
  /** Days already converted by {@link #gregorian} ({@link #NO_DAY}: none), at most 4,096. */
  private final Map<Long, LocalDate> days = new HashMap<>();
  /** The calendar {@link #gregorian} sets and reads (a reader serves one thread at a time). */
  private final Calendar calendar;

  CalendarReader(LanguagePack pack, CalendarDates.CalendarKind kind) {
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
    for (String cat : new String[] {"range-connectors", "range-between", "time-prepositions",
        "hedges"}) {
      notYears.addAll(pack.words(cat));
    }
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
  void at(String text, int p, int length, Matcher[] matchers, int slot, List<Found> out,
      boolean byFind) {
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
      if (byFind) {
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
        continue;
      }
      // What find() does over the region, tried only where a match could cover the key (it
      // starts at or before p) and where the pattern's opening look-behind can hold: the
      // same matches in the same order, without trying the 40 positions after the key.
      Matcher m = matchers[q];
      int s = from;
      while (s <= p && s <= to) {
        if (mayOpen(text, s)) {
          m.region(s, to);
          if (m.lookingAt()) {
            if (m.end() >= p + length) {
              Found f = convert(m, text);
              if (f != null) {
                out.add(f);
                break;
              }
            }
            s = m.end(); // find() goes on after the match
            continue;
          }
        }
        s = next(text, s, to);
      }
    }
  }

  /**
   * False where every pattern fails at once: after a letter, a digit or a numeral's mark (the
   * patterns open with the look-behind {@link #B}); true where the pattern must be tried.
   */
  private static boolean mayOpen(String text, int s) {
    if (s == 0) {
      return true;
    }
    char c = text.charAt(s - 1);
    return Character.isSurrogate(c) || !(Character.isLetter(c) || Character.isDigit(c)
        || GERESH.indexOf(c) >= 0 || GERSHAYIM.indexOf(c) >= 0);
  }

  /** The next start find() tries after {@code s}: a surrogate pair is one step. */
  private static int next(String text, int s, int to) {
    if (s < to && Character.isHighSurrogate(text.charAt(s)) && s + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(s + 1))) {
      return s + 2;
    }
    return s + 1;
  }

  /** True when a numeral is written in digits or with a geresh or gershayim. */
  private static boolean markedNumeral(String n) {
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isDigit(c) || GERESH.indexOf(c) >= 0 || GERSHAYIM.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
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
          && !NUMERAL_YEAR.matcher(m.group("year")).matches()
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
    // A writer who marks the day's numeral ("ב׳", "י״ד", or digits) marks the year's too ("תש״ח",
    // "ה׳תשח"): after a marked day a bare word is a word ("ב׳ באייר של …"), not a year. An
    // inscription that marks none ("ז אייר תרפ") still gives its year.
    int year = d1 < 1 || d1 > 30 || notYears.contains(m.group("year"))
        || kind.letterNumerals() && markedNumeral(day1)
        && !NUMERAL_YEAR.matcher(m.group("year")).matches() ? -1
        : year(m.group("year"));
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
    return ENDS_IN_DIGIT.matcher(w).matches() || ENDS_IN_MARK.matcher(w).matches();
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
    // The same few days come again and again (the 330th of "של"), and ICU's fields are slow.
    long key = (long) year << 16 | (month & 0xff) << 8 | (day & 0xff);
    LocalDate known = days.get(key);
    if (known == null) {
      known = convertDay(year, month, day);
      if (days.size() < 4096) {
        days.put(key, known == null ? NO_DAY : known);
      }
    }
    return known == NO_DAY ? null : known;
  }

  private LocalDate convertDay(int year, int month, int day) {
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
