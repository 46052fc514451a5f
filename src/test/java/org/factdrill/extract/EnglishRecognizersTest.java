package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

class EnglishRecognizersTest {
  private static String d(String text) {
    return Facts.describe(Language.EN, text);
  }

  @Test
  void readsDayMonthYearInBothOrders() {
    assertEquals("date:5 October 2020=\"2020-10-05\"", d("On 5 October 2020 it began."));
    assertEquals("date:April 14, 2015=\"2015-04-14\"", d("Since April 14, 2015 nothing."));
    assertEquals("date:31st Oct 1974=\"1974-10-31\"", d("It was 31st Oct 1974."));
  }

  @Test
  void monthAndDayWithoutYearTakeTheParagraphsYear() {
    assertEquals("date:October 9=\"--10-09\"", d("On October 9, talks began."));
    assertEquals("date:1991=\"1991\" | date:December 10=\"1991-12-10\"",
        d("In 1991 the vote was set for December 10."));
    assertEquals("date:1991=\"1991\" | date:December 10=\"--12-10\"",
        d("In 1991 nothing.\n\nThe vote was on December 10."));
  }

  @Test
  void bareMonthNeedsAPrepositionAndIsNotANameLikeOctoberRevolution() {
    assertEquals("date:November=\"--11\"", d("Threats of a coup in November."));
    assertEquals("date:1917=\"1917\"", d("The 1917 October Revolution."));
    assertEquals("", d("You may go. March on."));
  }

  @Test
  void yearsDecadesErasAndRanges() {
    assertEquals("date:1990s=\"199\"", d("in the 1990s"));
    assertEquals("date:19th century=\"18\"", d("in the 19th century"));
    assertEquals("date:20th-century=\"19\"", d("a 20th-century war"));
    assertEquals("date:1800s=\"18\"", d("in the 1800s"));
    assertEquals("date:44 BC=\"-0044\" | date:AD 14=\"0014\"", d("in 44 BC and AD 14"));
    assertEquals("date:1992-1994=\"1992/1994\"", d("the war of 1992-1994"));
    assertEquals("date:1942–43=\"1942/1943\"", d("Stalingrad (1942–43)"));
    assertEquals("date:1994 to 2009=\"1994/2009\"", d("from 1994 to 2009"));
    assertEquals("date:1995 and 1998=\"1995/1998\"", d("between 1995 and 1998"));
    assertEquals("date:12–14 March 1985=\"1985-03-12/1985-03-14\"", d("on 12–14 March 1985"));
  }

  @Test
  void numericDatesAreMonthFirstWhenAmbiguousAndIsoAlways() {
    assertEquals("date:12/07/1941=\"1941-12-07\"", d("filed 12/07/1941"));
    assertEquals("date:31/10/1974=\"1974-10-31\"", d("filed 31/10/1974"));
    assertEquals("date:2015-03-03=\"2015-03-03\"", d("on 2015-03-03"));
  }

  @Test
  void aYearFollowedByACountedNounIsANumber() {
    assertEquals("number:1500=1500", d("about 1500 soldiers died"));
  }

  @Test
  void numbersInDigitsAndWordsWithScales() {
    assertEquals("number:40,000=40000", d("killing an estimated 40,000 people"));
    assertEquals("number:forty-five thousand=45000", d("forty-five thousand refugees"));
    assertEquals("number:half a million=500000", d("half a million more"));
    assertEquals("number:20 million=20000000", d("includes 20 million ethnic Azeris"));
    assertEquals("number:seven hundred and fifty=750", d("after seven hundred and fifty days"));
    assertEquals("number:a fifth=0.2", d("a fifth of the total"));
    assertEquals("number:150,000-300,000=[150000,300000]", d("an estimated 150,000-300,000 Armenians"));
    assertEquals("number:five or six=[5,6]", d("five or six years ago"));
  }

  @Test
  void smallWordNumbersActingAsDeterminersAreNotFacts() {
    assertEquals("", d("The two sides met; one of them left; both agreed."));
    assertEquals("", d("The three countries signed."));
    assertEquals("number:three=3", d("They met three times."));
  }

  @Test
  void approximationsAreMarked() {
    Fact f = Facts.of(Language.EN, "more than eight hours").get(0);
    assertEquals(true, f.approx());
    assertEquals("hours", f.unit());
    assertEquals(false, Facts.of(Language.EN, "8 hours").get(0).approx());
  }

  @Test
  void moneyWithSymbolsCodesAndWords() {
    assertEquals("money:$100 million={\"amount\":100000000,\"currency\":\"USD\"}", d("$100 million"));
    assertEquals("money:\\$3 million={\"amount\":3000000,\"currency\":\"USD\"}", d("up from \\$3 million"));
    assertEquals("money:US$4.7 billion={\"amount\":4700000000,\"currency\":\"USD\"}", d("a US$4.7 billion"));
    assertEquals("money:20 euros={\"amount\":20,\"currency\":\"EUR\"}", d("20 euros"));
    assertEquals("money:10-20 dollars={\"amount\":[10,20],\"currency\":\"USD\"}", d("10-20 dollars"));
  }

  @Test
  void percentagesAndPercentRanges() {
    assertEquals("percent:10 percent=10", d("(10 percent of the total)"));
    assertEquals("percent:40-45 percent=[40,45]", d("40-45 percent is bought"));
    assertEquals("percent:3.5%=3.5", d("rose 3.5%"));
  }

  @Test
  void aDecimalWithoutIntegerPartKeepsItsPointAfterASign() {
    assertEquals("percent:.5 percent=0.5", d("Prices rose by .5 percent."));
    assertEquals("number:.0012=0.0012", d("The index moved -.0012 that day."));
  }

  @Test
  void digitsGluedToAnAbbreviationsPointAreNotACount() {
    assertEquals("", d("See p.23 and No.5 of the report."));
  }
}
