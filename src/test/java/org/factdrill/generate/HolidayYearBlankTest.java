package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 38 of the nineteenth review: a holiday's name with its year, read as one date, is asked
 * by its year only; the blank never covers the holiday's name ("on Armistice Day _____", not "on
 * _____"), whichever holiday of the pack, with or without "in" between, in any frame. Invented
 * sentences, read by the real extractor.
 */
class HolidayYearBlankTest {
  private static final String PAGE = """
      The siege of Holm

      The Aldorian army laid siege to Holm in the spring of 1912. The soldiers of both sides met \
      between the trenches on Christmas 1914 and sang together. The garrison surrendered on New \
      Year's Day in 1916 after a long winter. A memorial was unveiled at Holm on Armistice Day \
      1921 by the mayor. On Halloween 1925, the old fort burned down.
      """;

  @Test
  void aHolidaysYearIsBlankedWithoutTheHolidaysName() {
    Result r = Fixtures.extracted(Language.EN, PAGE);
    List<String> named = new ArrayList<>();
    int years = 0;
    for (Question q : r.bank().questions()) {
      if (q.type() != QuestionType.CLOZE && q.type() != QuestionType.CHOICE) {
        continue;
      }
      String a = q.answer().text();
      if (a.matches("(?i).*(christmas|new year|armistice|halloween).*")) {
        named.add(q.type() + " " + a + ": " + q.prompt());
      }
      if (q.prompt().matches("(?s).*(Christmas|New Year's Day in|Armistice Day|Halloween) _____.*")) {
        assertTrue(a.matches("\\d{4}"), a);
        years++;
      }
    }
    assertEquals(List.of(), named);
    assertTrue(years >= 6, "holiday years asked: " + years);
  }

  @Test
  void aMonthAndYearIsNoHoliday() {
    String template = "The army took Holm in " + PromptBuilder.HOLE + ".";
    org.factdrill.extract.Fact f = new org.factdrill.extract.Fact(22, 32, "March 1912",
        org.factdrill.extract.FactKind.DATE, new org.factdrill.extract.Value.Date("1912-03"),
        null, false, null, null);
    HolidayYears.Asked a = HolidayYears.yearOnly(Language.EN, f, template);
    assertEquals(f, a.fact());
    assertEquals(template, a.template());
    org.factdrill.extract.Fact h = new org.factdrill.extract.Fact(22, 40, "Armistice Day 1921",
        org.factdrill.extract.FactKind.DATE, new org.factdrill.extract.Value.Date("1921-11-11"),
        null, false, null, null);
    HolidayYears.Asked b = HolidayYears.yearOnly(Language.EN, h, template);
    assertEquals("1921", b.fact().text());
    assertEquals("The army took Holm in Armistice Day " + PromptBuilder.HOLE + ".", b.template());
  }
}
