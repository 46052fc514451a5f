package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.extract.Fact;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.extract.Value;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A period is written within one paragraph: a date that ends a line of a page's chrome (a weekday
 * and date line) and a paragraph that opens with a range word ("To 1970, …", "Đến năm 1970, …",
 * "עד 1970 …") are two dates, never a period across the blank line; and a bank is made from such
 * a page (it once stopped generation with a span whose end came before its start). Made-up pages,
 * each language, several date lines.
 */
class ParagraphBreakPeriodTest {
  private record Case(Language lang, List<String> dateLines, String title, String paragraph) {}

  private static final List<Case> CASES = List.of(
      new Case(Language.EN, List.of("Monday, 3 May 2010", "3 May 2010", "05/03/2010"),
          "Marvelo radio station",
          "To 1970, the Marvelo station broadcast every day to about 40,000 listeners along the "
              + "whole coast of Vensa, from a new tower built on the hill above the harbour."),
      new Case(Language.VI, List.of("Thứ Hai, ngày 12/05/2014", "ngày 12/05/2014", "12/05/2014"),
          "Đài phát thanh Marvelo",
          "Đến năm 1970, đài Marvelo phát sóng mỗi ngày cho khoảng 40.000 thính giả dọc bờ biển "
              + "Vensa, từ một tháp mới xây trên đồi phía trên bến cảng."),
      new Case(Language.HE, List.of("יום שני, 3 במאי 2010", "3 במאי 2010", "03/05/2010"),
          "תחנת הרדיו של מרוולו",
          "עד 1970 שידרה תחנת מרוולו בכל יום לכ-40,000 מאזינים לאורך כל חוף ונסה, ממגדל חדש שנבנה "
              + "על הגבעה מעל הנמל."));

  @Test
  void noPeriodRunsAcrossABlankLine() {
    int pages = 0;
    for (Case c : CASES) {
      for (String line : c.dateLines()) {
        for (String gap : List.of("\n\n", "\n\n\n", "\n \n")) {
          String text = c.title() + "\n\n" + line + gap + c.paragraph() + "\n";
          Document doc = new Document("a.txt", text, c.lang());
          List<Fact> facts = SharedExtractor.get().extract(doc);
          for (Fact f : facts) {
            boolean range = f.value() instanceof Value.Date d && d.isRange();
            assertFalse(range && f.text().contains("\n"), text + " -> " + f.text());
          }
          Result r = new BankGenerator(SharedExtractor.get(), "test")
              .run(List.of(new SourceText(doc, "0")), GenerateOptions.defaults());
          assertFalse(r.bank().questions().isEmpty(), text);
          pages++;
        }
      }
    }
    assertTrue(pages == 27);
  }
}
