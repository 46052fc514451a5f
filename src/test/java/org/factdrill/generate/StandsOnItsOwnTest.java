package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: every question stands on its own (topic named, times absolute, no dangling start),
 * is honest under hedges, gives nothing away, and keeps Hebrew prefixes outside the blank.
 * Checked on hand-made texts, each rule with a case that must be asked and one that must not.
 */
class StandsOnItsOwnTest {

  private static Result gen(Language lang, String marked) {
    return Fixtures.generate(1, Fixtures.doc("t.txt", lang, marked));
  }

  private static List<Question> of(Result r, QuestionType t) {
    return r.bank().questions().stream().filter(q -> q.type() == t).toList();
  }

  private static Set<SkipReason> reasons(Result r) {
    return r.report().skipped().stream().map(Report.Skipped::reason).collect(Collectors.toSet());
  }

  private static Question cloze(Result r, String answerText) {
    return of(r, QuestionType.CLOZE).stream().filter(q -> q.answer().text().equals(answerText))
        .findFirst().orElseThrow(() -> new AssertionError("no cloze for " + answerText + ": "
            + r.report().format(r.bank())));
  }

  @Test
  void aDayWithoutYearTakesTheDocumentDateAndSaysSo() {
    Result r = gen(Language.EN, """
        A war in the mountains

        {{5 October 2020|date|2020-10-05}}

        The war began on {{September 27|date|--09-27}}, when the army launched a major offensive.
        """);
    Question q = cloze(r, "September 27");
    assertEquals("2020-09-27", q.answer().value().textual().orElseThrow());
    assertTrue(q.prompt().contains("_____ (2020)"), q.prompt());
    Question.Resolved res = q.facts().get(0).resolved();
    assertEquals("2020-09-27", res.value().textual().orElseThrow());
    assertTrue(res.from().startsWith("document date '5 October 2020'"), res.from());
    assertEquals("--09-27", q.facts().get(0).value().textual().orElseThrow(), "the fact as extracted is kept");
    for (String o : of(r, QuestionType.CHOICE).get(0).options()) {
      assertTrue(o.matches("September \\d{1,2}"), "same form as the source: " + o);
    }
  }

  @Test
  void aMonthTakesTheYearBeforeItInItsParagraph() {
    Result r = gen(Language.EN, """
        The fighting resumed in {{1992|date|1992}} across the whole front. In {{May|date|--05}} the town fell to the attackers after a long siege.
        """);
    Question q = cloze(r, "May");
    assertEquals("1992-05", q.answer().value().textual().orElseThrow());
    assertTrue(q.facts().get(0).resolved().from().contains("'1992'"));
  }

  @Test
  void aYearlessDateNothingResolvesIsNotAsked() {
    Result r = gen(Language.EN, """
        The talks between the foreign ministers began in Moscow on {{October 9|date|--10-09}} with a mediator.
        """);
    assertTrue(r.bank().questions().isEmpty());
    assertEquals(Set.of(SkipReason.NO_YEAR), reasons(r));
  }

  @Test
  void aMonthLaterThanTheDocumentsOwnIsAmbiguousAndNotAsked() {
    Result r = gen(Language.EN, """
        {{5 October 2020|date|2020-10-05}}

        Protests shook the capital in {{December|date|--12}} after the disputed election results.
        """);
    assertTrue(reasons(r).contains(SkipReason.NO_YEAR), r.report().format(r.bank()));
  }

  @Test
  void theFollowingYearIsCountedFromTheYearBeforeIt() {
    Result r = gen(Language.EN, """
        The union dissolved in {{1991|date|1991}} after the failed coup. The following year, {{23,000|number|23000}} troops stayed behind at the old bases.
        """);
    Question q = cloze(r, "23,000");
    assertTrue(q.prompt().contains("The following year (1992)"), q.prompt());
    Question.Time t = q.facts().get(0).resolved().times().get(0);
    assertEquals(1992, t.year());
    assertTrue(t.from().contains("'1991'"), t.from());
  }

  @Test
  void deicticTimesCountFromTheDocumentDateOrTheFactIsNotAsked() {
    String body = """
        Last year the government spent {{$100 million|money|USD:100000000}} on new tanks and guns.
        """;
    Result dated = gen(Language.EN, "{{5 October 2020|date|2020-10-05}}\n\n" + body);
    assertTrue(cloze(dated, "$100 million").prompt().contains("Last year (2019)"));
    Result undated = gen(Language.EN, body);
    assertTrue(undated.bank().questions().isEmpty());
    assertEquals(Set.of(SkipReason.RELATIVE_TIME), reasons(undated));
  }

  @Test
  void aFigureCountingBackFromNowIsNotAsked() {
    Result r = gen(Language.EN, """
        {{5 October 2020|date|2020-10-05}}

        Russia did not look at these countries {{8|number|8}} years ago, but it does now.
        """);
    assertTrue(reasons(r).contains(SkipReason.RELATIVE_TIME));
    assertTrue(of(r, QuestionType.CLOZE).stream().noneMatch(q -> q.answer().text().equals("8")));
  }

  @Test
  void relativeTimesInVietnameseAndHebrewAreResolvedToo() {
    Result vi = gen(Language.VI, """
        {{5 tháng 10 năm 2020|date|2020-10-05}}

        Năm ngoái quân đội đã mua {{286|number|286}} xe tăng và nhiều pháo của nước ngoài.
        """);
    assertTrue(cloze(vi, "286").prompt().contains("Năm ngoái (2019)"));
    Result he = gen(Language.HE, """
        הצבא גייס {{500|number|500}} חיילים אשתקד כדי להגן על הגבול הצפוני של המדינה.
        """);
    assertTrue(he.bank().questions().isEmpty(), "no document date: last year is unknown");
    assertEquals(Set.of(SkipReason.RELATIVE_TIME), reasons(he));
  }

  @Test
  void aSentenceOpeningWithAPronounGetsTheSentenceBeforeIt() {
    Result r = gen(Language.EN, """
        The foreign ministers of both countries met in Moscow for talks. They lasted more than {{ten|number|10}} days behind closed doors.
        """);
    Question q = cloze(r, "ten");
    assertTrue(q.prompt().startsWith("The foreign ministers of both countries met in Moscow"),
        q.prompt());
    Result chain = gen(Language.EN, """
        The ministers met in Moscow for talks. They talked late. It lasted more than {{ten|number|10}} days behind closed doors.
        """);
    assertTrue(chain.bank().questions().isEmpty());
    assertEquals(Set.of(SkipReason.DANGLING_START), reasons(chain));
  }

  @Test
  void pronounListsAreLanguageData() {
    Context c = new Context();
    assertTrue(c.pointsBack(Language.EN, "These negotiations were closed."));
    assertTrue(c.pointsBack(Language.EN, "And therefore nothing changed."));
    assertFalse(c.pointsBack(Language.EN, "Theodore Roosevelt won."), "a word, not a prefix");
    assertTrue(c.pointsBack(Language.VI, "Họ đã rút quân."));
    assertTrue(c.pointsBack(Language.HE, "והם יצאו לדרך."), "with the prefix ו");
    assertFalse(c.pointsBack(Language.HE, "הממשלה החליטה."));
  }

  @Test
  void theTopicIsNamedAboveThePrompt() {
    Result r = gen(Language.EN, """
        The war in the mountains

        The war began in {{1988|date|1988}} and ended with a ceasefire signed in Bishkek.
        """);
    for (Question q : r.bank().questions()) {
      if (q.type() != QuestionType.TIMELINE) {
        assertEquals("The war in the mountains", q.context());
      }
    }
  }

  @Test
  void headlinesCaptionsAndInfoboxRowsAreNotAsked() {
    Result r = gen(Language.EN, """
        Armenia and Azerbaijan fight over the enclave

        Casualties: {{30,000|number|30000}} dead

        The enclave lost {{20%|percent|20}} of its people during the war that followed the vote.

        {{5,000|number|5000}} soldiers at the front line near the river
        """);
    assertEquals(Set.of(SkipReason.LAYOUT), reasons(r));
    assertTrue(r.bank().questions().stream().allMatch(q -> q.type() == QuestionType.TIMELINE
        || q.answer().text().equals("20%")));
  }

  @Test
  void aHebrewPrefixStaysOutsideTheBlank() {
    Result r = gen(Language.HE, """
        מדינת ישראל הוקמה {{ב-1948|date|1948}} לאחר הכרזת העצמאות בתל אביב.
        """);
    Question q = cloze(r, "1948");
    assertTrue(q.prompt().contains("ב-_____"), q.prompt());
    for (String o : of(r, QuestionType.CHOICE).get(0).options()) {
      assertTrue(o.matches("\\d{4}"), "options without the prefix: " + o);
    }
    Question tf = of(r, QuestionType.TRUEFALSE).get(0);
    assertTrue(tf.prompt().matches(".*ב-\\d{4} .*"), tf.prompt());
    assertEquals(Ids.factId("t.txt", q.facts().get(0).sentence(), "ב-1948"), q.card(),
        "the id is the extracted fact's, so progress survives");
    assertEquals(0, HebrewPrefix.length(org.factdrill.lang.LanguagePacks.of("he"), "1948"));
    assertEquals(2, HebrewPrefix.length(org.factdrill.lang.LanguagePacks.of("he"), "וב1948"));
    assertEquals(1, HebrewPrefix.length(org.factdrill.lang.LanguagePacks.of("he"), "בדצמבר"));
    assertEquals(0, HebrewPrefix.length(org.factdrill.lang.LanguagePacks.of("he"), "בית"));
  }

  @Test
  void noChoiceAndNoFalseStatementAfterMoreThan() {
    SplittableRandom rnd = new SplittableRandom(20);
    for (int i = 0; i < 15; i++) {
      int n = 20 + rnd.nextInt(5000);
      for (String[] hedge : new String[][] {{"more than", "+"}, {"over", "+"},
          {"at least", "+"}, {"less than", "-"}, {"fewer than", "-"}}) {
        Result r = gen(Language.EN, "The army sent " + hedge[0] + " {{" + n + "|number|" + n
            + "}} soldiers to the northern border that spring.\n");
        assertTrue(of(r, QuestionType.TRUEFALSE).isEmpty(), "no undecidable statement");
        // Honest options would all be larger (smaller): the answer the extreme one, so no
        // choice is made; the cloze is asked.
        assertTrue(of(r, QuestionType.CHOICE).isEmpty(), hedge[0] + " " + n);
        assertEquals(1, of(r, QuestionType.CLOZE).size(), hedge[0] + " " + n);
      }
    }
  }

  @Test
  void rangeEndsCountableListsAndSumsGiveTheAnswerAway() {
    Result range = gen(Language.EN, """
        Between 1992 and 1994 the army lost from 15 to {{20|number|20}} tanks every single month.
        """);
    assertTrue(reasons(range).contains(SkipReason.RANGE_END), range.report().format(range.bank()));
    Result list = gen(Language.EN, """
        The Marsk treaty was signed by {{3|number|3}} republics (Armenia, Azerbaijan and Georgia) in the capital.
        """);
    assertEquals(Set.of(SkipReason.COUNTABLE_LIST), reasons(list));
    Result sum = gen(Language.EN, """
        Of the {{500|number|500}} soldiers at the base, {{300|number|300}} were Russian and {{200|number|200}} were local recruits.
        """);
    assertTrue(sum.bank().questions().isEmpty(), "each of the three follows from the others");
    assertEquals(Set.of(SkipReason.SUM_OF_PARTS), reasons(sum));
    // Two amounts and the percentage change between them: each follows from the other two.
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(28);
    for (int i = 0; i < 20; i++) {
      int from = 1000 + rnd.nextInt(9000);
      int pct = 5 + rnd.nextInt(60);
      int to = Math.round(from * (100 - pct) / 100f);
      Result change = gen(Language.EN, "The guild counted {{" + to + "|number|" + to
          + "}} members, about a {{" + pct + "%|percent|" + pct + "}} drop from the {{" + from
          + "|number|" + from + "}} it had counted at its founding.\n");
      assertTrue(change.bank().questions().isEmpty(), change.report().format(change.bank()));
      assertEquals(Set.of(SkipReason.SUM_OF_PARTS), reasons(change));
      // A percentage that is not the change between them is asked.
      int other = pct + 15;
      Result unrelated = gen(Language.EN, "The guild counted {{" + to + "|number|" + to
          + "}} members, {{" + other + "%|percent|" + other + "}} of them women, and {{" + from
          + "|number|" + from + "}} apprentices in the town.\n");
      assertTrue(reasons(unrelated).stream().noneMatch(r -> r == SkipReason.SUM_OF_PARTS),
          unrelated.report().format(unrelated.bank()));
    }
  }

  @Test
  void figuresEachInItsOwnBracketAfterAListedItemAreNotPartsOfOneAnother() {
    // Terms of office, one per listed name: 9 = 5 + 4 by chance, nothing is given away.
    Result terms = gen(Language.EN, "The council named three wardens of the harbour in {{1702|date|1702}}:"
        + " Harrow (for {{9|number|9}} years), Leland (for {{5|number|5}} years) and Osric (for"
        + " {{4|number|4}} years).\n");
    assertTrue(reasons(terms).stream().noneMatch(r -> r == SkipReason.SUM_OF_PARTS),
        terms.report().format(terms.bank()));
    // The same figures running in the sentence as a total and its parts are a giveaway.
    Result parts = gen(Language.EN, "Of the {{9|number|9}} wardens named in {{1702|date|1702}},"
        + " {{5|number|5}} came from the northern towns and {{4|number|4}} from the coast.\n");
    assertTrue(reasons(parts).contains(SkipReason.SUM_OF_PARTS), parts.report().format(parts.bank()));
  }

  @Test
  void aCitedWorksYearIsNotAsked() {
    Result r = gen(Language.EN, """
        The number of refugees was later revised, as Smith ({{1999|date|1999}}) showed in detail.
        """);
    assertEquals(Set.of(SkipReason.CITATION), reasons(r));
  }

  @Test
  void evenlySpacedOptionsWithTheAnswerOffTheirGridAreBrokenUp() {
    assertTrue(Grid.singlesOut(options(201, 241, 281), BigDecimal.valueOf(402)));
    assertFalse(Grid.singlesOut(options(201, 241, 281), BigDecimal.valueOf(321)));
    assertFalse(Grid.singlesOut(options(201, 250, 281), BigDecimal.valueOf(402)));
    SplittableRandom rnd = new SplittableRandom(7);
    int choices = 0;
    for (int i = 0; i < 60; i++) {
      int n = 100 + rnd.nextInt(900);
      Result r = gen(Language.EN, "The army had {{" + n + "|number|" + n
          + "}} tanks in the field when the war began in the north.\n");
      for (Question q : of(r, QuestionType.CHOICE)) {
        List<Option> wrong = q.options().stream().filter(o -> !o.equals(q.answer().text()))
            .map(o -> new Option(Value.Num.of(Long.parseLong(o.replace(",", ""))), o, o))
            .toList();
        assertFalse(Grid.singlesOut(wrong, BigDecimal.valueOf(n)), q.options().toString());
        choices++;
      }
    }
    assertEquals(60, choices);
  }

  private static List<Option> options(int... xs) {
    return java.util.Arrays.stream(xs)
        .mapToObj(x -> new Option(Value.Num.of(x), String.valueOf(x), String.valueOf(x)))
        .toList();
  }

  @Test
  void questionsOfOneSentenceAreSiblings() {
    Result r = gen(Language.EN, """
        The army had {{300|number|300}} tanks and {{120|number|120}} aircraft in the war of the north.

        The ceasefire was signed in Bishkek in {{1994|date|1994}} by the three governments.
        """);
    Set<String> first = new HashSet<>();
    Set<String> second = new HashSet<>();
    for (Question q : r.bank().questions()) {
      if (q.type() == QuestionType.TIMELINE) {
        continue;
      }
      assertNotNull(q.sibling());
      (q.facts().get(0).sentence().contains("Bishkek") ? second : first).add(q.sibling());
    }
    assertEquals(1, first.size());
    assertEquals(1, second.size());
    assertFalse(first.equals(second));
  }

  @Test
  void factsWithoutRelativeTimeCarryNoResolution() {
    Result r = gen(Language.EN, """
        The ceasefire was signed in Bishkek in {{1994|date|1994}} by the three governments.
        """);
    assertNull(cloze(r, "1994").facts().get(0).resolved());
  }

  @Test
  void rewrittenQuestionsKeepTheIdOfTheFactAsExtracted() {
    DocFacts d = Fixtures.doc("t.txt", Language.EN, """
        A war in the mountains

        {{5 October 2020|date|2020-10-05}}

        The ministers met in Moscow for talks. They agreed on a truce on {{October 3|date|--10-03}} after a long night.
        """);
    Result r = Fixtures.generate(1, d);
    assertFalse(r.bank().questions().isEmpty());
    for (Question q : r.bank().questions()) {
      if (q.type() == QuestionType.TIMELINE) {
        continue;
      }
      Question.FactRef f = q.facts().get(0);
      assertEquals(Ids.factId("t.txt", f.sentence(), f.text()), q.card(),
          "resolving the year or adding the sentence before does not change the id: " + q.prompt());
      assertTrue(q.prompt().startsWith("The ministers met in Moscow"), q.prompt());
    }
  }

  @Test
  void aPeriodYieldsItsTwoEndsAsFacts() {
    Result r = gen(Language.EN, """
        The first war over the enclave was fought from {{1992 to 1994|date|1992/1994}} in the mountains.
        """);
    Question start = cloze(r, "1992");
    Question end = cloze(r, "1994");
    // Each end is asked in the period's own frame, the other end shown: "from _____ to 1994".
    assertTrue(start.prompt().contains("fought from _____ to 1994 in"), start.prompt());
    assertTrue(end.prompt().contains("fought from 1992 to _____ in"), end.prompt());
    assertEquals(start.sibling(), end.sibling());
    assertFalse(start.card().equals(end.card()));
    assertTrue(Periods.ends(new org.factdrill.extract.Fact(0, 9, "1992-1994",
        org.factdrill.extract.FactKind.DATE, new Value.Date("1992-05/1994"), null, false,
        null)).isEmpty(), "only periods of whole years are split");
  }

  @Test
  void aPeriodOfDatesIsAskedWholeAndByItsEndsInItsFrame() {
    // The extractor's own facts: a period of dates carries its two ends.
    org.factdrill.text.Document doc = new org.factdrill.text.Document("t.txt",
        "The long siege of the northern fortress lasted from 4 March 1861 to 9 April 1865 in the"
            + " valley.\n", Language.EN);
    Result r = Fixtures.generate(1, new DocFacts(new SourceText(doc, "0".repeat(64)),
        org.factdrill.testing.SharedExtractor.get().extract(doc)));
    Question whole = cloze(r, "4 March 1861 to 9 April 1865");
    Question start = cloze(r, "4 March 1861");
    Question end = cloze(r, "9 April 1865");
    assertTrue(start.prompt().contains("lasted from _____ to 9 April 1865 in"), start.prompt());
    assertTrue(end.prompt().contains("lasted from 4 March 1861 to _____ in"), end.prompt());
    assertEquals("1861-03-04", start.answer().value().textual().orElseThrow());
    assertEquals(whole.sibling(), start.sibling());
  }

  @Test
  void aVietnamesePeriodIsAskedByItsEndsInItsOwnFrame() {
    Result r = gen(Language.VI, """
        Cuộc kháng chiến của nhân dân vùng núi phía bắc kéo dài từ {{năm 1946 đến năm 1954|date|1946/1954}} trong rừng sâu.
        """);
    Question start = cloze(r, "1946");
    assertTrue(start.prompt().contains("kéo dài từ năm _____ đến năm 1954 trong"), start.prompt());
  }

  @Test
  void aYearlessDayTakesTheYearItsOwnSentenceStatesBeforeTheDocumentDate() {
    Result r = gen(Language.EN, """
        {{12 November 2009|date|2009-11-12}}

        The war in Europe ended on {{May 8|date|--05-08}}, and the war in the Pacific on {{15 August 1945|date|1945-08-15}}.
        """);
    assertEquals("1945-05-08", cloze(r, "May 8").answer().value().textual().orElseThrow());
  }

  @Test
  void nYearsLaterCountsFromTheYearBeforeIt() {
    Result r = gen(Language.EN, """
        The first troops landed in {{1965|date|1965}}. Ten divisions were there 3 years later, with {{500,000|number|500000}} men in all.
        """);
    assertTrue(cloze(r, "500,000").prompt().contains("3 years later (1968)"));
    Result count = gen(Language.EN, """
        The first troops landed in {{1965|date|1965}}, and the last left {{8|number|8}} years later from the same port.
        """);
    assertTrue(reasons(count).contains(SkipReason.RELATIVE_TIME), "the count is the distance");
  }

  @Test
  void wikitextTablesAndLinkLabelsGiveNoQuestions() {
    Result r = gen(Language.EN, """
        In force | {{10 January 1920|date|1920-01-10}} | Location | Palace of Versailles |

        The delegates of the victorious powers gathered in the palace for many weeks of talks. The Marsk treaty ended the Sarn War in {{1919|date|1919}}.<ref name="a">{{cite book |title=X |year=2001}}</ref>

        The armistice held for [note {{2|number|2}}] weeks along the whole western front line.
        """);
    Set<SkipReason> why = reasons(r);
    assertTrue(why.contains(SkipReason.LAYOUT), why.toString());
    assertTrue(why.contains(SkipReason.CITATION), why.toString());
    Question q = cloze(r, "1919");
    assertEquals("The Marsk treaty ended the Sarn War in _____.", q.prompt());
  }
}
