package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day, a month and a two-digit year in brackets with their separators lost ("(3 9 46)") are a
 * date without its century: no counts, in every pack.
 */
class SpacedDatesTest {
  private static String d(String code, String text) {
    return Facts.describe(Language.fromCode(code).orElseThrow(), text);
  }

  @Test
  void aBracketedDateWithoutSeparatorsCountsNothing() {
    assertEquals("", d("vi", "Ban hành tại Huế, năm Khải Định thứ 4 (3 9 19)."));
    assertEquals("", d("en", "Signed at the fort (14 11 62)."));
    assertEquals("", d("he", "נחתם בעיר (7 3 51)."));
  }

  @Test
  void bracketedFiguresThatAreNoDateStayFigures() {
    assertEquals("number:5=5", d("en", "The vote stood at (5 against)."));
    assertEquals("number:40=40", d("vi", "Có (40 người) đến dự."));
  }
}
