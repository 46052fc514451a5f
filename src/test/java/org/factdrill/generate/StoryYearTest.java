package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A page dated by its dateline may tell a story of another year: once the text has dated an event
 * with its month in that year ("The war began on 25 June 1950"), a later day or month written
 * without a year ("By June 30") belongs to the story, not to the page's own date; with nothing
 * closer to date it, it is not asked. A bare year naming a topic ("the flood of 1961") does not
 * move the story. Invented texts, generated over years and months.
 */
class StoryYearTest {
  private static List<Question> asked(Result r, String answer) {
    return Fixtures.clozes(r, answer);
  }

  @Test
  void aDayAfterAStoryDatedInAnotherYearIsNotDatedByThePage() {
    for (int k = 0; k < 12; k++) {
      int page = 2005 + k;
      int story = 1940 + 3 * k;
      String month = Fixtures.EN_MONTHS.get(k % 6);
      String later = Fixtures.EN_MONTHS.get(k % 6 + 1);
      int iso = k % 6 + 2;
      Result r = Fixtures.generate(Language.EN, "Veterans remember the river war\n{{December 5, "
          + page + "|date|" + page + "-12-05}}\n\nThe war began on {{" + month + " 25, " + story
          + "|date|" + story + "-" + String.format("%02d", iso - 1) + "-25}} when the northern army"
          + " crossed the river.\n\nBy {{" + later + " 30|date|--" + String.format("%02d", iso)
          + "-30}} the southern forces had fallen back to the coast.\n");
      assertTrue(asked(r, later + " 30").isEmpty(), r.report().format(r.bank()));
      assertTrue(Fixtures.skipped(r, SkipReason.NO_YEAR, later + " 30"),
          r.report().format(r.bank()));
    }
  }

  @Test
  void aDayAfterAStoryDatedInThePagesYearTakesThePagesYear() {
    Result r = Fixtures.generate(Language.EN, """
        Veterans remember the river war
        {{December 5, 2013|date|2013-12-05}}

        The memorial was opened on {{June 25, 2013|date|2013-06-25}} beside the old bridge.

        By {{July 30|date|--07-30}} more than four thousand visitors had come to see it.
        """);
    Question q = asked(r, "July 30").get(0);
    assertEquals("2013-07-30", q.answer().value().textual().orElseThrow());
  }

  @Test
  void aCaptionsDateIsItsPhotosNotTheStorys() {
    Result r = Fixtures.generate(Language.EN, """
        Veterans remember the river war
        {{December 5, 2013|date|2013-12-05}}

        Photo: soldiers rest beside a tank near the old bridge, {{June 9, 1951|date|1951-06-09}}

        The veterans gathered at the memorial of the river war, and by {{July 30|date|--07-30}} more \
        than four thousand visitors had come to see it.
        """);
    assertTrue(!asked(r, "July 30").isEmpty(), r.report().format(r.bank()));
    Question q = asked(r, "July 30").get(0);
    assertEquals("2013-07-30", q.answer().value().textual().orElseThrow());
  }

  @Test
  void aVietnameseDayAfterAStoryOfAnotherYearIsNotAsked() {
    Result r = Fixtures.generate(Language.VI, """
        Kỷ niệm trận sông Zarnov
        Thứ năm, {{12/11/2015|date|2015-11-12}}

        Trận đánh bắt đầu vào {{ngày 3 tháng 4 năm 1954|date|1954-04-03}} khi quân Zarnov vượt sông.

        Đến {{ngày 28/8|date|--08-28}}, quân phía nam đã rút về vùng ven biển.
        """);
    assertTrue(asked(r, "ngày 28/8").isEmpty(), r.report().format(r.bank()));
  }
}
