package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdrill.bank.Bank;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.BankValidator;
import org.factdrill.bank.Question;
import org.factdrill.bank.QuestionType;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** Question quality rules, checked on hand-made facts (not the extractor's output). */
class BankGeneratorTest {

  private static List<Question> all() {
    return Fixtures.generate(1, Fixtures.english(), Fixtures.vietnamese()).bank().questions();
  }

  private static List<Question> of(QuestionType t) {
    return all().stream().filter(q -> q.type() == t).toList();
  }

  @Test
  void everyFactGetsClozeChoiceAndTrueFalse() {
    assertEquals(12, of(QuestionType.CLOZE).size());
    assertEquals(12, of(QuestionType.CHOICE).size());
    assertEquals(12, of(QuestionType.TRUEFALSE).size());
  }

  @Test
  void clozeAndChoiceHaveExactlyOneBlank() {
    for (Question q : all()) {
      int blanks = q.prompt().split(PromptBuilder.BLANK, -1).length - 1;
      boolean stem = q.type() == QuestionType.CLOZE || q.type() == QuestionType.CHOICE;
      assertEquals(stem ? 1 : 0, blanks, q.prompt());
    }
  }

  @Test
  void answerAppearsNowhereElseInThePrompt() {
    for (Question q : all()) {
      if (q.type() == QuestionType.CLOZE || q.type() == QuestionType.CHOICE) {
        String rest = q.prompt().replace(PromptBuilder.BLANK, " ");
        assertFalse(rest.contains(q.answer().text()), q.prompt());
        q.answer().value().textual().ifPresent(v -> assertFalse(rest.contains(v), q.prompt()));
        if (q.answer().value().numbers().size() == 1) {
          assertFalse(rest.contains(q.answer().value().numbers().get(0).toPlainString()),
              q.prompt());
        }
      }
    }
  }

  @Test
  void factWhoseValueRepeatsInItsSentenceIsSkipped() {
    Result r = Fixtures.generate(1, Fixtures.doc("r.txt", Language.EN,
        "In {{1993|date|1993}} the last troops left, and 1993 is remembered as the end of it."));
    assertTrue(r.bank().questions().isEmpty());
    assertEquals(SkipReason.ANSWER_GIVEN_AWAY, r.report().skipped().get(0).reason());
  }

  @Test
  void promptsAreCleanedOfCitationsAndMarkupButProvenanceKeepsTheOriginal() {
    Result r = Fixtures.generate(1, Fixtures.doc("c.txt", Language.EN,
        "The *Treaty* of [[Bishkek Protocol|Bishkek]] was signed in {{1994|date|1994}} by both "
            + "sides, costing \\$5 million.[12][a]"));
    for (Question q : r.bank().questions()) {
      if (q.type() == QuestionType.TIMELINE) {
        continue;
      }
      assertFalse(q.prompt().matches(".*(\\[|\\]|\\\\\\$|\\*).*"), q.prompt());
      assertTrue(q.prompt().contains("Treaty of Bishkek"), q.prompt());
      assertTrue(q.facts().get(0).sentence().contains("[12]"));
    }
  }

  @Test
  void choiceHasFourDistinctSortedOptionsWithTheAnswer() {
    for (Question q : of(QuestionType.CHOICE)) {
      assertEquals(4, q.options().size(), q.prompt());
      assertEquals(4, new HashSet<>(q.options()).size(), q.options().toString());
      assertTrue(q.options().contains(q.answer().text()));
      List<BigDecimal> firstNumbers = q.options().stream().map(BankGeneratorTest::firstNumber)
          .toList();
      List<BigDecimal> sorted = new ArrayList<>(firstNumbers);
      sorted.sort(null);
      assertEquals(sorted, firstNumbers, q.options().toString());
    }
  }

  private static BigDecimal firstNumber(String s) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d[\\d,.]*").matcher(s);
    assertTrue(m.find(), s);
    String g = m.group().replaceAll("[.,]$", "");
    return new BigDecimal(g.replace(",", "").replace(".", ""));
  }

  private static Question choiceFor(String answerText) {
    return of(QuestionType.CHOICE).stream().filter(q -> q.answer().text().equals(answerText))
        .findFirst().orElseThrow(() -> new AssertionError("no choice for " + answerText));
  }

  @Test
  void yearDistractorsAreYearsNearTheAnswerOrFromTheCorpus() {
    Question q = choiceFor("1993");
    Set<Integer> corpus = Set.of(1991, 1993, 1994);
    for (String o : q.options()) {
      assertTrue(o.matches("\\d{4}"), o);
      int y = Integer.parseInt(o);
      assertTrue(Math.abs(y - 1993) <= 8 || corpus.contains(y), o);
      assertTrue(y <= 1998, "at most five years after the answer or the latest year: " + o);
    }
  }

  @Test
  void countDistractorsKeepSignificantDigitsAndStyle() {
    for (String o : choiceFor("23,000").options()) {
      assertTrue(o.matches("\\d{2},000"), o);
    }
    for (String o : choiceFor("23.000").options()) {
      assertTrue(o.matches("\\d{2}\\.000"), "Vietnamese grouping: " + o);
    }
  }

  @Test
  void moneyDistractorsKeepCurrencyAndMagnitude() {
    for (String o : choiceFor("$100 million").options()) {
      assertTrue(o.matches("\\$\\d+ million"), o);
    }
  }

  @Test
  void percentDistractorsStayPercentages() {
    for (String o : choiceFor("20%").options()) {
      assertTrue(o.matches("\\d{1,2}%"), o);
    }
  }

  @Test
  void smallCountsGetNeighbouringCounts() {
    for (String o : choiceFor("3").options()) {
      int n = Integer.parseInt(o);
      assertTrue(n >= 1 && n <= 9, o);
    }
  }

  @Test
  void approximateFactsGetDistractorsOutsideTheirMargin() {
    for (String o : choiceFor("30,000").options()) {
      BigDecimal v = new BigDecimal(o.replace(",", ""));
      if (v.intValue() != 30000) {
        assertTrue(Math.abs(v.intValue() - 30000) >= 6000, "would also fit 'an estimated': " + o);
      }
    }
  }

  @Test
  void noDistractorEqualsAnotherValueOfTheSameSentence() {
    Result r = Fixtures.generate(3, Fixtures.doc("s.txt", Language.EN,
        "The front moved between {{1992|date|1992}} and {{1994|date|1994}} across the valley."));
    for (Question q : r.bank().questions()) {
      if (q.type() == QuestionType.CHOICE) {
        String other = q.answer().text().equals("1992") ? "1994" : "1992";
        assertFalse(q.options().contains(other), q.options().toString());
      }
    }
  }

  @Test
  void trueFalseIsAboutHalfTrueAndFalseStatementsAreAltered() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("Regiment number ").append(i).append(" counted {{")
          .append(String.format("%,d", 1000 + 37 * i)).append("|number|").append(1000 + 37 * i)
          .append("}} soldiers in the valley of river ").append(i).append(".\n\n");
    }
    Result r = Fixtures.generate(1, Fixtures.doc("many.txt", Language.EN, text.toString()));
    List<Question.TrueFalse> tf = r.bank().questions().stream()
        .filter(q -> q.type() == QuestionType.TRUEFALSE).map(q -> (Question.TrueFalse) q).toList();
    assertEquals(200, tf.size());
    long trues = tf.stream().filter(Question.TrueFalse::truth).count();
    assertTrue(trues >= 80 && trues <= 120, "true statements: " + trues);
    for (Question.TrueFalse q : tf) {
      assertEquals(q.truth(), q.prompt().contains(" " + q.answer().text() + " "), q.prompt());
    }
  }

  @Test
  void sameInputAndSeedGiveTheSameBytes() {
    BankJson json = new BankJson();
    String a = json.toJson(Fixtures.generate(7, Fixtures.english(), Fixtures.vietnamese()).bank());
    String b = json.toJson(Fixtures.generate(7, Fixtures.english(), Fixtures.vietnamese()).bank());
    assertEquals(a, b);
    String c = json.toJson(Fixtures.generate(8, Fixtures.english(), Fixtures.vietnamese()).bank());
    assertNotEquals(a, c, "the seed drives distractors and true/false");
  }

  @Test
  void idsAndOptionsStayWhenOtherTextIsAddedRemovedOrReordered() {
    Map<String, Question> before = byId(Fixtures.generate(1, Fixtures.english()).bank());
    DocFacts moved = Fixtures.doc("war.txt", Language.EN, """
        A new introduction mentions {{1988|date|1988}} when the protests in Yerevan began in earnest.

        Armenia had only {{3|number|3}} infantry divisions and no airfield of its own during the fighting.

        Russia kept {{23,000|number|23000}} troops at its 102nd base near Gyumri throughout the fighting.
        """);
    Map<String, Question> after = byId(Fixtures.generate(1, Fixtures.vietnamese(), moved).bank());
    for (String kept : List.of("23,000", "3")) {
      for (QuestionType t : List.of(QuestionType.CLOZE, QuestionType.CHOICE,
          QuestionType.TRUEFALSE)) {
        Question b = find(before, t, kept);
        Question a = find(after, t, kept);
        assertEquals(b.id(), a.id());
        assertEquals(b.card(), a.card());
        assertEquals(b.options(), a.options());
        assertEquals(b.prompt(), a.prompt());
      }
    }
  }

  private static Map<String, Question> byId(Bank bank) {
    Map<String, Question> m = new HashMap<>();
    bank.questions().forEach(q -> m.put(q.id(), q));
    return m;
  }

  private static Question find(Map<String, Question> m, QuestionType t, String answer) {
    return m.values().stream().filter(q -> q.type() == t && q.answer().text().equals(answer))
        .findFirst().orElseThrow();
  }

  @Test
  void allFormsOfAFactShareItsCard() {
    Map<String, Set<QuestionType>> byCard = all().stream()
        // chronology questions (timeline, which-first, years-between, duration) span facts
        .filter(q -> q.type() == QuestionType.CLOZE || q.type() == QuestionType.CHOICE
            || q.type() == QuestionType.TRUEFALSE)
        .collect(Collectors.groupingBy(Question::card,
            Collectors.mapping(Question::type, Collectors.toSet())));
    byCard.values().forEach(types -> assertEquals(3, types.size()));
  }

  @Test
  void skipsFactsWithoutSentenceOrContextAndDuplicates() {
    DocFacts d = Fixtures.doc("d.txt", Language.EN, """
        War came {{1993|date|1993}}.

        Russia kept {{23,000|number|23000}} troops at its base near Gyumri for the war.

        The base was an old fortress on the plain.

        Russia kept {{23,000|number|23000}} troops at its base near Gyumri for the war.
        """);
    List<org.factdrill.extract.Fact> facts = new ArrayList<>(d.facts());
    var f = facts.get(1);
    facts.add(new org.factdrill.extract.Fact(f.start(), f.end(), f.text(), f.kind(), f.value(),
        null, false, null));
    Result r = Fixtures.generate(1, new DocFacts(d.source(), facts));
    Set<SkipReason> reasons = r.report().skipped().stream().map(Report.Skipped::reason)
        .collect(Collectors.toSet());
    assertEquals(Set.of(SkipReason.TOO_LITTLE_CONTEXT, SkipReason.DUPLICATE,
        SkipReason.NO_SENTENCE), reasons);
    assertEquals(3, r.bank().questions().size());
    String report = r.report().format(r.bank());
    assertTrue(report.contains("by type: choice 1, cloze 1, truefalse 1"), report);
    assertTrue(report.contains("by language: en 3"), report);
    assertTrue(report.contains("too little context"), report);
    assertTrue(report.contains("d.txt 9..13 \"1993\""), report);
  }

  @Test
  void generatedBankPassesTheValidator() {
    Bank b = Fixtures.generate(1, Fixtures.english(), Fixtures.vietnamese()).bank();
    assertEquals(List.of(), new BankValidator().validate("x", b));
    assertNotNull(b.sources().get(0).sha256());
  }

  @Test
  void promptsStayInTheSourceLanguage() {
    for (Question q : all()) {
      if (q.lang().equals("vi") && q.type() != QuestionType.TIMELINE) {
        assertTrue(q.prompt().matches(".*[ộđư].*"), q.prompt());
      }
    }
  }

  @Test
  void typesAndLanguagesCanBeChosen() {
    var opts = new GenerateOptions(java.util.EnumSet.of(QuestionType.CLOZE),
        java.util.Set.of(Language.VI), 1);
    Bank b = new BankGenerator(doc -> List.of(), "t").fromFacts(
        List.of(Fixtures.english(), Fixtures.vietnamese()), opts).bank();
    assertEquals(3, b.questions().size());
    assertTrue(b.questions().stream().allMatch(q -> q.type() == QuestionType.CLOZE
        && q.lang().equals("vi")));
    assertEquals(2, b.sources().size());
  }

  @Test
  void spansThatWouldMakeABrokenBlankAreSkippedWithTheirReason() {
    Result r = Fixtures.generate(1, Fixtures.doc("g.txt", Language.EN, """
        In the {{1990|date|1990}}s the army of the enclave grew stronger every single year.

        Talks began in Moscow on October {{9|number|9}} with the participation of the ministers.

        The ceasefire held from {{12|number|12}} May onwards in the whole of the southern region.

        The Russian base No. {{102|number|102}} near Gyumri held many thousands of troops then.
        """, "Ngày 11 tháng {{9|number|9}} năm 1992, quân Azerbaijan bắt được lính đặc nhiệm Nga."
            + "\n\nHọ thuộc Quân đoàn {{7|number|7}} Nga đóng tại Armenia gần làng Merjimek."));
    assertTrue(r.bank().questions().isEmpty(), r.bank().questions().toString());
    List<SkipReason> reasons = r.report().skipped().stream().map(Report.Skipped::reason).toList();
    assertEquals(List.of(SkipReason.PART_OF_WORD, SkipReason.PART_OF_DATE,
        SkipReason.PART_OF_DATE, SkipReason.IDENTIFIER, SkipReason.PART_OF_DATE,
        SkipReason.IDENTIFIER), reasons);
  }

  @Test
  void aCountBeforeItsUnitNounIsNotAnIdentifier() {
    Result r = Fixtures.generate(1, Fixtures.doc("u.txt", Language.VI,
        "Cộng hòa Xô viết Armenia chỉ có {{3|number|3}} sư đoàn bộ binh và không có sân bay nào."));
    assertEquals(3, r.bank().questions().size(), r.report().skipped().toString());
  }

  @Test
  void hebrewPrefixOnAYearIsNotPartOfAWord() {
    Result r = Fixtures.generate(1, Fixtures.doc("h.txt", Language.HE,
        "ההפגנות הגדולות בירוואן החלו ב{{1988|date|1988}} נגד השלטון הסובייטי."));
    assertEquals(3, r.bank().questions().size());
  }

  @Test
  void anotherDateOfTheSameYearDoesNotGiveAFullDateAway() {
    Result r = Fixtures.generate(1, Fixtures.doc("y.txt", Language.VI,
        "Khi Gorbachev từ chức ngày {{26 tháng 12 năm 1991|date|1991-12-26}}, Liên Xô ngừng tồn "
            + "tại ngày {{31 tháng 12 năm 1991|date|1991-12-31}} theo luật."));
    assertEquals(6, r.bank().questions().stream().filter(q -> q.type() != QuestionType.TIMELINE)
        .count(), r.report().skipped().toString());
    for (Question q : r.bank().questions()) {
      if (q.type() == QuestionType.CHOICE) {
        String other = q.answer().text().startsWith("26") ? "31 tháng 12 năm 1991"
            : "26 tháng 12 năm 1991";
        assertFalse(q.options().contains(other), "the other date also fits: " + q.options());
      }
    }
  }
}
