package org.factdrill.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Bank;
import org.factdrill.bank.Instructions;
import org.factdrill.bank.QuestionType;
import org.factdrill.extract.Fact;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.generate.BankGenerator;
import org.factdrill.generate.GenerateOptions;
import org.factdrill.generate.SourceText;
import org.factdrill.study.DateParser;
import org.factdrill.study.NumberParser;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.factdrill.text.LanguageDetector;
import org.junit.jupiter.api.Test;

/**
 * Russian is a pack and nothing else: detected from Cyrillic text, extracted, turned into
 * questions, answered and shown in its own interface words (a text written for this test).
 */
class RussianPackTest {
  private static final String TEXT = "Договор был подписан 12 мая 1994 года в Бишкеке.\n\n"
      + "По оценкам, около 30 000 человек погибли, а более семисот тысяч жителей стали "
      + "беженцами. Ущерб превысил 2,5 миллиарда долларов. В 2001 году переговоры "
      + "продолжились; с 1992 по 1994 год шли бои.";

  private static final Language RU = Language.fromCode("ru").orElseThrow();

  @Test
  void cyrillicTextIsDetectedAsRussian() {
    assertEquals(RU, new LanguageDetector().detect(TEXT));
  }

  @Test
  void factsAreReadFromTheRussianPack() {
    List<String> got = SharedExtractor.get().extract(new Document("t", TEXT, RU)).stream()
        .map(f -> f.kind() + " " + f.text()).toList();
    assertEquals(List.of("DATE 12 мая 1994 года", "NUMBER 30 000", "NUMBER семисот тысяч",
        "MONEY 2,5 миллиарда долларов", "DATE 2001 году", "DATE 1992 по 1994 год"), got);
  }

  @Test
  void generateMakesRussianQuestions() {
    Bank bank = new BankGenerator(SharedExtractor.get(), "test").generate(
        List.of(new SourceText(new Document("ru.txt", TEXT, RU), "0".repeat(64))),
        GenerateOptions.defaults());
    assertFalse(bank.questions().isEmpty());
    assertTrue(bank.questions().stream().allMatch(q -> "ru".equals(q.lang())));
  }

  @Test
  void typedAnswersAndInterfaceWordsComeFromThePack() {
    assertEquals(0, NumberParser.parse("семьсот тысяч").orElseThrow().value()
        .compareTo(java.math.BigDecimal.valueOf(700_000)));
    assertEquals(new DateParser.Parsed(1994, 5, 12, false),
        DateParser.parse("12 мая 1994").orElseThrow());
    assertEquals("Заполните пропуск", Instructions.of(QuestionType.CLOZE, "ru"));
    assertEquals("Настройки", new org.factdrill.tui.Messages("ru").get("settings"));
  }
}
