package org.factdrill.generate;

import java.util.List;
import java.util.function.Predicate;
import org.factdrill.bank.Question;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactExtractor;
import org.factdrill.extract.Value;
import org.factdrill.text.Document;
import org.factdrill.text.Language;

/**
 * The audit's check for a time counted from another day or month ({@link BankAudit}): a phrase of
 * the pack's day referents ("the next day", "hôm sau", "למחרת") or month referents ("a month
 * later", "cùng tháng") in a prompt (the blank read as its answer) or an event; a weekday ("on
 * Sunday") with no date of a day in the same text. A counted day or month is resolved when
 * a date writing a day (a month) stands before it in the same text, or follows it as its object
 * ("the day before 6 May") or in brackets ("the next day (6 May)"). A day phrase set off by a
 * comma before the date that names its day ("The day before, 19 March, …") is a fault of its own:
 * the date says the day, the phrase points to a day not shown ({@link DayApposition}).
 */
final class AuditDayPhrase {
  /** A date this close after a phrase is its object or its apposition. */
  private static final int NEAR = 25;

  private final FactExtractor extractor = new FactExtractor();

  void check(Language lang, Question q, String prompt, BankAudit.Sink s) {
    List<String> texts = AskedTexts.of(q, prompt);
    for (String t : texts) {
      String found = find(lang, t);
      if (found != null) {
        s.hit(BankAudit.Category.RELATIVE, found);
        return;
      }
    }
  }

  /** What counted time {@code t} leaves unresolved, with the stretch around it; null when none. */
  String find(Language lang, String t) {
    Referents r = Referents.of(lang);
    List<int[]> days = r.counted(t, 0, t.length(), Referents.Counted.DAY);
    List<int[]> months = r.counted(t, 0, t.length(), Referents.Counted.MONTH);
    List<int[]> weekdays = r.counted(t, 0, t.length(), Referents.Counted.WEEKDAY);
    if (days.isEmpty() && months.isEmpty() && weekdays.isEmpty()) {
      return null;
    }
    List<Fact> dates = extractor.extract(new Document("audit", t, lang)).stream()
        .filter(f -> f.value() instanceof Value.Date).toList();
    if (!weekdays.isEmpty() && dates.stream().noneMatch(DayApposition::dayDate)) {
      // "on Sunday": which Sunday only a date with a day says, anywhere in the prompt.
      int[] p = weekdays.get(0);
      return "a weekday with no date of a day | " + BankAudit.around(t, p[0], p[1]);
    }
    for (int[] p : days) {
      if (DayApposition.appositionEnd(lang, t, p[1], t.length(), dates) > 0) {
        return "a day phrase beside the date that names its day | "
            + BankAudit.around(t, p[0], p[1]);
      }
      if (!resolved(p, dates, DayApposition::dayDate)) {
        return "a day counted from a day not shown | " + BankAudit.around(t, p[0], p[1]);
      }
    }
    for (int[] p : months) {
      if (!resolved(p, dates, AuditDayPhrase::monthDate)) {
        return "a month counted from a month not shown | " + BankAudit.around(t, p[0], p[1]);
      }
    }
    return null;
  }

  /** True when a date {@code dated} accepts stands before the phrase, or right after it. */
  private static boolean resolved(int[] p, List<Fact> dates, Predicate<Fact> dated) {
    for (Fact g : dates) {
      if (!dated.test(g)) {
        continue;
      }
      if (g.end() <= p[0] || g.start() >= p[1] && g.start() - p[1] <= NEAR) {
        return true;
      }
    }
    return false;
  }

  /** A date that writes its month ("March 1950", "8/3/1942"; a day's date too). */
  static boolean monthDate(Fact f) {
    return f.value() instanceof Value.Date d && MONTH.matcher(d.iso()).matches();
  }

  private static final java.util.regex.Pattern MONTH =
      java.util.regex.Pattern.compile("(?:-?\\d{4}|-)-\\d\\d.*");
}
