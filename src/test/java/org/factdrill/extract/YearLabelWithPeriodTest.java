package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A table's or list's year label closed by a period before the day ("| 1871. Mar. 4 |", a list of
 * papers' date cell) is one date; in prose the same period ends a sentence, and the year and the
 * next sentence's day stay apart. Texts made up.
 */
class YearLabelWithPeriodTest {

  private static List<String> facts(String text) {
    return SharedExtractor.get().extract(new Document("t.txt", text, Language.EN)).stream()
        .map(f -> f.text() + "=" + f.value()).toList();
  }

  @Test
  void aCellsYearLabelWithItsPeriodIsOneDateWithTheDay() {
    String text = "| No. | From and to | Date. | Subject. |\n"
        + "| 12 | Mr. Lane to Mr. Ortiz | 1871. Mar. 4 | Harbour dues at the northern port. |\n";
    assertEquals(List.of("1871. Mar. 4=Date[iso=1871-03-04]"), facts(text).stream()
        .filter(s -> s.contains("1871")).toList());
  }

  @Test
  void aYearEndingASentenceStaysApartFromTheNextSentencesDay() {
    List<String> fs = facts("The harbour was closed in 1871. March 4 was the day it opened again.\n");
    assertEquals("1871=Date[iso=1871]", fs.get(0));
  }
}
