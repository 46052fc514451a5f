package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.junit.jupiter.api.Test;

/** Words typed around an answer come from every pack: a new pack's words work with no code. */
class TypedWordsTest {

  @Test
  void everyPacksTrueAndFalseWordsAreUnderstood() {
    int n = 0;
    for (LanguagePack p : LanguagePacks.all()) {
      for (String w : p.words("typed-true")) {
        assertEquals(Boolean.TRUE, AnswerChecker.parseBool(w), p.code() + " " + w);
        n++;
      }
      for (String w : p.words("typed-false")) {
        assertEquals(Boolean.FALSE, AnswerChecker.parseBool(w), p.code() + " " + w);
        n++;
      }
    }
    assertEquals(true, n >= 20, "only " + n + " words");
    assertNull(AnswerChecker.parseBool("perhaps"));
  }

  @Test
  void aTypedNumberOfYearsMayCarryAnyPacksYearWord() {
    for (LanguagePack p : LanguagePacks.all()) {
      for (String unit : p.words("typed-year-units")) {
        assertEquals("12", TypedWords.YEAR_UNIT.matcher("12 " + unit).replaceAll(""), unit);
      }
    }
  }

  @Test
  void aTypedRangeSplitsAtAnyPacksConnector() {
    for (LanguagePack p : LanguagePacks.all()) {
      for (String to : p.words("range-connectors")) {
        assertEquals(2, TypedWords.RANGE_SPLIT.split("1992 " + to + " 1994").length, to);
      }
    }
  }
}
