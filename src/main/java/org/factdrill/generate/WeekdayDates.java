package org.factdrill.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;

/**
 * A prompt that names the day of the week of its whole date ("on Tuesday, _____", "at nine on
 * Friday night, _____") tells a student who knows the calendar which wrong dates are wrong: a
 * date of another year or another day falls, six times in seven, on another weekday. So a whole
 * date's wrong values keep the answer's weekday (the same day of other years whose calendar
 * matches, days a week or weeks apart), and a value that is no whole date is not offered; when
 * too few remain the choice is not asked. Weekday names are the pack's {@code weekdays} and
 * CLDR's full names of every language; written in a script with capitals, one of their letters
 * is a capital ("Tuesday", "thứ Ba"), since "thứ ba" in lower case is also "the third".
 */
final class WeekdayDates {
  /** Every full weekday name, lower case ("tuesday", "thứ ba", "יום שלישי"). */
  private static final List<String> NAMES = names();

  private WeekdayDates() {}

  private static List<String> names() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Language l : Language.values()) {
      Locale loc = l.pack().locale();
      l.pack().words("weekdays").forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
      for (String n : com.ibm.icu.text.DateFormatSymbols.getInstance(loc).getWeekdays()) {
        if (n != null && n.length() >= 3) {
          out.add(n.toLowerCase(Locale.ROOT));
        }
      }
    }
    return List.copyOf(new ArrayList<>(out));
  }

  /**
   * Accepts every value when the answer is no whole date or {@code template} names no weekday;
   * otherwise only whole dates on the answer's weekday.
   */
  static Predicate<Value> keep(String template, Value answer) {
    DayOfWeek day = answer instanceof Value.Date d ? weekday(d.iso()) : null;
    if (day == null || !namesWeekday(template)) {
      return v -> true;
    }
    return v -> v instanceof Value.Date d && weekday(d.iso()) == day;
  }

  /** The weekday of a whole ISO date (yyyy-mm-dd), or null for any other value. */
  static DayOfWeek weekday(String iso) {
    if (!iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(iso).getDayOfWeek();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** True when {@code text} holds a weekday's full name as a word, written as a name. */
  static boolean namesWeekday(String text) {
    String low = text.toLowerCase(Locale.ROOT);
    for (String n : NAMES) {
      for (int at = low.indexOf(n); at >= 0; at = low.indexOf(n, at + 1)) {
        int end = at + n.length();
        if (low.length() != text.length()) {
          return false; // lower-casing moved the letters: no offsets to compare
        }
        if ((at == 0 || !Character.isLetter(low.charAt(at - 1)))
            && (end == low.length() || !Character.isLetter(low.charAt(end)))
            && writtenAsName(text.substring(at, end))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A name in a script with capitals has one ("thứ Năm", "Thursday"; "lần thứ năm", the fifth
   * time, is an ordinal); in one without, any spelling is the name.
   */
  static boolean writtenAsName(String word) {
    boolean cased = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        return true;
      }
      cased |= Character.isLowerCase(c);
    }
    return !cased;
  }
}
