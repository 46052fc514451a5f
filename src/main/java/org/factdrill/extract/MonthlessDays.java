package org.factdrill.extract;

/**
 * A day of the month whose month is not written: in a language whose dates lead each part with
 * its word ("ngày 29 tháng 4"), a number of 1 to 31 right after the word for the day (and its
 * particle: "ngày mồng 3") and before a clause mark, a line break or the text's end is the day of
 * a month the sentence before named ("Đến ngày 29, quân ta …"), or of one an excerpt cut off
 * ("… vào ngày 30"): never a count ("30 ngày", thirty days, writes the count first). A number
 * followed by a word stays a number ("mỗi ngày 3 bữa", three meals a day). Languages whose dates
 * are not marker-first have no such word ({@link DateRecognizer#dayAfterWord}).
 */
final class MonthlessDays {
  private MonthlessDays() {}

  /** True when number match {@code m} of {@code t} is such a day. */
  static boolean holds(Toks t, Match m, DateRecognizer dates) {
    int j = m.from();
    if (m.to() != j + 1 || j < 1 || DateTokens.day(t, j) < 0
        || dates.dayAfterWord(t, j - 1) != j && (j < 2 || dates.dayAfterWord(t, j - 2) != j)) {
      return false;
    }
    int next = j + 1;
    // A mark that joins digits ("29/4", "29.4", "29-30") leads to another number, not a clause.
    return next >= t.size() || t.lineBreakBefore(next) || t.type(next) == Toks.PUNCT
        && !t.isDash(next) && !t.isPunct(next, '%')
        && !(t.isDigits(next + 1) && t.attached(next + 1));
  }
}
