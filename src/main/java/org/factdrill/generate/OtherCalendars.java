package org.factdrill.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * Dates written in another calendar than the Gregorian one: a lunar date ("ngày 5 tháng 3 âm
 * lịch", "tháng Giêng năm Kỷ Dậu"), a Hijri one ("1445 AH"), a day of a Hebrew month ("14
 * באדר"). The extractor reads their digits as Gregorian; such a date is never asked as one. The
 * words are the pack's: {@code other-calendar-words} (markers such as "âm lịch", "AH", "хиджры"),
 * the Hebrew calendar's months ({@code calendar-months}), and sexagenary year names
 * ({@code sexagenary-stems} + {@code sexagenary-branches}, "Kỷ Dậu"). A marker belongs to the
 * date it follows (the nearest before it in its sentence), else to the one right after it.
 */
final class OtherCalendars {
  /** How far (characters) a marker may stand from the date it qualifies. */
  private static final int WINDOW = 30;
  /** A month of the Hebrew calendar must touch its day ("14 באדר"), not gloss a date beside it. */
  private static final int MONTH_WINDOW = 3;
  /** Every pack's calendars, built once (immutable). */
  private static final Map<Language, OtherCalendars> ALL = all();
  /** What may stand between a bracketed year and the reign-year phrase that glosses it. */
  private static final Pattern REIGN_LEAD = Pattern.compile(" ?,? ?");

  private final Pattern markers;
  private final Pattern months;
  /** Month names only the lunisolar calendar has ("tháng Giêng", "tháng Chạp"). */
  private final Pattern lunarNames;
  private final Pattern sexagenary;
  private final Map<String, Integer> stems = new HashMap<>();
  private final Map<String, Integer> branches = new HashMap<>();
  private final List<String> holidays;
  private final Locale locale;
  /** Reign-year phrases ("năm Minh Mạng thứ 3", "năm thứ 3"): pack file regnal-years.txt. */
  private final List<Pattern> regnal = new ArrayList<>();
  /** The pack's copulas: "<year> (<gloss>) là năm …" glosses the year with a reign year. */
  private final Set<String> copulas;

  private OtherCalendars(Language lang) {
    LanguagePack pack = lang.pack();
    locale = pack.locale();
    String prefix = pack.prefixes().isEmpty() ? ""
        : "(?:[" + Pattern.quote(pack.prefixes()) + "]{1,2}[-־]?)?";
    markers = alternation(new ArrayList<>(pack.words("other-calendar-words")), "");
    months = alternation(LangWords.lines(lang, "calendar-months"), prefix);
    lunarNames = alternation(new ArrayList<>(pack.words("lunar-month-names")), "");
    stems.putAll(pack.indexedWords("sexagenary-stems"));
    branches.putAll(pack.indexedWords("sexagenary-branches"));
    sexagenary = stems.isEmpty() || branches.isEmpty() ? null
        : Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + alt(new ArrayList<>(stems.keySet()))
            + ")[\\s-]+(" + alt(new ArrayList<>(branches.keySet())) + ")(?![\\p{L}\\p{N}])");
    holidays = List.copyOf(pack.holidays().keySet());
    copulas = pack.words("copulas");
    for (String r : LangWords.lines(lang, "regnal-years")) {
      regnal.add(Pattern.compile("(?u)(?<![\\p{L}\\p{N}])(?:" + r + ")(?![\\p{L}\\p{N}])"));
    }
  }

  /** The calendars known to {@code lang}'s pack. */
  static OtherCalendars of(Language lang) {
    return ALL.get(lang);
  }

  private static Map<Language, OtherCalendars> all() {
    Map<Language, OtherCalendars> m = new HashMap<>();
    for (Language l : Language.values()) {
      m.put(l, new OtherCalendars(l));
    }
    return Map.copyOf(m);
  }

  /** A regex alternation of {@code words}, longest first (sorts the list it is given). */
  static String alt(List<String> words) {
    words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    return String.join("|", words.stream().map(Pattern::quote).toList());
  }

  private static Pattern alternation(List<String> words, String prefix) {
    if (words.isEmpty()) {
      return null;
    }
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + prefix + "(?:" + alt(words)
        + ")(?![\\p{L}\\p{N}])");
  }

  /**
   * The marker that puts date fact {@code f} in another calendar (as written in the text), or
   * null when it is Gregorian. {@code facts} are the document's facts, to tell which date a
   * marker between two of them belongs to.
   */
  String marker(String text, List<Fact> facts, Fact f) {
    if (f.calendar() != null) {
      return f.text(); // the extractor read it in its calendar (and gave its Gregorian day)
    }
    if (f.sentence() == null) {
      return null;
    }
    boolean date = f.value() instanceof Value.Date;
    int from = Math.max(f.sentence().start(), f.start() - WINDOW);
    int to = Math.min(f.sentence().end(), f.end() + WINDOW);
    String part = text.substring(from, to);
    String lower = f.text().toLowerCase(locale);
    for (String h : holidays) {
      if (lower.contains(h)) {
        return null; // a holiday's name: the extractor already dated it in its calendar
      }
    }
    // A number touching a Hebrew month is a day of it, whatever the extractor read it as.
    String m = owned(months, part, from, MONTH_WINDOW, text, facts, f);
    if (m == null && date) {
      m = owned(markers, part, from, WINDOW, text, facts, f);
    }
    // A reign year glosses a bare year ("1945 (the 20th year of a reign)", "the 3rd year of a
    // reign (1822)"): the writer gave the year in both counts, so the Gregorian one stands; a day
    // or month beside a reign year is the moon's.
    boolean bareYear = date && ((Value.Date) f.value()).iso().matches("-?\\d{4}");
    for (int k = 0; m == null && date && !bareYear && k < regnal.size(); k++) {
      m = owned(regnal.get(k), part, from, WINDOW, text, facts, f); // "tháng 6 năm thứ 3"
    }
    if (m == null && date && sexagenary != null) {
      Matcher x = sexagenary.matcher(part);
      while (x.find()) {
        if (owner(from + x.start(), from + x.end(), WINDOW, facts, f) == f
            && !namesItsYear(f, x.group(1).toLowerCase(locale), x.group(2).toLowerCase(locale))) {
          return x.group();
        }
      }
    }
    if (m == null && date && lunarNames != null) {
      Matcher x = lunarNames.matcher(f.text());
      if (x.find()) {
        return x.group(); // "tháng Chạp": the moon's twelfth month, not December
      }
    }
    return m;
  }

  /**
   * What puts a bare year in a frame that counts months by the lunar calendar, or null: a
   * sexagenary name of that very year beside it ("năm Giáp Thân (1284)") or a reign year ("năm
   * Minh Mạng thứ 3 (1822)"). A month dated only by such a year is a lunar month, whatever its
   * digits: chronicles that name years so count months by the moon.
   */
  String lunarFrame(String text, Fact f) {
    if (!(f.value() instanceof Value.Date d) || d.isRange() || !d.iso().matches("\\d{4}")
        || f.sentence() == null) {
      return null;
    }
    int from = Math.max(f.sentence().start(), f.start() - WINDOW);
    String part = text.substring(from, Math.min(f.sentence().end(), f.end() + WINDOW));
    for (Pattern p : regnal) {
      Matcher x = p.matcher(part);
      if (x.find()) {
        return x.group();
      }
    }
    Matcher x = sexagenary == null ? null : sexagenary.matcher(part);
    while (x != null && x.find()) {
      if (namesYear(x.group(), d.year())) {
        return x.group();
      }
    }
    return null;
  }

  /** True when {@code s} holds a month name only the lunar calendar has ("tháng Giêng"). */
  boolean namesLunarMonth(String s) {
    return lunarNames != null && lunarNames.matcher(s).find();
  }

  /**
   * Where a reign-year phrase that opens {@code tail} ends ("là năm <king> thứ N", after an
   * optional comma and one of the pack's copulas): a gloss of the year before it; 0 when
   * {@code tail} opens with none.
   */
  int reignGlossEnd(String tail) {
    Matcher lead = REIGN_LEAD.matcher(tail);
    int from = lead.lookingAt() ? lead.end() : 0;
    int word = from;
    while (word < tail.length() && Character.isLetter(tail.charAt(word))) {
      word++;
    }
    if (word > from && word < tail.length() && tail.charAt(word) == ' '
        && copulas.contains(tail.substring(from, word).toLowerCase(locale))) {
      from = word + 1;
    }
    for (Pattern p : regnal) {
      Matcher x = p.matcher(tail).region(from, tail.length());
      if (x.lookingAt()) {
        return x.end();
      }
    }
    return 0;
  }

  /**
   * The places in the sixty-year cycle (0 = Giáp Tý, as 1984) of the cycle years named in
   * {@code shown}, in text order; a stem and branch of different parity name no year.
   */
  List<Integer> cycleYears(String shown) {
    List<Integer> out = new ArrayList<>();
    Matcher x = sexagenary == null ? null : sexagenary.matcher(shown);
    while (x != null && x.find()) {
      int st = stems.get(x.group(1).toLowerCase(locale));
      int br = branches.get(x.group(2).toLowerCase(locale));
      for (int k = st; k < 60; k += 10) {
        if (k % 12 == br) {
          out.add(k);
        }
      }
    }
    return out;
  }

  /**
   * True when the text right before a bracketed year names that year in a lunar frame, in any
   * pack: its cycle name ("năm Giáp Thân (1284)") or a reign year ("năm Minh Mạng thứ 3 (1822)").
   * A gloss, not the author of a cited work.
   */
  static boolean glossed(String before, int year) {
    String tail = before.substring(Math.max(0, before.length() - WINDOW));
    for (OtherCalendars c : ALL.values()) {
      if (c.namesYear(tail, year) || c.regnal.stream().anyMatch(p -> p.matcher(tail).find())) {
        return true;
      }
    }
    return false;
  }

  private String owned(Pattern p, String part, int from, int window, String text,
      List<Fact> facts, Fact f) {
    if (p == null) {
      return null;
    }
    Matcher x = p.matcher(part);
    while (x.find()) {
      if (owner(from + x.start(), from + x.end(), window, facts, f) == f) {
        return x.group();
      }
    }
    return null;
  }

  /**
   * True when {@code shown} holds a sexagenary year name of Gregorian year {@code year} ("Giáp
   * Thân" for 1884): beside year options it names the answer for a student who knows the cycle.
   */
  boolean namesYear(String shown, int year) {
    if (sexagenary == null || shown == null || year <= 0) {
      return false;
    }
    Matcher x = sexagenary.matcher(shown);
    while (x.find()) {
      Integer st = stems.get(x.group(1).toLowerCase(locale));
      Integer br = branches.get(x.group(2).toLowerCase(locale));
      if (st != null && br != null && Math.floorMod(year - 4, 10) == st
          && Math.floorMod(year - 4, 12) == br) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a sexagenary name only restates the Gregorian year the fact writes ("Tết Mậu Thân
   * 1968": 1968 is a Mậu Thân year; the cycle starts with 1984, Giáp Tý).
   */
  private boolean namesItsYear(Fact f, String stem, String branch) {
    if (!(f.value() instanceof Value.Date d) || d.isRange() || d.year() <= 0
        || !f.text().contains(String.valueOf(d.year()))) {
      return false;
    }
    return Math.floorMod(d.year() - 4, 10) == stems.get(stem)
        && Math.floorMod(d.year() - 4, 12) == branches.get(branch);
  }

  /**
   * The date fact a marker at [ms, me) qualifies: the one holding it, else the nearest one it
   * follows within {@code window}, else the nearest one right after it; {@code f} counts among
   * them (it may be a period's end the document's list does not hold).
   */
  private static Fact owner(int ms, int me, int window, List<Fact> facts, Fact f) {
    List<Fact> dates = new ArrayList<>();
    dates.add(f);
    for (Fact o : facts) {
      if (o.value() instanceof Value.Date && o.sentence() != null
          && o.sentence().equals(f.sentence()) && !(o.start() == f.start() && o.end() == f.end())) {
        dates.add(o);
      }
    }
    Fact before = null;
    Fact after = null;
    for (Fact o : dates) {
      if (o.start() <= ms && o.end() >= me) {
        return o;
      }
      if (o.end() <= ms && ms - o.end() <= window && (before == null || o.end() > before.end())) {
        before = o;
      }
      if (o.start() >= me && o.start() - me <= window
          && (after == null || o.start() < after.start())) {
        after = o;
      }
    }
    return before != null ? before : after;
  }
}
