package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

class HebrewRecognizersTest {
  private static String d(String text) {
    return Facts.describe(Language.HE, text);
  }

  @Test
  void dayMonthYearWithPrefixedMonth() {
    assertEquals("date:1 בספטמבר 1939=\"1939-09-01\"", d("פרצה 1 בספטמבר 1939."));
    assertEquals("date:ב-14 במאי 1948=\"1948-05-14\"", d("הוכרזה ב-14 במאי 1948"));
  }

  @Test
  void rangesWrittenHighToLowAreStoredEarliestFirst() {
    assertEquals("date:25–24 במאי 1991=\"1991-05-24/1991-05-25\"", d("בין 25–24 במאי 1991"));
  }

  @Test
  void monthAloneYearsDecadesAndNumericDates() {
    assertEquals("date:בנובמבר=\"--11\"", d("בנובמבר התחולל מאבק"));
    assertEquals("date:ב-1948=\"1948\"", d("ב-1948"));
    assertEquals("date:בשנת 1956=\"1956\"", d("בשנת 1956"));
    assertEquals("date:בשנות ה-90=\"199\"", d("בשנות ה-90"));
    assertEquals("date:14.5.1948=\"1948-05-14\"", d("ביום 14.5.1948"));
    assertEquals("date:5/6/1967=\"1967-06-05\"", d("ביום 5/6/1967"));
  }

  @Test
  void numbersInWordsWithGenderConstructAndPrefixes() {
    assertEquals("number:שש מאות וחמישים אלף=650000", d("השתתפו שש מאות וחמישים אלף איש"));
    assertEquals("number:חצי מיליון=500000", d("הפגנה של חצי מיליון איש"));
    assertEquals("number:630 אלף=630000", d("630 אלף"));
    assertEquals("number:שלושים ושלוש=33", d("שלושים ושלוש משאיות"));
    assertEquals("number:ארבעה עשר=14", d("ארבעה עשר טנקים"));
  }

  @Test
  void kafPrefixMeansAbout() {
    Fact f = Facts.of(Language.HE, "נהרגו כ-6,000 איש").get(0);
    assertEquals(6000, ((Value.Num) f.value()).value().intValue());
    assertEquals(true, f.approx());
  }

  @Test
  void ordinalsAndTheSixDayWarAreNotCounts() {
    assertEquals("", d("הכנסת ה-12 ומלחמת ששת הימים"));
  }

  @Test
  void moneyAndPercent() {
    assertEquals("money:100 מיליון דולר={\"amount\":100000000,\"currency\":\"USD\"}", d("100 מיליון דולר"));
    assertEquals("money:300 ש\"ח={\"amount\":300,\"currency\":\"ILS\"}", d("300 ש\"ח"));
    assertEquals("percent:7 אחוזים=7", d("7 אחוזים"));
  }

  @Test
  void yearsJoinedByASlashAreASpanOfTwoYears() {
    assertEquals("date:בשנים 1948/49=\"1948/1949\"", d("בשנים 1948/49"));
  }

  @Test
  void sterlingAfterANumeralAndOneShekelAreMoneyButACurrencyNameAloneIsNot() {
    assertEquals("money:5 לירות שטרלינג={\"amount\":5,\"currency\":\"GBP\"}",
        d("הוא שילם 5 לירות שטרלינג"));
    assertEquals("money:שקל אחד={\"amount\":1,\"currency\":\"ILS\"}", d("שקל אחד"));
    // In prose a currency's name alone names the currency: "the value of the shekel fell".
    assertEquals("", d("ערך השקל ירד"));
    assertEquals("", d("לירה שטרלינג"));
  }
}
