package org.factdrill.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.factdrill.extract.Fact;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * An answer that years of the language's own calendar shown with it give away (a pack with
 * {@code calendar-months}: Hebrew years in letters, read by {@link CalendarGloss}): a number of
 * years that two of them span ("במשך 32 שנה (תרמ"ב–תרע"ד)": subtracting the letters' values gives
 * it), or a Gregorian period whose first or last year one of them states. A student who reads the
 * calendar works the blank out; such a fact is not asked.
 */
final class OwnCalendarYears {
  private static final String HOLE = String.valueOf(PromptBuilder.HOLE);
  /** The packs that name the months of a calendar of their own, read once. */
  private static final java.util.Set<Language> OWN_MONTHS = LangWords.perLanguage(
      l -> LangWords.lines(l, "calendar-months").isEmpty() ? null : l).keySet();

  private OwnCalendarYears() {}

  /**
   * Why the answer follows from own-calendar years in {@code template} (the prompt with its
   * hole) or {@code contextLine}, or null.
   */
  static String derivable(Language lang, String text, Fact f, String template, String contextLine) {
    String shown = template.replace(HOLE, " ") + "\n" + (contextLine == null ? "" : contextLine);
    if (cycleSpan(lang, text, f, shown)) {
      return "two years of the sixty-year cycle span it";
    }
    List<Integer> years = shownYears(lang, shown);
    if (years.isEmpty()) {
      return null;
    }
    int count = YearSpans.yearsCount(lang, text, f);
    if (count >= 2) {
      for (int i = 0; i < years.size(); i++) {
        for (int j = i + 1; j < years.size(); j++) {
          // Within one either way: a Hebrew year straddles two Gregorian ones, and periods are
          // counted with or without their last year.
          if (Math.abs(Math.abs(years.get(j) - years.get(i)) - count) <= 1) {
            return "two years of the own calendar span it";
          }
        }
      }
    }
    if (f.value() instanceof Value.Date d && d.isRange()) {
      for (String part : d.iso().split("/")) {
        int end = new Value.Date(part).year();
        for (int y : years) {
          if (end > 0 && (y == end || y - 1 == end)) {
            return "a year of the own calendar states an end of the period";
          }
        }
      }
    }
    return null;
  }

  /**
   * True when own-calendar or cycle years in {@code shown} (a chronology item's prompt and
   * context line) give away {@code count} years between two events or the length of a period
   * ("נמשך (תרע"ח–תש"ח)"): two of them span it, or one states the Gregorian year {@code ends}
   * counts from or to.
   */
  static boolean giveCount(Language lang, String shown, int count, int... ends) {
    List<Integer> years = shownYears(lang, shown);
    for (int i = 0; i < years.size(); i++) {
      for (int e : ends) {
        if (e > 0 && (years.get(i) == e || years.get(i) - 1 == e)) {
          return true;
        }
      }
      for (int j = i + 1; j < years.size(); j++) {
        if (Math.abs(Math.abs(years.get(j) - years.get(i)) - count) <= 1) {
          return true;
        }
      }
    }
    List<Integer> cycle = count < 60 ? OtherCalendars.of(lang).cycleYears(shown) : List.of();
    for (int i = 0; i < cycle.size(); i++) {
      for (int j = i + 1; j < cycle.size(); j++) {
        int d = Math.floorMod(cycle.get(j) - cycle.get(i), 60);
        if (d == count || d + 1 == count || 60 - d == count || 60 - d + 1 == count) {
          return true;
        }
      }
    }
    return false;
  }

  /** The Gregorian years of the own-calendar years written in {@code shown} (none without). */
  private static List<Integer> shownYears(Language lang, String shown) {
    List<Integer> years = new ArrayList<>();
    if (!OWN_MONTHS.contains(lang)) {
      return years;
    }
    Matcher m = CalendarGloss.YEAR.matcher(shown);
    while (m.find()) {
      int g = CalendarGloss.gregorian(m.group());
      if (g > 0) {
        years.add(g);
      }
    }
    return years;
  }

  /**
   * True when the fact counts fewer years than a cycle and two cycle years named before it span
   * that many ("từ năm canh-tí cho đến nhâm-dần được có 3 năm": the names fix the count, counted
   * with or without the last year); a longer count the names fix only up to whole cycles.
   */
  private static boolean cycleSpan(Language lang, String text, Fact f, String shown) {
    int count = YearSpans.yearsCount(lang, text, f);
    if (count < 1 || count >= 60) {
      return false;
    }
    List<Integer> cycle = OtherCalendars.of(lang).cycleYears(shown);
    for (int i = 0; i < cycle.size(); i++) {
      for (int j = i + 1; j < cycle.size(); j++) {
        int d = Math.floorMod(cycle.get(j) - cycle.get(i), 60);
        if (d == count || d + 1 == count) {
          return true;
        }
      }
    }
    return false;
  }
}
