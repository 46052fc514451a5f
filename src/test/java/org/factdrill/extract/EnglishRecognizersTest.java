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
    assertEquals("number:-.0012=-0.0012", d("The index moved -.0012 that day."));
    assertEquals("number:-.0012G=-1200000", d("-.0012G"));
    assertEquals("money:-.5 dollars={\"amount\":-0.5,\"currency\":\"USD\"}",
        d("It cost -.5 dollars"));
  }

  @Test
  void nthWeekdayOfAMonthIsComputedFromTheCalendar() {
    assertEquals("date:third Tuesday of September 2014=\"2014-09-16\"",
        d("Elections fell on the third Tuesday of September 2014."));
    assertEquals("date:second wednesday of october 2014=\"2014-10-08\"",
        d("second wednesday of october 2014"));
    assertEquals("date:last Sunday in October 1994=\"1994-10-30\"",
        d("on the last Sunday in October 1994"));
    assertEquals("date:3rd Sunday of May 1915=\"1915-05-16\"", d("the 3rd Sunday of May 1915"));
    assertEquals("date:first Monday of March, 1915=\"1915-03-01\"",
        d("the first Monday of March, 1915"));
  }

  @Test
  void nthWeekdayNeedsAMonthAYearAndAnExistingDay() {
    assertEquals("", d("He arrived on the second Tuesday and left."));
    assertEquals("date:October=\"--10\"", d("on the last Sunday in October"));
    // February 2015 has four Mondays: no fifth, so only the month is a date.
    assertEquals("date:February 2015=\"2015-02\"", d("the fifth Monday of February 2015"));
    assertEquals("", d("the first Monday of the month"));
  }

  @Test
  void lastDayOfAMonthIsItsLengthIncludingLeapYears() {
    assertEquals("date:last day of October 2015=\"2015-10-31\"",
        d("on the last day of October 2015"));
    assertEquals("date:last day in october 2015=\"2015-10-31\"", d("last day in october 2015"));
    assertEquals("date:last day of February 1944=\"1944-02-29\"",
        d("the last day of February 1944"));
    assertEquals("date:last day of February 1943=\"1943-02-28\"",
        d("the last day of February 1943"));
    assertEquals("date:1945=\"1945\" | date:last day of April=\"1945-04-30\"",
        d("In 1945, on the last day of April, the city fell."));
  }

  @Test
  void lastDayWithoutAMonthIsNoDate() {
    assertEquals("", d("On the last day the garrison surrendered."));
    assertEquals("", d("the last day of the war"));
    assertEquals("", d("the last day in office"));
    // Counted back from the end: not the last day itself.
    assertEquals("date:May 1945=\"1945-05\"", d("the fifth last day of May 1945"));
    assertEquals("date:May 1945=\"1945-05\"", d("the second-to-last Sunday of May 1945"));
    assertEquals("date:May 1945=\"1945-05\"", d("the next to last day of May 1945"));
    // February's length depends on the year: without one only the month is told.
    assertEquals("date:February=\"--02\"", d("until the last day of February"));
  }

  @Test
  void ordinalWordsOfAMonthAreDays() {
    assertEquals("date:fourth of July, 1776=\"1776-07-04\"", d("on the fourth of July, 1776"));
    assertEquals("date:twenty-first of May=\"--05-21\"", d("on the twenty-first of May"));
    assertEquals("date:first day of May=\"--05-01\"", d("On the first day of May the army"));
    assertEquals("date:tenth day of October 1914=\"1914-10-10\"",
        d("the tenth day of October 1914"));
    assertEquals("date:1st day of May 1945=\"1945-05-01\"", d("on the 1st day of May 1945"));
    assertEquals("", d("the first of many"));
    assertEquals("number:a third=0.3333", d("a third of May's harvest"));
    assertEquals("", d("For the second time, the fourth of the brothers left."));
    assertEquals("date:February 1944=\"1944-02\"", d("the thirtieth of February 1944"));
  }

  @Test
  void currencyNamesBeforeTheAmount() {
    assertEquals("money:ringgit 42={\"amount\":42,\"currency\":\"MYR\"}", d("ringgit 42"));
    assertEquals("money:malaysia ringgit 42={\"amount\":42,\"currency\":\"MYR\"}",
        d("malaysia ringgit 42"));
    assertEquals("money:Rupees 500 crore={\"amount\":5000000000,\"currency\":\"INR\"}",
        d("a grant of Rupees 500 crore"));
    assertEquals("date:1998=\"1998\"", d("The ringgit fell in 1998."));
    assertEquals("", d("The rupee was devalued."));
  }

  @Test
  void currencyWordsThatAreAlsoOrdinaryWordsNeverComeBeforeTheAmount() {
    assertEquals("number:5=5", d("The pound 5 years later was weaker."));
    assertEquals("number:40=40", d("the yen 40 years ago"));
    assertEquals("number:3=3", d("they won 3 seats"));
  }

  @Test
  void centsGluedToC() {
    assertEquals("money:$20 and 43c={\"amount\":20.43,\"currency\":\"USD\"}",
        d("$20 and 43c"));
    assertEquals("money:$20 and 43 cents={\"amount\":20.43,\"currency\":\"USD\"}",
        d("$20 and 43 cents"));
    assertEquals("", d("the 9c variant"));
  }

  @Test
  void decimalsSaidAloudWithPoint() {
    assertEquals("number:one point three=1.3", d("He was one point three metres tall."));
    assertEquals("percent:2 point 5 percent=2.5", d("The rate rose to 2 point 5 percent."));
    assertEquals("money:two point five million dollars={\"amount\":2500000,\"currency\":\"USD\"}",
        d("two point five million dollars"));
    assertEquals("number:point 77=0.77", d("point 77"));
  }

  @Test
  void pointInOrdinaryProseMakesNoNumber() {
    assertEquals("number:20=20", d("At that point 20 soldiers had died."));
    assertEquals("", d("At one point three soldiers fled."));
    assertEquals("number:300=300", d("At some point 300 men left."));
    assertEquals("number:14=14", d("a 14 point plan"));
    assertEquals("", d("The point is moot."));
    assertEquals("number:5=5", d("Point 5 of the treaty"));
  }

  @Test
  void digitsGluedToAnAbbreviationsPointAreNotACount() {
    assertEquals("", d("See p.23 and No.5 of the report."));
  }

  @Test
  void aShareOfAScaleWordIsTheProduct() {
    assertEquals("number:a quarter of a million=250000", d("a quarter of a million refugees"));
    assertEquals("number:a third of a million=333333", d("a third of a million men"));
    assertEquals("money:two-thirds of a billion dollars={\"amount\":666666667,"
        + "\"currency\":\"USD\"}", d("two-thirds of a billion dollars"));
    assertEquals("number:a quarter=0.25", d("a quarter of the million"));
    assertEquals("number:a fifth=0.2", d("a fifth of the land"));
  }

  @Test
  void unitsAndAHalfBeforeAScaleWord() {
    assertEquals("number:one and a half million=1500000", d("one and a half million people"));
    assertEquals("money:five and a half million dollars={\"amount\":5500000,"
        + "\"currency\":\"USD\"}", d("five and a half million dollars"));
    assertEquals("number:two and a half=2.5", d("two and a half years later"));
    assertEquals("", d("He and a half-brother left."));
  }

  @Test
  void yearsJoinedByASlashAreASpanOfTwoYears() {
    assertEquals("date:1916/17=\"1916/1917\"", d("the winter of 1916/17"));
    assertEquals("date:1941/1942=\"1941/1942\"", d("the 1941/1942 campaign"));
    assertEquals("date:2015/03/03=\"2015-03-03\"", d("in 2015/03/03"));
    // Not later than the first year: no span.
    assertEquals("date:1991=\"1991\" | number:2=2", d("1991/2"));
  }

  @Test
  void aScaleAndAHalf() {
    assertEquals("number:a million and a half=1500000", d("a million and a half men"));
    assertEquals("number:a million=1000000", d("a million and a half-hearted effort"));
  }

  @Test
  void aDecadeWithoutItsCenturyIsNoNumber() {
    assertEquals("date:1960s=\"196\"", d("the 1960s and '70s"));
    assertEquals("", d("in the ’80s"));
  }
}
