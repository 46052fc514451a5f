package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

class ChronologyQuestionsTest {
  private static final String TEXT = """
      Harbour towns of Kelvary Bay

      The old harbour wall was rebuilt by the town council in {{1921|date|1921}} after a storm.
      The first railway line reached the harbour from the capital in {{1948|date|1948}} at last.
      A fishing cooperative was founded by the families of the bay in {{1960|date|1960}} with help.
      The customs house was moved to the new quay near the station in {{1975|date|1975}} for good.
      The great dock strike was fought by the port workers from {{1981 to 1986|date|1981/1986}} bitterly.
      """;

  private static List<Question> of(QuestionType t) {
    return Fixtures.generate(1, Fixtures.doc("harbour.txt", Language.EN, TEXT)).bank().questions()
        .stream().filter(q -> q.type() == t).collect(Collectors.toList());
  }

  @Test
  void whichFirstPairsEventsOfDifferentSentencesWithACertainOrder() {
    List<Question> qs = of(QuestionType.WHICHFIRST);
    assertFalse(qs.isEmpty());
    for (Question q : qs) {
      Question.WhichFirst w = (Question.WhichFirst) q;
      assertEquals(2, w.events().size());
      Question.Event a = w.events().get(0);
      Question.Event b = w.events().get(1);
      assertFalse(a.date().equals(b.date()));
      Question.Event first = a.date().compareTo(b.date()) < 0 ? a : b;
      assertEquals(first.text(), w.answer().text());
      assertFalse(a.text().matches(".*\\d{4}.*") || b.text().matches(".*\\d{4}.*"), "no year shown");
      assertNotNull(q.header().context(), "a context line");
      assertEquals(2, q.header().facts().size());
    }
  }

  @Test
  void yearsBetweenCountsWholeYearsAndNeverShowsThem() {
    List<Question> qs = of(QuestionType.YEARSBETWEEN);
    assertFalse(qs.isEmpty());
    for (Question q : qs) {
      Question.YearsBetween y = (Question.YearsBetween) q;
      int a = Integer.parseInt(y.events().get(0).date().substring(0, 4));
      int b = Integer.parseInt(y.events().get(1).date().substring(0, 4));
      assertEquals(String.valueOf(Math.abs(b - a)), y.answer().text());
      assertFalse(q.prompt().contains(String.valueOf(a)) || q.prompt().contains(String.valueOf(b)));
      assertNotNull(q.header().context());
    }
  }

  @Test
  void durationComesFromAPeriodThatNamesWhatLasted() {
    List<Question> qs = of(QuestionType.DURATION);
    assertEquals(1, qs.size());
    Question.Duration d = (Question.Duration) qs.get(0);
    assertEquals("5", d.answer().text());
    assertEquals("1981", d.period().start());
    assertEquals("1986", d.period().end());
    assertTrue(d.prompt().startsWith("The great dock strike was fought by the port workers"),
        d.prompt());
    assertFalse(d.prompt().matches(".*\\d{4}.*"));
    assertNotNull(d.header().context());
  }

  @Test
  void aPromptShowingAYearOrTheCountIsAGiveAway() {
    assertTrue(ChronologyQuestions.showsAnswer("Between the war of 1992 and the truce", "2",
        "1992", "1994"));
    assertTrue(ChronologyQuestions.showsAnswer("It took 12 years", "12", "1980", "1992"));
    assertFalse(ChronologyQuestions.showsAnswer("Between the war and the truce", "2", "1992",
        "1994"));
  }

  @Test
  void aYearApartIsNotAskedAsACount() {
    DocFacts d = Fixtures.doc("t.txt", Language.EN, """
        The old harbour wall was rebuilt by the town council in {{1921|date|1921}} after a storm.
        The first railway line reached the harbour from the capital in {{1922|date|1922}} at last.
        """);
    assertTrue(Fixtures.generate(1, d).bank().questions().stream()
        .noneMatch(q -> q.type() == QuestionType.YEARSBETWEEN));
  }

  @Test
  void aShortPeriodBetweenBareYearsIsNotAskedAsALength() {
    DocFacts rough = Fixtures.doc("t.txt", Language.EN, """
        Harbour towns of Kelvary Bay

        The great dock strike was fought by the port workers from {{1981 to 1983|date|1981/1983}} bitterly.
        """);
    assertTrue(Fixtures.generate(1, rough).bank().questions().stream()
        .noneMatch(q -> q.type() == QuestionType.DURATION));
    DocFacts three = Fixtures.doc("t.txt", Language.EN, """
        Harbour towns of Kelvary Bay

        The great dock strike was fought by the port workers from {{1981 to 1984|date|1981/1984}} bitterly.
        """);
    List<Question> qs = Fixtures.generate(1, three).bank().questions().stream()
        .filter(q -> q.type() == QuestionType.DURATION).toList();
    assertEquals(1, qs.size());
    assertEquals("3", ((Question.Duration) qs.get(0)).answer().text());
  }

  @Test
  void onlyWholeDaysAtBothEndsCountAsExact() {
    assertTrue(ChronologyQuestions.byDays("1981-05-04", "1983-06-09"));
    assertFalse(ChronologyQuestions.byDays("1981-05", "1983-06-09"));
    assertFalse(ChronologyQuestions.byDays("1981", "1983"));
  }

  @Test
  void ownCalendarYearsThatSpanAPeriodKeepItsLengthUnasked() {
    // invented text: a period's Gregorian ends, then its Hebrew-calendar years in brackets
    // (5678-5708, 30 years apart), which are left in the prompt when the dates are cut
    String marked = "השלטון הזר בעמק נמשך {{מ-1917 עד 1950|date|1917/1950}} (תרע\"ח–תש\"ח) וכלל את"
        + " תקופת הביצורים.\n\nהשלטון הזר בהר נמשך {{מ-1900 עד 1950|date|1900/1950}} וכלל את"
        + " תקופת הבנייה.\n";
    List<Question> d = Fixtures.generate(1, Fixtures.doc("t.txt", Language.HE, marked)).bank()
        .questions().stream().filter(q -> q.type() == QuestionType.DURATION).toList();
    assertEquals(1, d.size(), d.toString());
    assertEquals("50", d.get(0).answer().text(), "the period without own-calendar years is asked");
    assertTrue(OwnCalendarYears.giveCount(Language.HE, "נמשך (תרע\"ח–תש\"ח).", 31, 1917, 1948));
    assertTrue(OwnCalendarYears.giveCount(Language.HE, "נוסד בשנת תרע\"ח.", 20, 1917, 1937),
        "one own-calendar year states an end");
    assertFalse(OwnCalendarYears.giveCount(Language.HE, "נוסד בשנת תרע\"ח.", 20, 1930, 1950));
    assertFalse(OwnCalendarYears.giveCount(Language.EN, "It lasted (1917–1948).", 31, 1917, 1948),
        "digits are showsAnswer's; a language without its own calendar has none");
  }
}
