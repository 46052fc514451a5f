package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A time of the 24-hour clock written as four digits before a zone's name ("2200 EST", "0400
 * UTC") is a time of day, not a figure; a count of hours ("1500 hours of flight") stays a count.
 * Every hour and quarter of the day, generated.
 */
class ClockTimesBeforeZonesTest {
  private static final String[] ZONES = {"EST", "PST", "UTC", "GMT", "CDT", "est."};

  @Test
  void everyFourDigitTimeBeforeAZoneIsNoFigure() {
    int n = 0;
    for (int h = 0; h < 24; h++) {
      for (int m = 0; m < 60; m += 15) {
        String time = String.format("%02d%02d", h, m);
        String zone = ZONES[n++ % ZONES.length];
        String s = "In 1987 the broadcast began at " + time + " " + zone + " every night.";
        assertEquals("date:1987=\"1987\"", Facts.describe(Language.EN, s), s);
      }
    }
  }

  @Test
  void countsOfHoursAndOtherFourDigitFiguresStay() {
    for (String s : new String[] {"The crews flew 1500 hours in 1943.",
        "The fort held 2200 men in 1812.", "The army had 2460 horses in 1801.",
        "The rebels had 1830 muskets in 1848."}) {
      String facts = Facts.describe(Language.EN, s);
      assertTrue(facts.startsWith("number:") || facts.contains("| number:")
          || facts.contains("number:"), s + " -> " + facts);
    }
  }
}
