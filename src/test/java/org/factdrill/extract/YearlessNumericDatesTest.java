package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A day and month written as two numbers with no year are a date where the text uses them as one
 * (after a word that introduces a day, or as a chronology line's opening label), in the order the
 * pack declares, and a share where a fraction's link word follows. Every valid day of the year,
 * written by java.time, in each order; made-up sentences.
 */
class YearlessNumericDatesTest {

  private static String write(Language lang, MonthDay md) {
    boolean mdy = "mdy".equals(lang.pack().setting("numeric-date-order", "dmy"));
    return mdy ? md.getMonthValue() + "/" + md.getDayOfMonth()
        : md.getDayOfMonth() + "/" + md.getMonthValue();
  }

  private static String iso(MonthDay md) {
    return String.format("\"--%02d-%02d\"", md.getMonthValue(), md.getDayOfMonth());
  }

  @Test
  void aChronologyLineOpensWithItsDayInThePacksOrder() {
    int checked = 0;
    for (Language lang : new Language[] {Language.EN, Language.VI, Language.fromCode("ru").orElseThrow()}) {
      for (int m = 1; m <= 12; m++) {
        for (int d = 1; d <= java.time.Month.of(m).maxLength(); d++) {
          MonthDay md = MonthDay.of(m, d);
          String label = write(lang, md);
          assertEquals("date:" + label + "=" + iso(md),
              Facts.describe(lang, label + " \u2013 Zarnov fell."), lang + " " + label);
          assertEquals("date:" + label + "=" + iso(md),
              Facts.describe(lang, "Zarnov\n" + label + ": Zarnov fell."), lang + " " + label);
          checked++;
        }
      }
    }
    assertEquals(3 * 366, checked);
  }

  @Test
  void aWordThatIntroducesADayMakesTheNumbersADateInsideASentence() {
    for (int m = 1; m <= 12; m++) {
      for (int d = 1; d <= java.time.Month.of(m).maxLength(); d++) {
        MonthDay md = MonthDay.of(m, d);
        assertEquals("date:" + m + "/" + d + "=" + iso(md),
            Facts.describe(Language.EN, "The garrison of Zarnov surrendered on " + m + "/" + d
                + " after a long siege."));
      }
    }
  }

  @Test
  void twoDaysJoinedByADashAreAPeriod() {
    assertTrue(Facts.describe(Language.EN, "5/27\u20136/3: Heavy fighting near Zarnov.")
        .startsWith("date:5/27\u20136/3=\"--05-27/--06-03\""));
    assertTrue(Facts.describe(Language.VI, "27/5\u20133/6: Giao tranh ở Zarnov.")
        .startsWith("date:27/5\u20133/6=\"--05-27/--06-03\""));
  }

  @Test
  void aShareIsNotADate() {
    String en = Facts.describe(Language.EN, "About 2/3 of the garrison of Zarnov were recruits.");
    assertFalse(en.contains("date:"), en);
    assertFalse(Facts.describe(Language.EN, "2/3 of the garrison were recruits.")
        .contains("date:"));
    // Inside a sentence with no word that introduces a day, the numbers stay a share.
    assertFalse(Facts.describe(Language.EN, "The ratio was 3/15 at Zarnov.").contains("date:"));
  }

  @Test
  void numbersThatAreNoDayAndMonthInThePacksOrderAreNoDate() {
    // 15/3 in a month-first language: month 15 does not exist.
    assertFalse(Facts.describe(Language.EN, "15/3 \u2013 Zarnov fell.").contains("date:"));
    assertFalse(Facts.describe(Language.VI, "3/15 \u2013 Zarnov thất thủ.").contains("date:"));
    // Part of a longer run: a full date, a version, a score table.
    assertTrue(Facts.describe(Language.EN, "3/15/1942 \u2013 Zarnov fell.")
        .startsWith("date:3/15/1942=\"1942-03-15\""));
    assertFalse(Facts.describe(Language.EN, "1/2/3 \u2013 Zarnov fell.").contains("--"));
  }

  @Test
  void aChronologyLineMayBracketItsDayListSeveralOrGiveADayRange() {
    assertTrue(Facts.describe(Language.EN, "(3/15) Zarnov fell.")
        .startsWith("date:3/15=\"--03-15\""));
    assertTrue(Facts.describe(Language.EN, "3/15, Zarnov fell.")
        .startsWith("date:3/15=\"--03-15\""));
    assertTrue(Facts.describe(Language.EN, "3/15-17 Zarnov was shelled.")
        .startsWith("date:3/15-17=\"--03-15/--03-17\""));
    String two = Facts.describe(Language.EN, "3/15 and 3/16 Zarnov was shelled.");
    assertTrue(two.startsWith("date:3/15=\"--03-15\" | date:3/16=\"--03-16\""), two);
    String on = Facts.describe(Language.EN, "Zarnov was shelled on 3/15 and 3/16 by the fleet.");
    assertTrue(on.contains("date:3/16=\"--03-16\""), on);
  }

  @Test
  void aShareOfALowerCaseNounOrAPairAloneOnItsLineStaysAShare() {
    for (String s : new String[] {"1/2 hour later the guns stopped.", "3/4 mile of road was lost.",
        "2/15", "Zarnov\n1/2 day"}) {
      assertFalse(Facts.describe(Language.EN, s).contains("date:"), s);
    }
  }

  @Test
  void aLeadingZeroAWeekdayAfterOrAYearBeforeMakeADateAnywhere() {
    String run = Facts.describe(Language.EN,
        "Zarnov sailed. 03/15 The fleet left. Then 3/05 it returned. Then 3/18 Wed. it left.");
    assertTrue(run.contains("date:03/15=\"--03-15\""), run);
    assertTrue(run.contains("date:3/05=\"--03-05\""), run);
    assertTrue(run.contains("date:3/18=\"--03-18\""), run);
    // A year right before them is the date's own: one fact, not a year and a yearless day.
    String year = Facts.describe(Language.EN, "Zarnov fell. In 1942 3/15 the fleet left.");
    assertEquals("date:1942 3/15=\"1942-03-15\"", year);
    // Without such a sign, in mid-sentence, the numbers stay a share.
    assertFalse(Facts.describe(Language.EN, "Then 3/15 of the fleet left.").contains("date:"));
  }

  @Test
  void aYearThenADayOnOneLineIsOneDateForEveryDayOfTheYear() {
    int checked = 0;
    for (Language lang : new Language[] {Language.EN, Language.VI}) {
      for (int m = 1; m <= 12; m++) {
        for (int d = 1; d <= java.time.Month.of(m).maxLength(); d++) {
          MonthDay md = MonthDay.of(m, d);
          String label = "1937 " + write(lang, md);
          assertEquals("date:" + label + "=" + iso(md).replace("--", "1937-"),
              Facts.describe(lang, label + " \u2013 Zarnov fell."), lang + " " + label);
          checked++;
        }
      }
    }
    assertEquals(2 * 366, checked);
    // A day written with its month's name after the year: one date too.
    assertEquals("date:1937 Mar 5=\"1937-03-05\"",
        Facts.describe(Language.EN, "1937 Mar 5, Zarnov fell to the rebels."));
    // A year at a line's end and a day on the next line stay two facts (a heading, an entry).
    String two = Facts.describe(Language.EN, "1937\n03/15 \u2013 Zarnov fell.");
    assertTrue(two.startsWith("date:1937=\"1937\""), two);
  }
}
