package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A map position written in any of its general forms is no figure, also in a chronology's row:
 * degrees by sign (spaced or not) or word (abbreviated, hyphenated), minutes by mark or word
 * (after a comma or not), a compass point after it or before it, or a latitude word before it.
 */
class PositionFormsTest {
  private static final String[] POINTS = {"north", "south", "east", "west", "N", "S", "E", "W"};
  private static final String[] FORMS = {"%d degrees %d minutes %s", "%d degrees, %d minutes %s",
      "%d deg. %d min. %s", "%d deg %d min %s", "%d° %d′ %s", "%d° %d' %s"};
  private static final String[] DEGREE_ONLY = {"%d ° %s", "%d-degrees %s", "%d deg. %s",
      "%d degrees %s", "%d° %s"};

  @Test
  void everyFormOfAPositionInARowLeavesOnlyTheRowsYear() {
    Random r = new Random(1603);
    for (int n = 0; n < 400; n++) {
      int d = 1 + r.nextInt(89);
      int m = 1 + r.nextInt(59);
      String p = POINTS[r.nextInt(POINTS.length)];
      String pos = n % 2 == 0 ? String.format(FORMS[r.nextInt(FORMS.length)], d, m, p)
          : String.format(DEGREE_ONLY[r.nextInt(DEGREE_ONLY.length)], d, p);
      int year = 1700 + r.nextInt(300);
      String row = "Voyages\n\n- " + year + " – The ship reached " + pos + " in the gale.\n- "
          + (year + 1) + " – The crew returned to the harbour.\n";
      String s = Facts.describe(Language.EN, row);
      assertEquals("date:" + year + "=\"" + year + "\" | date:" + (year + 1) + "=\""
          + (year + 1) + "\"", s.replace("- ", ""), row);
    }
  }

  @Test
  void aLatitudeWordOrAPointBeforeTheDegree() {
    assertEquals("", Facts.describe(Language.EN, "The ship was at lat. 41 when it sank."));
    assertEquals("", Facts.describe(Language.EN, "The ship was at S 33° 52′ when it sank."));
    assertEquals("", Facts.describe(Language.EN,
        "The ship reached 12 degrees 30 minutes north latitude."));
  }

  @Test
  void minutesOfTimeAfterATemperatureStayCounts() {
    assertEquals("number:41=41 | number:30=30",
        Facts.describe(Language.EN, "The water was 41 degrees 30 minutes later.")
            .replaceAll("=(\\d+)\\|?", "=$1").replaceAll(",\"unit\".*?(?= \\||$)", ""));
  }
}
