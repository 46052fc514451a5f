package org.factdrill.generate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.text.Language;

/**
 * A weekday that labels a date ("03/15 Mon. The fleet sails", "Monday, _____, the talks") says
 * which day of the week that date was, nothing of the event: beside a blank it is a clue to the
 * answer, and once the date is taken out of a clause (a timeline item) it is left alone, a label
 * without its date. Weekday names and abbreviations are those of every language pack and of
 * CLDR for its locale, since a weekday next to a date is a label in whatever language it is.
 */
final class DayLabels {
  /** Every weekday name and abbreviation, lower case, without a final period. */
  private static final Set<String> WEEKDAYS = weekdays();
  /** A weekday word with its period, comma or brackets, alone: "Mon.", "(Tue)", "Sunday,". */
  private static final String LABEL = "\\(?([\\p{L}\\p{M}]+)\\.?\\)?[,:]?";
  private static final Pattern AFTER = Pattern.compile("^(\\s*(?:\\(\\d{3,4}\\))?)\\s+" + LABEL
      + "(?=\\s|$)");
  private static final Pattern BEFORE = Pattern.compile("(?:^|(?<=\\s))" + LABEL + "\\s+$");

  private DayLabels() {}

  private static Set<String> weekdays() {
    Set<String> out = new HashSet<>();
    for (Language l : Language.values()) {
      Locale loc = l.pack().locale();
      for (String cat : new String[] {"weekdays", "weekday-abbreviations"}) {
        l.pack().words(cat).forEach(w -> out.add(w.toLowerCase(loc)));
      }
      com.ibm.icu.text.DateFormatSymbols sym = com.ibm.icu.text.DateFormatSymbols.getInstance(loc);
      for (String[] names : new String[][] {sym.getWeekdays(), sym.getShortWeekdays()}) {
        for (String n : names) {
          if (n != null && n.length() >= 2) {
            out.add(n.toLowerCase(loc).replace(".", ""));
          }
        }
      }
    }
    return Set.copyOf(out);
  }

  /** True when {@code word} names a day of the week in some language ("Mon", "thứ"… not). */
  static boolean weekday(String word) {
    return WEEKDAYS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * {@code template} without a weekday standing right after its hole (past the year the prompt
   * adds in brackets) or right before it: "_____ (1942) Mon. The fleet" → "_____ (1942) The
   * fleet". Unchanged when there is none.
   */
  static String besideHole(String template) {
    int hole = template.indexOf(PromptBuilder.HOLE);
    if (hole < 0) {
      return template;
    }
    String left = template.substring(0, hole);
    String right = template.substring(hole + 1);
    return withoutBefore(left) + PromptBuilder.HOLE + withoutAfter(right);
  }

  /** {@code right} (what follows a date) without the weekday that opens it. */
  static String withoutAfter(String right) {
    Matcher m = AFTER.matcher(right);
    return m.find() && label(m.group(), m.group(2)) ? m.group(1) + right.substring(m.end())
        : right;
  }

  /** {@code left} (what precedes a date) without the weekday that ends it. */
  static String withoutBefore(String left) {
    Matcher m = BEFORE.matcher(left);
    return m.find() && label(m.group(), m.group(1)) ? left.substring(0, m.start()) : left;
  }

  /**
   * A weekday written as a label: capitalized, with its period, or in a script without capitals
   * ("sun", "sat" in lower case are words of the sentence).
   */
  private static boolean label(String match, String word) {
    int c = word.codePointAt(0);
    return weekday(word) && (Character.isUpperCase(c) || match.contains(".")
        || !Character.isLowerCase(c));
  }
}
