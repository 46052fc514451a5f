package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A date marked as another calendar's ("âm lịch", "AH") neither takes nor gives a Gregorian year. */
class LunarDaysTest {
  // sentences made up for this test

  @Test
  void aLunarDayTakesNoYearFromTheParagraph() {
    assertEquals("date:Năm 1945=\"1945\" | date:Ngày 15 tháng 8=\"--08-15\"", Facts.describe(Language.VI,
        "Năm 1945, làng Plimsoll mở hội. Ngày 15 tháng 8 âm lịch, làng rước kiệu."));
    // without the marker the day is Gregorian and takes the paragraph's year
    assertEquals("date:Năm 1945=\"1945\" | date:Ngày 15 tháng 8=\"1945-08-15\"", Facts.describe(
        Language.VI, "Năm 1945, làng Plimsoll mở hội. Ngày 15 tháng 8, làng rước kiệu."));
  }

  @Test
  void aYearOfAnotherCalendarDatesNoLaterDay() {
    assertEquals("date:1445=\"1445\" | date:5 May=\"--05-05\"", Facts.describe(Language.EN,
        "In 1445 AH the caravan reached Plimsoll; on 5 May it left."));
  }
}
