package org.factdrill.generate;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdrill.extract.Value;

/** Whether the prompt or the line above it states the answer: its text or one of its numbers. */
final class PromptGiveaways {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

  private PromptGiveaways() {}

  /** True when the prompt, outside the blank, states the answer's text or one of its numbers. */
  static boolean givesAway(String template, String answerText, Value value) {
    String rest = template.replace(String.valueOf(PromptBuilder.HOLE), " ");
    if (java.util.regex.Pattern.compile("(?<![\\p{N}])" + java.util.regex.Pattern.quote(answerText)
        + "(?![\\p{N}])", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
        .matcher(rest).find()) {
      return true;
    }
    if (yearInside(rest, value)) {
      return true; // "(1820–1890)" beside a blank answered "the 19th century"
    }
    if (YearCodes.givesYear(rest, value)) {
      return true; // "issued as directive 212/87" beside a blank answered "May 3, 1987"
    }
    if (value instanceof Value.Date d && d.iso().length() > 4 && !d.isRange()) {
      // A day or month date is given away only by itself: "31 December 1991" elsewhere in the
      // sentence does not answer "26 December 1991".
      return false;
    }
    Set<BigDecimal> answerNumbers = AnswerNumbers.of(answerText, value);
    Set<BigDecimal> promptNumbers = new HashSet<>();
    AnswerNumbers.collect(rest, promptNumbers);
    promptNumbers.retainAll(answerNumbers);
    return !promptNumbers.isEmpty();
  }

  /**
   * True when a context line states the answer or one of its numbers (a title with the year of
   * the blanked date): shown above the prompt, it would answer it.
   */
  static boolean contextGivesAway(String context, String answerText, Value value) {
    return contextGivesAway(context, answerText, value, "");
  }

  /**
   * As above; {@code prefixes} are letters written onto a word that may stand before the answer
   * ("החמש עשרה"), never the one joining the parts of a compound number: "חמש" (five) is not
   * stated by "העשרים וחמש" (the twenty-fifth).
   */
  static boolean contextGivesAway(String context, String answerText, Value value,
      String prefixes) {
    String before = prefixes.isEmpty() ? "" : "[" + Pattern.quote(prefixes) + "]{0,2}";
    if (Pattern.compile("(?<![\\p{L}\\p{N}])" + before + Pattern.quote(answerText)
        + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(context).find()) {
      return true;
    }
    if (yearInside(context, value)) {
      return true; // "… from 1988 to 2004" above a question whose answer is "the 1980s"
    }
    Set<BigDecimal> answerNumbers = new HashSet<>();
    if (value instanceof Value.Date d && !d.isRange() && d.iso().matches("\\d{4}-\\d\\d.*")
        && !answerText.contains(d.iso().substring(0, 4))) {
      // "12 May" whose year the page gives ("1871 in Norland" above it) and the prompt shows
      // beside the blank: the title's year answers nothing the student is asked.
      AnswerNumbers.collect(answerText, answerNumbers);
    } else {
      answerNumbers.addAll(AnswerNumbers.of(answerText, value));
    }
    Set<BigDecimal> shown = new HashSet<>();
    AnswerNumbers.collect(context, shown);
    shown.retainAll(answerNumbers);
    return !shown.isEmpty();
  }

  /** True when the answer is a decade or century and {@code shown} writes a year inside it. */
  private static boolean yearInside(String shown, Value value) {
    int[] span = value instanceof Value.Date d && d.iso().matches("\\d{2,3}")
        ? YearOptions.period(d.iso()) : null;
    java.util.regex.Matcher y = YEAR.matcher(shown);
    while (span != null && y.find()) {
      int n = Integer.parseInt(y.group());
      if (n >= span[0] && n <= span[1]) {
        return true;
      }
    }
    return false;
  }
}
