package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A period of years whose end is written short, with its last two digits or its last one, is
 * one period also where a stop or comma follows it ("failed 1642–48.", "in 1731–4,"): the end
 * shares the start's century or decade. Read apart, the year was a date and its end a count. A
 * decimal after the dash ("1990–94.5") is no period's end. Texts made up.
 */
class ShortYearRangeEndTest {

  private static List<String> facts(String text) {
    return SharedExtractor.get().extract(new Document("t.txt", text, Language.EN)).stream()
        .map(f -> f.text() + "=" + f.value()).toList();
  }

  @Test
  void aShortEndBeforeAStopOrCommaIsThePeriodsEnd() {
    List<String> fs = facts("The harbour company failed 1642–48. It tried again in 1731–4, and"
        + " in 1760-62 it prospered.\n");
    assertTrue(fs.contains("1642–48=Date[iso=1642/1648]"), fs.toString());
    assertTrue(fs.contains("1731–4=Date[iso=1731/1734]"), fs.toString());
    assertTrue(fs.contains("1760-62=Date[iso=1760/1762]"), fs.toString());
  }

  @Test
  void anEndBeforeTheStartOrADecimalIsNoPeriod() {
    List<String> fs = facts("The quay was rebuilt in 1738–4 by the town. Its depth was 1990–94.5"
        + " metres.\n");
    assertTrue(fs.stream().noneMatch(f -> f.contains("/")), fs.toString());
  }
}
