package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactExtractor;
import org.factdrill.text.Document;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.factdrill.text.Span;
import org.junit.jupiter.api.Test;

/**
 * A year shown beside another date of the sentence belongs to the prompt only when that date is
 * inside the part of the sentence the prompt shows: a sentence a page cut off is asked up to its
 * last clause end, and a yearless date after that cut annotates nothing. Made-up texts.
 */
class InsertsOutsideThePromptTest {

  @Test
  void aRunOnChronologyCutOffAfterAYearlessDayIsAskedUpToItsCutAndStopsNothing() {
    // Entries of a chronology whose line breaks were lost, the page cut off after a day-month
    // with no year and no sentence mark: the prompt for an early entry ends at a clause comma,
    // before the day-month that takes the last entry's year. Read by the real extractor.
    String text = """
        Chronology of Vess

        1604 Traders reached the Orra coast, 1607 Marten sailed up the Velk and found its \
        source, 1609 Marten charted the Velk estuary, 1611 Founding of Tarn by the Danes, \
        1616 Farmers settled at Holt first town in Vess March 3

               Table of Contents
        """;
    List<org.factdrill.bank.Question> qs = new BankGenerator(new FactExtractor(), "test")
        .run(List.of(new SourceText(new Document("a.txt", text, Language.EN), "0")),
            GenerateOptions.defaults()).bank()
        .questions();
    for (org.factdrill.bank.Question q : qs) {
      // A year in brackets stands beside the blank or beside the date it completes.
      assertFalse(q.prompt().contains("(1616)") && !q.prompt().contains("_____ (1616)")
          && !q.prompt().contains("March 3 (1616)"), q.prompt());
    }
  }

  @Test
  void anInsertBeyondTheShownTextIsLeftOut() {
    String text = "In 1611 the Danes founded Tarn, and the farmers came on March 3 (1616) later";
    int at = text.indexOf("1611");
    Span s = new Span(0, text.length());
    Fact f = new Fact(at, at + 4, "1611", FactKind.DATE, new Value.Date("1611"), null, false, s);
    int cut = text.indexOf(',');
    int march = text.indexOf("March 3") + "March 3".length();
    String shown = YearInserts.annotate(text, 0, cut, f,
        List.of(new YearInserts.Insert(march, " (1616)")));
    assertEquals("In " + PromptBuilder.HOLE + " the Danes founded Tarn", shown);
    assertTrue(YearInserts.annotate(text, 0, text.length(), f,
        List.of(new YearInserts.Insert(march, " (1620)"))).contains("March 3 (1620)"));
  }
}
