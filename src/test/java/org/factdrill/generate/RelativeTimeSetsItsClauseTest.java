package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A time counted from the time before it ("a year earlier", "the following year", "một năm trước
 * đó") sets the time of its clause: a yearless day after it in the same clause is a day of that
 * year, not of the year the paragraph stated before. Opening a paragraph, it counts from the one
 * year the paragraph above ends with; a heading between, or several years there, leave it
 * unresolved and the fact is not asked. Made-up texts.
 */
class RelativeTimeSetsItsClauseTest {

  @Test
  void aDayAfterARelativeYearInItsClauseIsADayOfThatYear() {
    Result r = Fixtures.generate(Language.EN, """
        The Plimsoll Bridge

        The Plimsoll bridge was opened to traffic in {{1931|date|1931}} by the mayor of Quorvex. A year earlier, on {{5 June|date|--06-05}}, the engineers had closed the last span over the river.
        """);
    Question q = Fixtures.clozes(r, "5 June").get(0);
    assertEquals("1930-06-05", q.answer().value().textual().orElseThrow(), q.prompt());
    assertTrue(q.prompt().contains("A year earlier (1930)"), q.prompt());
    assertFalse(q.prompt().contains("(1931)"), q.prompt());
  }

  @Test
  void aParagraphOpeningWithARelativeYearCountsFromTheParagraphAbove() {
    Result en = Fixtures.generate(Language.EN, """
        The Plimsoll Bridge

        The Plimsoll bridge was opened to traffic in {{1931|date|1931}} by the mayor of Quorvex.

        A year earlier, on {{5 June|date|--06-05}}, the engineers had closed the last span over the river.
        """);
    assertEquals("1930-06-05",
        Fixtures.clozes(en, "5 June").get(0).answer().value().textual().orElseThrow());
    Result vi = Fixtures.generate(Language.VI, """
        Cầu Plimsoll

        Cầu Plimsoll được khánh thành vào {{năm 1931|date|1931}} trước sự chứng kiến của hàng nghìn người dân Quorvex.

        Một năm trước đó, vào {{ngày 5 tháng 6|date|--06-05}}, đoàn kỹ sư đã nối xong nhịp cầu cuối cùng trên sông.
        """);
    assertEquals("1930-06-05",
        Fixtures.clozes(vi, "ngày 5 tháng 6").get(0).answer().value().textual().orElseThrow());
  }

  @Test
  void aHeadingOrSeveralYearsAboveLeaveItUnresolved() {
    Result heading = Fixtures.generate(Language.EN, """
        The Plimsoll Bridge

        The Plimsoll bridge was opened to traffic in {{1931|date|1931}} by the mayor of Quorvex.

        Construction

        A year earlier, on {{5 June|date|--06-05}}, the engineers had closed the last span over the river.
        """);
    assertTrue(Fixtures.clozes(heading, "5 June").isEmpty(), heading.report().format(heading.bank()));
    Result two = Fixtures.generate(Language.EN, """
        The Plimsoll Bridge

        The bridge was planned in {{1924|date|1924}} and opened to traffic in {{1931|date|1931}} by the mayor of Quorvex.

        A year earlier, on {{5 June|date|--06-05}}, the engineers had closed the last span over the river.
        """);
    assertTrue(Fixtures.clozes(two, "5 June").isEmpty(), two.report().format(two.bank()));
  }
}
