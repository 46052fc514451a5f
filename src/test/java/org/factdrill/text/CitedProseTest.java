package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A prose paragraph that cites its source (a URL, a wiki note with a book, its year and page) is
 * prose; a reference entry is a reference however it is cut. Every text here is made up.
 */
class CitedProseTest {
  private static LineClass classOf(String text, Language lang, String line) {
    int at = text.indexOf(line);
    assertTrue(at >= 0, line);
    return LayoutClassifier.classify(text, lang, "t.txt").classAt(at);
  }

  private static String doc(String title, String p) {
    return title + "\n\n" + p + "\n\nAnother paragraph follows here and says something more.\n";
  }

  @Test
  void aDatedParagraphWithAUrlNoteIsProse() {
    String p = "On 3 May 1921 the council of the river town voted to build a stone bridge over "
        + "the ford, and the work took four years. The mayor opened it in 1925 before a crowd of "
        + "two thousand people. Source: Smith, J. (1950), River Towns, p. 44, "
        + "http://example.org/towns.";
    assertEquals(LineClass.PROSE, classOf(doc("The bridge", p), Language.EN, p));
  }

  @Test
  void aVietnameseParagraphWithAWikiNoteIsProse() {
    String p = "Ngày 12/3/1921, hội đồng thị trấn ven sông quyết định xây một cây cầu đá qua "
        + "bến đò cũ của làng. Công việc kéo dài bốn năm và cây cầu được khánh thành vào ngày "
        + "5/6/1925 trước sự chứng kiến của hai nghìn người dân trong vùng.<ref>Lịch sử thị trấn, "
        + "Nguyễn Văn A, Nhà xuất bản Văn Hóa, 1990, trang 44-45 http://example.org/a</ref>";
    assertEquals(LineClass.PROSE, classOf(doc("Cây cầu đá", p), Language.VI, p));
  }

  @Test
  void aHebrewParagraphWithALinkIsProse() {
    String p = "בשנת 1921 החליטה מועצת העיירה שעל הנהר לבנות גשר אבן מעל המעבר הישן של הכפר, "
        + "והעבודה נמשכה ארבע שנים תמימות. הגשר נחנך בשנת 1925 לעיני אלפיים איש. ראו: "
        + "http://example.org/a (1950), עמ' 44.";
    assertEquals(LineClass.PROSE, classOf(doc("גשר האבן", p), Language.HE, p));
  }

  @Test
  void referenceEntriesStayReferences() {
    String[] refs = {
        "Smith, John (1950). River Towns of the North and Their Bridges in the Age of Stone. "
            + "Oxford: Oxford University Press. pp. 44–45. ISBN 978-0-19-000000-0.",
        "Brown, A. (1999). \"A short history of the ford\". Journal of Rivers. 12 (3): 101–130. "
            + "doi:10.1000/xyz. Retrieved 2 May 2010 from http://example.org/ford.",
        "Jones, M. \"The bridge and the town\" (1970). Retrieved 4 June 2012."};
    for (String r : refs) {
      assertEquals(LineClass.REFERENCE, classOf(doc("The bridge", r), Language.EN, r), r);
    }
  }

  @Test
  void aShortAttributionWithItsSourceStaysAReference() {
    String r = "A senator from the south, on the vote in the capital (1860). Reported in A. "
        + "Writer, The Coming Storm (1950), p. 387.";
    assertEquals(LineClass.REFERENCE, classOf(doc("Quotes", r), Language.EN, r));
  }
}
