package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest
  @ValueSource(strings = {"26/12/1991", "26.12.1991", "1991-12-26", "Dec 26, 1991",
      "December 26 1991", "26 December 1991", "26th December 1991", "26 tháng 12 năm 1991",
      "ngày 26 tháng 12 năm 1991", "ngày 26/12/1991", "26 בדצמבר 1991", "12/26/1991"})
  void readsAFullDateInEveryForm(String typed) {
    assertEquals(new DateParser.Parsed(1991, 12, 26, false),
        DateParser.parse(typed).orElseThrow(), typed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"1993; 1993; 0; 0", "năm 1993; 1993; 0; 0",
      "בשנת 1993; 1993; 0; 0", "November 1993; 1993; 11; 0", "tháng 11 năm 1993; 1993; 11; 0",
      "1993-11; 1993; 11; 0", "September; -1; 9; 0", "בספטמבר; -1; 9; 0",
      "September 27; -1; 9; 27", "tháng 9; -1; 9; 0"})
  void readsPartialDates(String typed, int year, int month, int day) {
    assertEquals(new DateParser.Parsed(year, month, day, false),
        DateParser.parse(typed).orElseThrow(), typed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1990s", "199x", "the 1990s"})
  void readsDecades(String typed) {
    assertEquals(new DateParser.Parsed(1990, 0, 0, true), DateParser.parse(typed).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "26", "hello", "32/13/1991"})
  void rejectsNonDates(String typed) {
    assertTrue(DateParser.parse(typed).isEmpty(), typed);
  }
}
