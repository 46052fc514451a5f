package org.factdrill.generate;

import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Value;

/**
 * The month of a dated answer named on the screen beside its blank ("The strike began in _____,
 * a cold March …" for "March 1899"): a student typing the date reads its month off the prompt, and
 * options that differ in the month differ in what the prompt says. Options that differ only in
 * the year (March 1898, March 1899, …) stay honest.
 */
final class ShownMonth {
  /** Digits this close to a month name make it part of another date ("14 March 1899"). */
  private static final int NEAR = 4;

  private ShownMonth() {}

  /**
   * True when a question of {@code type} gives away the month of {@code answer}: its prompt
   * ({@code template}, the blank a hole) or {@code contextLine} names that month alone, and the
   * question asks it (a cloze of a date to the month or day, or options varying the month).
   */
  static boolean givesAway(QuestionType type, Value answer, String answerText, String template,
      String contextLine, OptionShape shape) {
    if (!(answer instanceof Value.Date d) || d.isRange()
        || !d.iso().matches("(?:\\d{4}|-)-\\d\\d(?:-\\d\\d)?")) {
      return false;
    }
    boolean asked = type == QuestionType.CLOZE
        || shape != null && shape.mode == OptionShape.Mode.MONTH;
    if (!asked) {
      return false;
    }
    int month = Integer.parseInt(d.iso().substring(d.iso().indexOf('-', 1) + 1,
        d.iso().indexOf('-', 1) + 3));
    if (Months.find(answerText, month) == null) {
      return false; // a month written in digits ("3/1899") is not what a month name gives away
    }
    String rest = template.replace(String.valueOf(PromptBuilder.HOLE), " ") + "\n"
        + (contextLine == null ? "" : contextLine);
    return alone(rest, month);
  }

  /** True when {@code text} names {@code month} with no digit right beside it. */
  static boolean alone(String text, int month) {
    String t = text;
    for (int guard = 0; guard < 8; guard++) {
      Months.Match m = Months.find(t, month);
      if (m == null) {
        return false;
      }
      String near = t.substring(Math.max(0, m.start() - NEAR), m.start()) + " "
          + t.substring(m.end(), Math.min(t.length(), m.end() + NEAR));
      if (!near.matches("(?s).*\\p{N}.*")) {
        return true;
      }
      // Blank this one out and look for another naming of the month.
      t = t.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + t.substring(m.end());
    }
    return false;
  }
}
