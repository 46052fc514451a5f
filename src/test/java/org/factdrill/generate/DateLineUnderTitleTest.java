package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdrill.bank.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Carried item (twenty-first session, "the speech's date line under its title"): a line holding
 * only a date, right under a speech's or a letter's title and before its first paragraph, is the
 * document's date: the relative times of the text count from it ("last year" is the year before),
 * and the line itself is no sentence, so its date is not asked from the title. A guard: the
 * pipeline of review-base-s22 already reads it so (the lead asked that it stay so); the figures
 * and wordings here vary the shape (a month-first and a day-first date, with a weekday, a
 * salutation line between). Every text is made up.
 */
class DateLineUnderTitleTest {
  private static void datesTheText(Path dir, String text, String date) throws Exception {
    Result r = RealText.generate(dir, "t.txt", text);
    boolean counted = false;
    for (Question q : r.bank().questions()) {
      assertFalse(q.answer().text().equals(date) || q.prompt().contains(date), q.prompt());
      counted |= q.prompt().contains("(1930)");
    }
    assertTrue(counted, "'last year' counted from the date line: " + r.report().format(r.bank()));
  }

  @Test
  void aSpeechsDateLineDatesItAndIsNotAsked(@TempDir Path dir) throws Exception {
    datesTheText(dir, "Address to the Harbour Guild of Orvik\n\nMarch 14, 1931\n\nFriends, last"
        + " year the guild built twelve new galleys. In 1925 the old dock burned down.\n",
        "March 14, 1931");
  }

  @Test
  void aLettersDateLineWithAWeekdayDatesItAndIsNotAsked(@TempDir Path dir) throws Exception {
    datesTheText(dir, "Letter of the Governor to the Council of Varn\n\nSaturday, 14 March"
        + " 1931\n\nDear Sirs,\n\nLast year the council of Varn paid 40,000 crowns for the new"
        + " dock. In 1925 the old dock burned down.\n", "14 March 1931");
  }
}
