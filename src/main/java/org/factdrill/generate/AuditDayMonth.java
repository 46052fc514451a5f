package org.factdrill.generate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.factdrill.text.LayoutWords;

/**
 * The audit's check for a day and month that a prompt shows without any year ({@link BankAudit}):
 * a month of the pack with a day figure beside it ("6 August", "May 8", "ngày 6 tháng 8"), in a
 * prompt that writes no year, under a context line that writes none, and whose answer is no
 * date with a year. The student cannot tell which year it
 * is, whether or not the day-month is the answer.
 */
final class AuditDayMonth {
  /** A day figure closing the text before a month ("6 ", "the 6th of "). */
  private static final Pattern DAY_BEFORE = Pattern.compile("(?<![\\d.,])\\d{1,2}(?:\\p{Ll}{1,2})?"
      + "\\s*(?:\\p{Ll}{1,3}\\s+)?[\\-־]?\\s*$");
  /** A day figure opening the text after a month (" 8", " 8th"), not a year. */
  private static final Pattern DAY_AFTER = Pattern.compile("\\s*(?:\\p{Ll}{1,3}\\s+)?\\d{1,2}(?![\\d.,]?\\d)");
  /** A year: a figure of four digits standing alone, or three or four in brackets. */
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])\\d{4}(?![\\d]|[.,]\\d)"
      + "|\\(\\d{3,4}\\)");

  private AuditDayMonth() {}

  static void check(Language lang, Question q, String prompt, BankAudit.Sink s) {
    if (q.context() != null && YEAR.matcher(q.context()).find() || q.answer().value().date()
        .map(d -> !d.iso().startsWith("--")).orElse(false)) {
      return; // the context line above the prompt, or the answer itself, gives the year
    }
    List<String> texts = AskedTexts.of(q, prompt);
    for (String t : texts) {
      String found = find(lang, t);
      if (found != null) {
        s.hit(BankAudit.Category.NO_YEAR, "day and month without a year | " + found);
        return;
      }
    }
  }

  /** The day-month written in {@code t} with no year anywhere in it; null when none. */
  static String find(Language lang, String t) {
    if (YEAR.matcher(t).find()) {
      return null;
    }
    Matcher m = LayoutWords.of(lang).months().matcher(t);
    while (m.find()) {
      boolean dayBefore = DAY_BEFORE.matcher(t.substring(Math.max(0, m.start() - 12), m.start()))
          .find();
      boolean dayAfter = DAY_AFTER.matcher(t).region(m.end(), t.length()).lookingAt();
      if (dayBefore || dayAfter) {
        return BankAudit.around(t, m.start(), m.end());
      }
    }
    return null;
  }
}
