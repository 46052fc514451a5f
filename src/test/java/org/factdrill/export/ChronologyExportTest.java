package org.factdrill.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.factdrill.bank.BankJson;
import org.factdrill.bank.Question;
import org.junit.jupiter.api.Test;

/** Every format writes the chronology questions it can hold and skips the others with a reason. */
class ChronologyExportTest {
  private static List<Question> bank() throws Exception {
    return new BankJson().load(Path.of("src/test/resources/bank/chronology.json")).questions();
  }

  @Test
  void everyFormatWritesOrSkipsEachChronologyQuestionWithAReason() throws Exception {
    List<Question> qs = bank();
    for (Exporter e : Formats.all()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ExportResult r = e.write(qs, new ExportOptions("Chronology", Instant.EPOCH, 0), out);
      assertEquals(qs.size(), r.written() + r.skipped().size(), e.name());
      for (Skipped s : r.skipped()) {
        assertFalse(s.reason().isBlank(), e.name() + " " + s.questionId());
      }
      if (!e.binary()) {
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(r.written() == 0 || text.contains("Karabakh"), e.name() + ":\n" + text);
      }
    }
  }

  @Test
  void yearsAreGradedWithTheChronologyTolerance() throws Exception {
    Expected e = Items.expected(bank().get(1));
    Expected.Numeric n = (Expected.Numeric) e;
    assertEquals(0, n.value().compareTo(BigDecimal.valueOf(2)));
    assertEquals(0, n.tolerance().compareTo(BigDecimal.ONE));
  }

  @Test
  void whichFirstIsAChoiceBetweenItsEvents() throws Exception {
    Question.Choice c = Items.asChoice((Question.WhichFirst) bank().get(0));
    assertEquals(List.of("the ceasefire was signed", "a referendum was held in Karabakh"),
        c.options());
    assertEquals("a referendum was held in Karabakh", c.answer().text());
  }

  @Test
  void gifWritesANumericAnswerWithTolerance() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Formats.byName("gift").orElseThrow().write(bank(),
        new ExportOptions("Chronology", Instant.EPOCH, 0), out);
    String gift = out.toString(StandardCharsets.UTF_8);
    assertTrue(gift.contains("{#2:1}") || gift.contains("{#2:1.0}"), gift);
  }
}
