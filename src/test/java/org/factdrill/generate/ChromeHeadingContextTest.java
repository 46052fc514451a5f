package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.testing.SharedExtractor;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Page chrome set between an article's paragraphs (a text-size control "label − +", a weekday
 * and date line) is no section heading: it never shows as a question's context line, where the
 * article's title stays. Made-up articles in each language, the control in several spellings.
 */
class ChromeHeadingContextTest {
  private record Case(Language lang, String title, String first, String second, String sizeLabel,
      String dateLine) {}

  private static final List<Case> CASES = List.of(
      new Case(Language.EN, "Marvelo radio station marks fifty years",
          "The Marvelo radio station went on the air on May 2, 1961, from a shed at the harbour of "
              + "Port Vensa, and its first broadcast lasted two hours for the whole coast.",
          "By 1970 the Marvelo station broadcast every day to about 40,000 listeners along the whole "
              + "coast of Vensa, from a new tower built on the hill above the harbour.",
          "Text size", "Monday, 3 May 2010"),
      new Case(Language.VI, "Đài phát thanh Marvelo kỷ niệm 50 năm",
          "Đài phát thanh Marvelo phát sóng lần đầu ngày 2 tháng 5 năm 1961 từ một nhà kho ở bến "
              + "cảng Vensa, và buổi phát sóng đầu tiên kéo dài hai giờ cho cả bờ biển.",
          "Đến năm 1970, đài Marvelo phát sóng mỗi ngày cho khoảng 40.000 thính giả dọc bờ biển "
              + "Vensa, từ một tháp mới xây trên đồi phía trên bến cảng.",
          "Cỡ chữ", "Thứ Hai, ngày 12/05/2014"),
      new Case(Language.HE, "תחנת הרדיו של מרוולו חוגגת חמישים שנה",
          "תחנת הרדיו של מרוולו עלתה לשידור ב-2 במאי 1961 ממחסן בנמל העיר ונסה, והשידור הראשון "
              + "נמשך שעתיים לכל אורך החוף.",
          "עד שנת 1970 שידרה תחנת מרוולו בכל יום לכ-40,000 מאזינים לאורך כל חוף ונסה, ממגדל חדש "
              + "שנבנה על הגבעה מעל הנמל.",
          "גודל טקסט", "יום שני, 3 במאי 2010"));

  private static final List<String> CONTROLS = List.of("− +", "- +", "A- A+", "A− A A+", "+ −");

  private static List<Question> questions(Language lang, String text) {
    Document doc = new Document("a.txt", text, lang);
    return new BankGenerator(SharedExtractor.get(), "test")
        .run(List.of(new SourceText(doc, "0")), GenerateOptions.defaults()).bank().questions();
  }

  @Test
  void aChromeLineBetweenParagraphsIsNeverTheContextLine() {
    int asked = 0;
    for (Case c : CASES) {
      List<String> chrome = new java.util.ArrayList<>();
      CONTROLS.forEach(k -> chrome.add(c.sizeLabel() + " " + k));
      chrome.add(c.dateLine());
      for (String line : chrome) {
        String text = c.title() + "\n\n" + c.first() + "\n\n" + line + "\n\n" + c.second() + "\n";
        List<Question> qs;
        try {
          qs = questions(c.lang(), text);
        } catch (RuntimeException e) {
          throw new AssertionError(text, e);
        }
        for (Question q : qs) {
          String ctx = q.context() == null ? "" : q.context();
          assertFalse(ctx.contains(line.strip()) || ctx.contains(c.sizeLabel()), line + " -> " + ctx);
          assertTrue(ctx.startsWith(c.title()), line + " -> " + ctx);
          asked++;
        }
      }
    }
    assertTrue(asked >= 30, "asked " + asked);
  }
}
