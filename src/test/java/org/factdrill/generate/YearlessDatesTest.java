package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 2: a day and month without a year take the year of the nearest explicit year
 * before them in the same sentence or paragraph, or the document's own date (a dateline); a
 * title's year is the topic's, not the document's date, and a year stated later in the
 * sentence names another event. If nothing close resolves the date, the fact is not asked.
 * Made-up texts in two languages.
 */
class YearlessDatesTest {

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static List<Question> asked(Result r, String answerText) {
    return r.bank().questions().stream().filter(q -> q.type() == QuestionType.CLOZE
        && q.answer().text().equals(answerText)).toList();
  }

  private static boolean skippedNoYear(Result r, String text) {
    return r.report().skipped().stream().anyMatch(s -> s.reason() == SkipReason.NO_YEAR
        && s.text().equals(text));
  }

  @Test
  void aTitlesYearDoesNotDateADayInAParagraphWithoutAYear() {
    Result vi = gen(Language.VI, """
        Chiến dịch Zarnov 1975

        Năm {{1974|date|1974}}, hai bên liên tục giao tranh ở vùng đồi phía bắc của tỉnh Plimsoll.

        Đến {{ngày 28/8|date|--08-28}}, đơn vị bộ binh đã rút về hậu cứ để củng cố lực lượng.
        """);
    assertTrue(asked(vi, "ngày 28/8").isEmpty(), vi.report().format(vi.bank()));
    assertTrue(skippedNoYear(vi, "ngày 28/8"), vi.report().format(vi.bank()));
    Result en = gen(Language.EN, """
        The Zarnov Campaign of 1975

        In {{1974|date|1974}} the two armies fought for the northern hills of Plimsoll province.

        By {{August 28|date|--08-28}} the infantry had fallen back to its base to regroup.
        """);
    assertTrue(asked(en, "August 28").isEmpty(), en.report().format(en.bank()));
  }

  @Test
  void onAPageWhoseLinesAreParagraphsADayTakesTheDatelinesYearNotTheLineBefore() {
    Result r = gen(Language.VI, """
        Triển lãm ảnh về trận lũ Zarnov
        Thứ năm, {{12/3/2015|date|2015-03-12}}
        Triển lãm ảnh về trận lũ lịch sử {{năm 1961|date|1961}} ở tỉnh Plimsoll vừa khai mạc tại thành phố Quorvex.
        Triển lãm mở cửa đến {{ngày 28/3|date|--03-28}} và dự kiến thu hút nhiều khách tham quan.
        """);
    Question q = asked(r, "ngày 28/3").get(0);
    assertEquals("2015-03-28", q.answer().value().textual().orElseThrow());
    assertTrue(q.facts().get(0).resolved().from().startsWith("document date"),
        q.facts().get(0).resolved().from());
  }

  @Test
  void aBareYearLaterInTheSentenceNamesAnotherEvent() {
    Result r = gen(Language.VI, """
        Trận Zarnov

        Ngày {{6 tháng 4|date|--04-06}}, quân đội rút khỏi thị trấn Plimsoll và đến {{năm 1980|date|1980}} mới trở lại vùng này.
        """);
    assertTrue(asked(r, "6 tháng 4").isEmpty(), r.report().format(r.bank()));
    // A list of dates whose last one carries the year still gives it to the others.
    Result list = gen(Language.VI, """
        Trận Zarnov

        Quân đội rút khỏi thị trấn Plimsoll ngày {{6 tháng 4|date|--04-06}} và trở lại vào {{ngày 2 tháng 9 năm 1980|date|1980-09-02}} sau nhiều tháng.
        """);
    assertEquals("1980-04-06", asked(list, "6 tháng 4").get(0).answer().value().textual()
        .orElseThrow());
  }

  @Test
  void aYearBeforeItInItsParagraphStillResolvesItWithEvidence() {
    Result r = gen(Language.VI, """
        Trận Zarnov

        Năm {{1946|date|1946}}, các nước thành lập hội đồng kiểm soát vùng Plimsoll. Ngày {{6 tháng 4|date|--04-06}}, hội đồng họp phiên đầu tiên tại thành phố Quorvex.
        """);
    Question q = asked(r, "6 tháng 4").get(0);
    assertEquals("1946-04-06", q.answer().value().textual().orElseThrow());
    assertTrue(q.facts().get(0).resolved().from().contains("'1946'"));
    assertTrue(q.prompt().contains("(1946)"), q.prompt());
  }

  @Test
  void aLeadingNYearsAgoThatNamesTheBlanksOwnYearIsLeftOut() {
    for (String[] c : new String[][] {
        {"en", "Saturday, {{30 March 2013|date|2013-03-30}}", "Exactly 40 years ago, on {{March 29, 1973|date|1973-03-29}}, the last troops left the Plimsoll base for home.", "March 29, 1973", "On _____, the last troops"},
        {"vi", "Thứ bảy, {{30/03/2013|date|2013-03-30}}", "Cách đây đúng 40 năm, vào {{ngày 29 tháng 3 năm 1973|date|1973-03-29}}, những binh sĩ cuối cùng rời căn cứ Plimsoll.", "ngày 29 tháng 3 năm 1973", "Vào _____, những binh sĩ"}}) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      Result r = gen(lang, "Zarnov\n" + c[1] + "\n\n" + c[2] + "\n");
      Question q = asked(r, c[3]).get(0);
      assertTrue(q.prompt().startsWith(c[4]), c[0] + ": " + q.prompt());
    }
  }

  @Test
  void anotherYearlessDateInThePromptGetsItsYearToo() {
    Result r = gen(Language.VI, """
        Zarnov
        Thứ bảy, {{30/03/2013|date|2013-03-30}}

        Theo số liệu báo chí công bố hôm {{29 tháng 3|date|--03-29}}, có hơn {{58.000|number|58000}} binh sĩ tử trận ở Plimsoll.
        """);
    Question q = asked(r, "58.000").get(0);
    assertTrue(q.prompt().contains("29 tháng 3 (2013)"), q.prompt());
  }

  @Test
  void aPeriodOfTwoDaysWithoutAYearIsAskedOnlyWithOne() {
    Result none = gen(Language.EN, """
        The Siege of Zarnov

        The siege of Zarnov lasted from {{May 27 to June 3|date|--05-27/--06-03}}, when the garrison gave up.
        """);
    assertTrue(asked(none, "May 27 to June 3").isEmpty(), none.report().format(none.bank()));
    assertTrue(skippedNoYear(none, "May 27 to June 3"), none.report().format(none.bank()));
    Result r = gen(Language.EN, """
        The Siege of Zarnov

        In {{1944|date|1944}} the siege of Zarnov lasted from {{May 27 to June 3|date|--05-27/--06-03}}, when the garrison gave up.
        """);
    assertEquals("1944-05-27/1944-06-03",
        asked(r, "May 27 to June 3").get(0).answer().value().textual().orElseThrow());
    Result winter = gen(Language.EN, """
        The Siege of Zarnov

        In {{1944|date|1944}} the siege of Zarnov lasted from {{December 28 to January 4|date|--12-28/--01-04}}, when the garrison gave up.
        """);
    assertEquals("1944-12-28/1945-01-04", asked(winter, "December 28 to January 4").get(0)
        .answer().value().textual().orElseThrow());
  }

  @Test
  void aChronologysDaysTakeTheYearOfTheDateLineAboveThem() {
    Result r = gen(Language.EN, """
        Chronology of the Zarnov campaign

        {{1943|date|1943}}

        {{3/15|date|--03-15}} – The fleet of Zarnov sailed from Plimsoll harbour with twelve ships.
        """);
    Question q = asked(r, "3/15").get(0);
    assertEquals("1943-03-15", q.answer().value().textual().orElseThrow());
    assertTrue(q.prompt().contains("(1943)"), q.prompt());
    // A line that only mentions a year names a topic whose span may be longer.
    Result topic = gen(Language.EN, """
        The Zarnov War of 1943

        On {{5/6|date|--05-06}} the army of Zarnov crossed the Plimsoll river at night.
        """);
    assertTrue(skippedNoYear(topic, "5/6"), topic.report().format(topic.bank()));
    // Another year stated between the date line and the day: not that line's section any more.
    Result between = gen(Language.EN, """
        {{1943|date|1943}}

        A memorial to the Zarnov fleet was built in {{1950|date|1950}} near the harbour.

        {{3/15|date|--03-15}} – The fleet of Zarnov sailed from Plimsoll harbour with twelve ships.
        """);
    assertTrue(skippedNoYear(between, "3/15"), between.report().format(between.bank()));
  }

  @Test
  void aLineOpeningWithAFullDateDatesTheDayLinesAfterIt() {
    Result r = gen(Language.EN, """
        Chronology of the Zarnov campaign

        {{1943 02/14|date|1943-02-14}} Sun. The fleet of Zarnov left Plimsoll harbour with twelve ships.
        {{03/30|date|--03-30}} The fleet of Zarnov reached the Orvin delta after a long storm.
        {{01/08|date|--01-08}} Fri. A new admiral took the fleet of Zarnov back to Plimsoll.
        """);
    Question full = asked(r, "1943 02/14").get(0);
    assertEquals("1943-02-14", full.answer().value().textual().orElseThrow());
    // The weekday beside the blank is a clue to the date, not part of the event.
    assertFalse(full.prompt().contains("Sun."), full.prompt());
    Question later = asked(r, "03/30").get(0);
    assertEquals("1943-03-30", later.answer().value().textual().orElseThrow());
    assertTrue(later.prompt().contains("(1943)"), later.prompt());
    // An earlier month after it would be the next year's: not asked.
    assertTrue(skippedNoYear(r, "01/08"), r.report().format(r.bank()));
  }
}
