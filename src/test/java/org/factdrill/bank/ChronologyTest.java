package org.factdrill.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chronology question types in the bank: reading, writing, validation, factories. */
class ChronologyTest {
  static final Path BANK = Path.of("src/test/resources/bank/chronology.json");
  @TempDir Path tmp;

  @Test
  void handWrittenChronologyBankLoadsAndIsWrittenBackByteForByte() throws Exception {
    Bank b = new BankJson().load(BANK);
    assertEquals(List.of(QuestionType.WHICHFIRST, QuestionType.YEARSBETWEEN,
        QuestionType.DURATION), b.questions().stream().map(Question::type).toList());
    Question.WhichFirst w = (Question.WhichFirst) b.questions().get(0);
    assertEquals(1, w.first());
    assertEquals("Nagorno-Karabakh war", w.context());
    assertEquals(List.of(new BigDecimal(2)), b.questions().get(1).answer().value().numbers());
    assertEquals("1988-02-20", ((Question.Duration) b.questions().get(2)).period().start());
    assertEquals(Files.readString(BANK), new BankJson().toJson(b));
  }

  @Test
  void toleranceIsOneYearOrTenPercentWhicheverIsLarger() {
    assertEquals(0, BigDecimal.ONE.compareTo(Chronology.tolerance(BigDecimal.valueOf(3))));
    assertEquals(0, BigDecimal.ONE.compareTo(Chronology.tolerance(BigDecimal.TEN)));
    assertEquals(0, new BigDecimal("4.5").compareTo(Chronology.tolerance(BigDecimal.valueOf(45))));
  }

  @Test
  void yearsBetweenCountsWholeYearsWhenBothDatesAreDays() {
    assertEquals(Optional.of(2), Chronology.yearsBetween("1991-12-10", "1994-05-12"));
    assertEquals(Optional.of(3), Chronology.yearsBetween("1991", "1994-05"));
    assertEquals(Optional.of(3), Chronology.yearsBetween("1994", "1991"));
    assertEquals(Optional.empty(), Chronology.yearsBetween("--05", "1994"));
  }

  @Test
  void factoriesBuildValidQuestions() {
    Question.Event a = new Question.Event("the ceasefire was signed", "1994-05-12");
    Question.Event b = new Question.Event("the referendum was held", "1991-12-10");
    List<Question> qs = new ArrayList<>();
    qs.add(Chronology.whichFirst("whichfirst-x", "w-x", Language.HE, a, b, List.of()));
    qs.add(Chronology.yearsBetween("yearsbetween-x", "y-x", Language.EN, b, a, List.of())
        .orElseThrow());
    qs.add(Chronology.duration("duration-x", "d-x", Language.VI, null,
        new Question.Period("chiến tranh", "1988", "1994"), List.of()).orElseThrow());
    Bank bank = new Bank(1, null, List.of(), qs);
    assertEquals(List.of(), new BankValidator().validate("t", bank));
    Question.WhichFirst w = (Question.WhichFirst) qs.get(0);
    assertEquals(1, w.first());
    assertEquals("the referendum was held", w.answer().text());
    assertEquals(Instructions.of(QuestionType.WHICHFIRST, Language.HE), w.prompt());
    assertEquals("2", qs.get(1).answer().text());
    assertEquals("6", qs.get(2).answer().text());
    assertEquals(List.of(), qs.get(1).items(), "the prompt names both events");
    assertEquals("How many years passed between the referendum was held and the ceasefire was"
        + " signed?", qs.get(1).prompt());
    assertEquals("Chiến tranh kéo dài bao lâu?", qs.get(2).prompt());
    assertEquals(List.of(a.text(), b.text()), w.items());
  }

  @Test
  void validatorNamesTheQuestionForEachBrokenChronologyQuestion() throws Exception {
    String text = Files.readString(BANK)
        .replaceFirst("(?s)(?<head>\"value\" : \\[\\s*1,\\s*)0", "${head}1")
        .replace("\"value\" : 2,", "\"value\" : \"two\",")
        .replace("\"start\" : \"1988-02-20\"", "\"start\" : \"1995\"");
    Path p = tmp.resolve("b.json");
    Files.writeString(p, text);
    List<String> msgs = new BankJson().check(p, List.of()).problems().stream()
        .map(BankProblem::format).toList();
    assertEquals(3, msgs.size(), msgs.toString());
    assertTrue(msgs.get(0).contains("question whichfirst-1: whichfirst answer value"), msgs.get(0));
    assertTrue(msgs.get(1).contains("question yearsbetween-1: yearsbetween answer value must be"),
        msgs.get(1));
    assertTrue(msgs.get(2).contains("question duration-1: duration period ends"), msgs.get(2));
  }

  @Test
  void durationWithoutPeriodIsReportedAtItsQuestion() throws Exception {
    String text = Files.readString(BANK).replaceAll("(?s)\"period\" : \\{.*?\\},", "");
    Path p = tmp.resolve("b.json");
    Files.writeString(p, text);
    List<String> msgs = new BankJson().check(p, List.of()).problems().stream()
        .map(BankProblem::format).toList();
    assertEquals(1, msgs.size(), msgs.toString());
    assertTrue(msgs.get(0).contains("question duration-1: duration question needs \"period\""),
        msgs.get(0));
  }

  @Test
  void unknownTypeMessageListsEveryType() {
    assertFalse(QuestionType.names().isEmpty());
    assertEquals("cloze, choice, truefalse, timeline, whichfirst, yearsbetween or duration",
        QuestionType.names());
  }
}
