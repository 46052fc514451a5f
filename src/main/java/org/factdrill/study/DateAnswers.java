package org.factdrill.study;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.lang.LanguagePack;
import org.factdrill.text.Language;

/**
 * Checks a typed date against a fact's ISO date: any usual order, reduced precision (--MM-DD, a
 * decade, a century), dates and centuries before the common era ({@link EraAnswers}), and
 * periods (A/B) with either end right counting as close.
 */
final class DateAnswers {
  private DateAnswers() {
  }

  /** Compares a typed date with an ISO date (reduced precision, --MM-DD, decade, A/B range). */
  static Verdict check(String iso, String t) {
    return check(iso, t, Language.DEFAULT.pack());
  }

  private static final Pattern YEAR_SPAN =
      Pattern.compile("^\\s*(\\d{4})\\s*[-–—]\\s*(\\d{2}|\\d{4})\\s*$");

  /**
   * As {@link #check(String, String)}, reading "10/9" in the pack's declared numeric order
   * ({@code numeric-date-order} mdy or dmy); where a pack declares none, two small numbers count
   * only when both readings give the answer.
   */
  static Verdict check(String iso, String t, LanguagePack pack) {
    if (iso.contains("/")) {
      String[] ends = iso.split("/");
      String[] typedEnds = TypedWords.PERIOD_SPLIT.split(t);
      Matcher span = YEAR_SPAN.matcher(t);
      if (span.matches()) {
        // "1992-94": the second year written as its last two digits.
        String a = span.group(1);
        String b = span.group(2).length() == 2 ? a.substring(0, 2) + span.group(2) : span.group(2);
        typedEnds = new String[] {a, b};
      }
      typedEnds = EraAnswers.shared(typedEnds); // "5th – 3rd century BC": the era written once
      if (typedEnds.length == 2 && check(ends[0], typedEnds[0], pack).correct()
          && check(ends[1], typedEnds[1], pack).correct()) {
        return Verdict.correct("same dates");
      }
      if (typedEnds.length == 2 && (check(ends[0], typedEnds[0], pack).correct()
          || check(ends[1], typedEnds[1], pack).correct())) {
        return Verdict.close("one end of the period is right");
      }
      for (String e : ends) {
        if (check(e, t, pack).kind() != Verdict.Kind.WRONG) {
          return Verdict.close("one end of the period");
        }
      }
      return Verdict.wrong("different dates");
    }
    Optional<Verdict> era = EraAnswers.check(iso, t, pack); // "-0044", "-04", "18"
    if (era.isPresent()) {
      return era.get();
    }
    String order = pack.setting("numeric-date-order", "");
    Optional<DateParser.Parsed> got = DateParser.parse(t, order.equals("mdy"));
    if (got.isEmpty()) {
      return Verdict.wrong("not a date");
    }
    DateParser.Parsed g = got.get();
    if (order.isEmpty()) {
      Optional<DateParser.Parsed> other = DateParser.parse(t, true);
      if (other.isPresent() && !other.get().equals(g)) {
        // No declared order and the two readings differ: the year may still be right.
        g = new DateParser.Parsed(g.year(), 0, 0, g.decade());
        if (!iso.startsWith("--") && g.year() == Integer.parseInt(iso.substring(0, 4))) {
          return Verdict.close("right year; day and month can be read both ways");
        }
        return Verdict.wrong("day and month can be read both ways");
      }
    }
    if (iso.matches("\\d{3}")) {
      int decade = Integer.parseInt(iso) * 10;
      if (g.decade() && (g.year() == decade || g.year() < 100 && g.year() == decade % 100)) {
        return Verdict.correct("same decade");
      }
      return g.year() >= decade && g.year() < decade + 10 ? Verdict.close("a year of that decade")
          : Verdict.wrong("different decade");
    }
    if (iso.matches("\\d{2}")) {
      // A century ("the 1800s" is stored as 18): found by a simulated learner typing a year into
      // such a cloze, which used to end the session with an exception.
      int century = Integer.parseInt(iso) * 100;
      if (g.decade() && g.year() == century) {
        return Verdict.correct("same century");
      }
      return g.year() >= century && g.year() < century + 100
          ? Verdict.close("a year of that century") : Verdict.wrong("different century");
    }
    int year = -1;
    int month = 0;
    int day = 0;
    String rest = iso;
    if (rest.startsWith("--")) {
      rest = rest.substring(2);
    } else {
      year = Integer.parseInt(rest.substring(0, 4));
      rest = rest.length() > 5 ? rest.substring(5) : "";
    }
    if (!rest.isEmpty()) {
      month = Integer.parseInt(rest.substring(0, 2));
      day = rest.length() >= 5 ? Integer.parseInt(rest.substring(3, 5)) : 0;
    }
    boolean yearOk = year < 0 || g.year() == year;
    boolean monthOk = month == 0 || g.month() == month;
    boolean dayOk = day == 0 || g.day() == day;
    if (g.decade()) {
      return year >= 0 && year / 10 * 10 == g.year() ? Verdict.close("right decade")
          : Verdict.wrong("different date");
    }
    if (yearOk && monthOk && dayOk) {
      // More precise than the fact ("15/11/1993" for November 1993): that day is not in the text.
      if (day == 0 && g.day() > 0 || month == 0 && g.month() > 0) {
        return Verdict.close("the text gives only " + iso);
      }
      return Verdict.correct("same date");
    }
    if (year >= 0 && g.year() == year) {
      return Verdict.close("right year; the full date is " + iso);
    }
    if (year < 0 && month > 0 && g.month() == month) {
      return Verdict.close("right month; the date is " + iso);
    }
    return Verdict.wrong("different date");
  }
}
