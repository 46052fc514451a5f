package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A prompt that names its whole date's weekday offers wrong dates on that weekday only (the
 * calendar would rule out the others); a sentence that exclaims or invites is not asked as
 * true/false. Invented sentences, generated dates.
 */
class WeekdayDatesTest {
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final String[] VI_DAYS = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu",
      "thứ Bảy", "Chủ nhật"};

  private static LocalDate date(int year, int dayOfYear) {
    return LocalDate.ofYearDay(year, Math.min(dayOfYear, 365));
  }

  /**
   * Every date a choice or true/false of answer {@code answer} whose prompt names a weekday
   * shows: its options, or its statement's.
   */
  private static List<LocalDate> shown(Result r, String answer, boolean named) {
    List<LocalDate> out = new ArrayList<>();
    for (Question q : r.bank().questions()) {
      if (!q.answer().text().equals(answer) || q.type() == QuestionType.CLOZE
          || WeekdayDates.namesWeekday(q.prompt()) != named) {
        continue;
      }
      List<String> texts = q instanceof Question.Choice c ? c.options() : List.of(q.prompt());
      for (String t : texts) {
        Matcher m = DMY.matcher(t);
        while (m.find()) {
          out.add(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1))));
        }
      }
    }
    return out;
  }

  @Property(tries = 40, seed = "1717")
  void vietnameseOptionsOfADateWithItsWeekdayKeepTheWeekday(
      @ForAll @IntRange(min = 1850, max = 1990) int year,
      @ForAll @IntRange(min = 1, max = 365) int dayOfYear, @ForAll long seed) {
    LocalDate d = date(year, dayOfYear);
    String written = "ngày " + d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + year;
    Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", Language.VI, """
        Lịch sử cảng Vân Đồn

        Hội đồng thị xã Vân Đồn họp vào sáng %s, {{%s|date|%s}}, để ký hiến chương bến cảng mới.

        Bến cảng được mở rộng thêm hai cầu tàu vào {{năm %d|date|%d}} theo quyết định của hội đồng.
        """.formatted(VI_DAYS[d.getDayOfWeek().getValue() - 1], written, d, year + 4, year + 4)));
    for (LocalDate o : shown(r, written, true)) {
      assertEquals(d.getDayOfWeek(), o.getDayOfWeek(), o + " offered for " + d + ": "
          + r.report().format(r.bank()));
    }
  }

  @Property(tries = 40, seed = "1718")
  void englishOptionsOfADateWithItsWeekdayKeepTheWeekday(
      @ForAll @IntRange(min = 1850, max = 1990) int year,
      @ForAll @IntRange(min = 1, max = 365) int dayOfYear, @ForAll long seed) {
    LocalDate d = date(year, dayOfYear);
    String written = d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + year;
    Result r = Fixtures.generate(seed, Fixtures.doc("t.txt", Language.EN, """
        The harbour of Ardell

        The Ardell town council met on %s morning, {{%s|date|%s}}, to sign the charter of the new harbour.

        Two more piers were added to the harbour in {{%d|date|%d}} by order of the council.
        """.formatted(d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), written, d,
        year + 4, year + 4)));
    for (LocalDate o : shown(r, written, true)) {
      assertEquals(d.getDayOfWeek(), o.getDayOfWeek(), o + " offered for " + d + ": "
          + r.report().format(r.bank()));
    }
  }

  @Test
  void withoutAWeekdayTheOtherYearsAreOffered() {
    Result r = Fixtures.generate(1, Fixtures.doc("t.txt", Language.EN, """
        The harbour of Ardell

        The Ardell town council met on {{12/3/1850|date|1850-03-12}} to sign the charter of the new harbour.

        Two more piers were added to the harbour in {{1854|date|1854}} by order of the council.
        """));
    List<LocalDate> shown = shown(r, "12/3/1850", false);
    assertTrue(shown.stream().anyMatch(o -> o.getDayOfWeek() != DayOfWeek.TUESDAY),
        r.report().format(r.bank()));
  }

  @Test
  void aDateWithItsWeekdayIsStillAskedOnItsWeekday() {
    int asked = 0;
    for (int year = 1901; year <= 1960; year += 3) {
      LocalDate d = LocalDate.of(year, 3, 12);
      String written = "12/3/" + year;
      Result r = Fixtures.generate(year, Fixtures.doc("t.txt", Language.EN, """
          The harbour of Ardell

          The Ardell town council met on %s morning, {{%s|date|%s}}, to sign the charter of the new harbour.

          Two more piers were added to the harbour in {{%d|date|%d}} by order of the council.
          """.formatted(d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), written,
          d, year + 4, year + 4)));
      List<LocalDate> shown = shown(r, written, true);
      shown.forEach(o -> assertEquals(d.getDayOfWeek(), o.getDayOfWeek(), o + " for " + d));
      asked += shown.size();
      assertFalse(Fixtures.clozes(r, written).isEmpty(), r.report().format(r.bank()));
    }
    // Few years near the answer fall on its weekday: the choice is mostly not asked, the
    // true/false states the date or a year of the same weekday.
    assertTrue(asked >= 3, "dates shown on the weekday: " + asked);
  }

  @Test
  void aWeekdayIsAWeekdayWrittenAsAName() {
    assertTrue(WeekdayDates.namesWeekday("vào tối thứ Sáu, _____, tại nhà hát"));
    assertTrue(WeekdayDates.namesWeekday("The council met on Tuesday, _____, at noon."));
    assertTrue(WeekdayDates.namesWeekday("המועצה התכנסה ביום שלישי, _____, בצהריים.".replace("ביום", "ב יום")));
    // "lần thứ ba" is the third time, not Tuesday; "Mondays" is no date's weekday word.
    assertFalse(WeekdayDates.namesWeekday("Hội đồng họp lần thứ ba vào _____."));
    assertFalse(WeekdayDates.namesWeekday("The Tuesdayville council met on _____."));
  }

  @Test
  void anInvitationIsNotAskedAsTrueOrFalse() {
    for (Object[] c : new Object[][] {
        {Language.EN, "Watch the Ardell regatta live on {{12/3/1985|date|1985-03-12}} from nine in the evening!", "12/3/1985"},
        {Language.VI, "Mời các bạn đón xem trực tiếp buổi hòa nhạc của dàn nhạc Vân Đồn vào tối {{ngày 8/3/1985|date|1985-03-08}} nhé!", "ngày 8/3/1985"}}) {
      Result r = Fixtures.generate(1, Fixtures.doc("t.txt", (Language) c[0], "The Ardell regatta\n\n"
          + c[1] + "\n"));
      assertFalse(r.bank().questions().stream().anyMatch(q -> q.type() == QuestionType.TRUEFALSE),
          r.report().format(r.bank()));
      assertTrue(Fixtures.skipped(r, SkipReason.EXCLAIMED, (String) c[2]), r.report().format(r.bank()));
    }
  }
}
