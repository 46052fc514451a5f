package org.factdrill.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.extract.Value;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * A Gregorian date asked while the same date in another calendar stands beside it: a lunar date
 * ("30 tháng 1 năm 1968 (mùng 1 Tết âm lịch)") or a year named in the sexagenary cycle ("năm
 * 1789 (Kỷ Dậu)", "Tết Mậu Thân năm 1968"). A student who knows the cycle works the year out,
 * so the gloss leaves the prompt with the blank when it is a bracket of its own beside it, and
 * otherwise a stem-branch name of the answer's year (or of the year before, for a day of January
 * or February, still in the old lunar year) keeps the fact from being asked. The words are the
 * pack's: {@code other-calendar-words} and {@code sexagenary-stems}/{@code -branches}.
 */
final class OtherCalendarGloss {
  private static final String HOLE = String.valueOf(PromptBuilder.HOLE);
  /** A number right after a cycle name is read as a year up to this. */
  private static final int MAX_YEAR = 2200;
  /** How far before a bracket a cycle name that ends at it may start. */
  private static final int NAME_REACH = 40;
  /** Every pack's patterns, built once (immutable). */
  private static final Map<Language, OtherCalendarGloss> ALL = all();

  private final Pattern markers;
  private final Pattern cycle;
  /** An era's name before its year ("Phật lịch 2507"): the same moment counted from another epoch. */
  private final Pattern eras;
  /** The era's name right after a year ("năm 2507 Phật lịch"): that era's year. */
  private final Pattern erasAfter;
  private final Map<String, Integer> stems = new HashMap<>();
  private final Map<String, Integer> branches = new HashMap<>();

  private OtherCalendarGloss(LanguagePack pack) {
    stems.putAll(pack.indexedWords("sexagenary-stems"));
    branches.putAll(pack.indexedWords("sexagenary-branches"));
    cycle = stems.isEmpty() || branches.isEmpty() ? null
        : Pattern.compile("(?iu)(?<![\\p{L}\\p{M}\\p{N}])("
            + OtherCalendars.alt(new ArrayList<>(stems.keySet())) + ")[\\s-]+("
            + OtherCalendars.alt(new ArrayList<>(branches.keySet()))
            + ")(?![\\p{L}\\p{M}\\p{N}])");
    List<String> e = new ArrayList<>(pack.words("era-count-words"));
    eras = e.isEmpty() ? null : eraYear(e);
    erasAfter = e.isEmpty() ? null : Pattern.compile("(?iu)[\\s,]{0,2}(?:" + OtherCalendars.alt(e)
        + ")(?![\\p{L}\\p{M}\\p{N}])");
    List<String> m = new ArrayList<>(pack.words("other-calendar-words"));
    markers = m.isEmpty() ? null : Pattern.compile("(?iu)(?<![\\p{L}\\p{M}\\p{N}])(?:"
        + OtherCalendars.alt(m) + ")(?![\\p{L}\\p{M}\\p{N}])");
  }

  private static Map<Language, OtherCalendarGloss> all() {
    Map<Language, OtherCalendarGloss> out = new HashMap<>();
    for (Language l : Language.values()) {
      out.put(l, new OtherCalendarGloss(l.pack()));
    }
    return Map.copyOf(out);
  }

  /**
   * {@code raw} (a prompt with its hole over a Gregorian date of {@code year}) without the
   * bracket right beside the hole that holds a date of another calendar; unchanged when none.
   */
  static String without(Language lang, String raw, int year) {
    OtherCalendarGloss g = lang == null ? null : ALL.get(lang);
    int hole = raw.indexOf(HOLE);
    if (g == null || year <= 0 || hole < 0 || g.markers == null && g.cycle == null) {
      return raw;
    }
    String named = g.withoutNamedYear(lang, raw, hole, year);
    if (named != null) {
      return named;
    }
    for (int open = raw.indexOf('('); open >= 0; open = raw.indexOf('(', open + 1)) {
      int close = raw.indexOf(')', open);
      if (close < 0 || raw.substring(open + 1, close).contains("(")) {
        continue;
      }
      boolean after = open > hole && raw.substring(hole + 1, open).matches("[\\s,]{0,3}");
      boolean before = close < hole && raw.substring(close + 1, hole).matches("[\\s,]{0,3}");
      String inside = raw.substring(open + 1, close);
      if ((after || before) && !inside.contains(HOLE) && g.otherCalendar(inside)) {
        int from = open;
        while (from > 0 && raw.charAt(from - 1) == ' ') {
          from--;
        }
        return raw.substring(0, from) + (before && from > 0 ? " " : "")
            + raw.substring(close + 1).replaceFirst("^ (?=" + HOLE + ")", "");
      }
    }
    return raw;
  }

  /**
   * {@code raw} with the year asked standing alone in brackets right after its own name in the
   * cycle ("năm Canh Ngọ (_)") reduced to the hole ("năm _"), and a reign-year phrase that
   * follows the bracket ("là năm <king> thứ N") cut with it: both only gloss the solar year, which
   * is the fact; a student needs a table to turn either into it. Null when the shape is not there.
   */
  private String withoutNamedYear(Language lang, String raw, int hole, int year) {
    if (cycle == null) {
      return null;
    }
    int open = hole;
    while (open > 0 && raw.charAt(open - 1) == ' ') {
      open--;
    }
    int close = hole + 1;
    while (close < raw.length() && raw.charAt(close) == ' ') {
      close++;
    }
    if (open == 0 || raw.charAt(open - 1) != '(' || close >= raw.length() || raw.charAt(close) != ')') {
      return null;
    }
    int nameEnd = open - 1;
    while (nameEnd > 0 && raw.charAt(nameEnd - 1) == ' ') {
      nameEnd--;
    }
    Matcher m = cycle.matcher(raw).region(Math.max(0, nameEnd - NAME_REACH), nameEnd);
    while (m.find()) {
      if (m.end() != nameEnd) {
        continue;
      }
      int stem = stems.get(m.group(1).toLowerCase(lang.pack().locale()));
      int branch = branches.get(m.group(2).toLowerCase(lang.pack().locale()));
      if (!names(year, stem, branch) || datedBefore(lang, raw, m.start())) {
        return null;
      }
      String tail = raw.substring(close + 1);
      return raw.substring(0, m.start()) + HOLE
          + tail.substring(OtherCalendars.of(lang).reignGlossEnd(tail));
    }
    return null;
  }

  /**
   * True when the clause before a cycle year at {@code at} gives a day or a month (a digit, or a
   * month name only the lunar calendar has): the year ends a lunar date ("ngày 25 tháng 11 năm
   * <stem> <branch> (<solar date>)"), and the bracket glosses that whole date, not the year.
   */
  private static boolean datedBefore(Language lang, String raw, int at) {
    int from = at;
    while (from > 0 && at - from < NAME_REACH && ",.;:()\n".indexOf(raw.charAt(from - 1)) < 0) {
      from--;
    }
    String before = raw.substring(from, at);
    return before.chars().anyMatch(Character::isDigit)
        || OtherCalendars.of(lang).namesLunarMonth(before);
  }

  private boolean otherCalendar(String s) {
    return markers != null && markers.matcher(s).find() || cycle != null && cycle.matcher(s).find()
        || eras != null && eras.matcher(s).find();
  }

  /** An era's name from {@code names}, then its year's digits. */
  static Pattern eraYear(List<String> names) {
    return Pattern.compile("(?iu)(?<![\\p{L}\\p{M}\\p{N}])(?:" + OtherCalendars.alt(names)
        + ")\\s+\\d{1,4}(?![\\p{N}])");
  }

  /**
   * True when the number at {@code [start, end)} of {@code text} is a year of an era count
   * ("Phật lịch 2507", or the era named after it: "năm 2507 Phật lịch"): the restatement of a
   * date in another count, or that count's own year, never a Gregorian year or worth asking.
   */
  static boolean eraYear(Language lang, String text, int start, int end) {
    OtherCalendarGloss g = ALL.get(lang);
    if (g == null || g.eras == null) {
      return false;
    }
    if (g.erasAfter.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt()) {
      return true;
    }
    Matcher m = g.eras.matcher(text).region(Math.max(0, start - 30), Math.min(text.length(), end));
    while (m.find()) {
      if (m.end() == end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why a date answer is given away by a year name of the sexagenary cycle left in
   * {@code template}, or null: a name of the answer's year, or of the year before for a day of
   * January or February.
   */
  static String givesAway(Language lang, String template, Value value) {
    OtherCalendarGloss g = ALL.get(lang);
    if (g == null || g.cycle == null) {
      return null;
    }
    int year = -1;
    int month = 0;
    boolean bare = false;
    if (value instanceof Value.Date d && d.year() > 0) {
      year = d.year();
      String iso = d.iso().split("/")[0];
      month = iso.matches("-?\\d{4}-\\d\\d.*") ? Integer.parseInt(iso.substring(5, 7)) : 0;
    } else if (value instanceof Value.Num n && n.value().scale() <= 0 && n.value().signum() > 0
        && n.value().intValue() <= MAX_YEAR) {
      year = n.value().intValue(); // "năm Tân Sửu 941": a year the cycle name introduces
      bare = true;
    }
    if (year <= 0) {
      return null;
    }
    Matcher m = g.cycle.matcher(template.replace(HOLE, " "));
    while (m.find()) {
      if (bare && !template.substring(m.end()).matches("(?s)^\\s{1,2}" + HOLE + ".*")) {
        continue; // a number elsewhere: a count, not the year this name glosses
      }
      int stem = g.stems.get(m.group(1).toLowerCase(lang.pack().locale()));
      int branch = g.branches.get(m.group(2).toLowerCase(lang.pack().locale()));
      if (names(year, stem, branch) || month > 0 && month <= 2 && names(year - 1, stem, branch)) {
        return "'" + m.group() + "' names the year";
      }
    }
    return null;
  }

  /** True when {@code year} is the cycle's year stem + branch (1984 is stem 0, branch 0). */
  static boolean names(int year, int stem, int branch) {
    return Math.floorMod(year - 4, 10) == stem && Math.floorMod(year - 4, 12) == branch;
  }
}
