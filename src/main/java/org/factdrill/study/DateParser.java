package org.factdrill.study;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;

/**
 * Reads a typed date in the usual forms of every language pack (month forms, month-number-words,
 * decade-words, date-fillers): 26/12/1991, 26.12.1991,
 * 1991-12-26, Dec 26, 1991, 26 December 1991, 26 tháng 12 năm 1991, ngày 26/12/1991,
 * 26 בדצמבר 1991, a month and year, a month alone, a year alone, a decade (1990s, thập niên
 * 1990, שנות ה־90 are not all covered: "1990s" and "199x" are).
 */
public final class DateParser {
  /** What was typed: a year (or -1), month 1-12 (or 0), day 1-31 (or 0), and a decade flag. */
  public record Parsed(int year, int month, int day, boolean decade) {}

  private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?$");
  /** "tháng 12": a month written as a number after a month word (packs' month-number-words). */
  private static final Pattern MONTH_NUMBER = Pattern.compile("(?:" + alternatives("month-number-words")
      + ")\\s*(\\d{1,2})");
  private static final Pattern DECADE = Pattern.compile("(?:^|\\s)(?:(?:" + alternatives("decade-words")
      + ")\\s+)?(\\d{3})0\\s*'?s$|^(\\d{3})x$");

  private DateParser() {}

  /** The date typed, or empty when the text is not a date; 10/9 read day first. */
  public static Optional<Parsed> parse(String typed) {
    return parse(typed, false);
  }

  /**
   * The date typed, reading two small numbers ("10/9") month first when {@code monthFirst}, as
   * a pack that declares {@code numeric-date-order mdy} writes them.
   */
  public static Optional<Parsed> parse(String typed, boolean monthFirst) {
    if (typed == null) {
      return Optional.empty();
    }
    String s = Normalizer.normalize(typed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip()
        .replaceAll("\\s+", " ");
    Matcher d = DECADE.matcher(s);
    if (d.find()) {
      int dec = Integer.parseInt(d.group(1) != null ? d.group(1) : d.group(2));
      return Optional.of(new Parsed(dec * 10, 0, 0, true));
    }
    // "the nineties": a decade named without its century (packs' decade-names, "word=tens").
    for (LanguagePack p : LanguagePacks.all()) {
      for (String entry : p.words("decade-names")) {
        String[] kv = entry.split("=");
        if (kv.length == 2 && (s.equals(kv[0]) || s.endsWith(" " + kv[0]))) {
          return Optional.of(new Parsed(Integer.parseInt(kv[1]), 0, 0, true));
        }
      }
    }
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      return valid(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
          iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3)));
    }
    int month = 0;
    Matcher vi = MONTH_NUMBER.matcher(s);
    if (vi.find()) {
      month = Integer.parseInt(vi.group(1));
      s = s.substring(0, vi.start()) + " " + s.substring(vi.end());
    }
    List<Integer> numbers = new ArrayList<>();
    boolean other = false;
    for (String tok : s.split("[\\s,/.\\-־–]+")) {
      if (tok.isEmpty()) {
        continue;
      }
      String t = tok.replaceAll("(st|nd|rd|th)$", "");
      if (t.matches("\\d{1,4}")) {
        numbers.add(Integer.parseInt(t));
        continue;
      }
      int m = monthName(tok);
      if (m > 0 && month == 0) {
        month = m;
      } else if (!filler(tok)) {
        other = true;
      }
    }
    if (other && numbers.isEmpty() && month == 0) {
      return Optional.empty();
    }
    int year = -1;
    List<Integer> small = new ArrayList<>();
    for (int n : numbers) {
      if (n > 31 && year < 0) {
        year = n;
      } else {
        small.add(n);
      }
    }
    if (small.size() > 2 || numbers.isEmpty() && month == 0) {
      return Optional.empty();
    }
    int day = 0;
    if (month > 0) {
      if (small.size() > 1) {
        return Optional.empty();
      }
      day = small.isEmpty() ? 0 : small.get(0);
    } else if (small.size() == 2) {
      // Day first (26/12/1991) unless that cannot be (12/26/1991).
      int a = small.get(0);
      int b = small.get(1);
      if (b > 12 && a <= 12 || monthFirst && a <= 12 && b <= 31 && !(a > 12)) {
        month = a;
        day = b;
      } else {
        day = a;
        month = b;
      }
    } else if (small.size() == 1) {
      // "11/1993", "11.1993": a month and its year; "26" alone is not a date.
      if (year < 0 || small.get(0) < 1 || small.get(0) > 12 || !s.matches(".*\\d[/.\\-]\\d.*")) {
        return Optional.empty();
      }
      month = small.get(0);
    }
    return valid(year, month, day);
  }

  private static Optional<Parsed> valid(int year, int month, int day) {
    if (month < 0 || month > 12 || day < 0 || day > 31 || day > 0 && month == 0) {
      return Optional.empty();
    }
    if (year < 0 && month == 0) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(year, month, day, false));
  }

  /** The words of a category in every pack, as a regex alternation ("(?!)" when none). */
  private static String alternatives(String category) {
    List<String> all = new ArrayList<>();
    for (LanguagePack p : LanguagePacks.all()) {
      for (String w : p.words(category)) {
        all.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
      }
    }
    return all.isEmpty() ? "(?!)" : String.join("|", all);
  }

  /** A month named in any pack (names, abbreviations, cases), also after prefix letters. */
  private static int monthName(String tok) {
    for (LanguagePack p : LanguagePacks.all()) {
      Integer m = p.monthForms().get(tok);
      if (m != null) {
        return m;
      }
    }
    // Prefix letters: בדצמבר, לדצמבר, מדצמבר, הדצמבר.
    for (LanguagePack p : LanguagePacks.all()) {
      if (tok.length() > 2 && !p.prefixes().isEmpty() && p.prefixes().indexOf(tok.charAt(0)) >= 0) {
        Integer m = p.monthForms().get(tok.substring(1));
        if (m != null) {
          return m;
        }
      }
    }
    return 0;
  }

  private static boolean filler(String tok) {
    for (LanguagePack p : LanguagePacks.all()) {
      if (p.words("date-fillers").contains(tok)) {
        return true;
      }
    }
    return false;
  }
}
