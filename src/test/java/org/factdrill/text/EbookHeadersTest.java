package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * An e-book's licence header (its release record: release date, e-book number, last update) is
 * the file's chrome, whose dates are no facts; the book's text under it stays prose, and a news
 * page's "updated" line with no e-book named keeps its class. Invented headers.
 */
class EbookHeadersTest {
  private static LineClass classAt(String text, String lang, String at) {
    Layout l = LayoutClassifier.classify(text, Language.fromCode(lang).orElseThrow(), "x.txt");
    int pos = text.indexOf(at);
    for (Block b : l.blocks()) {
      if (b.span().start() <= pos && pos < b.span().end()) {
        return b.cls();
      }
    }
    throw new AssertionError("no block at " + at);
  }

  private static final String BOOK_EN = "The river towns of Ardell paid their first common tax in "
      + "1702, when the three guilds agreed to share the cost of the new stone bridge.";

  @Test
  void theReleaseRecordOfAnEbooksHeaderIsChrome() {
    String[][] cases = {
        {"en", "The Free Library eBook of River Towns, by Anna Vell\n\nThis eBook is for the use of "
            + "anyone anywhere at no cost.\n\nTitle: River Towns\n\nAuthor: Anna Vell\n\n",
            "Release Date: June 3, 2011 [EBook #40512]", "Last Updated: 9 February 2019", BOOK_EN},
        {"en", "River Towns, an E-text of the Open Shelf\n\nTitle: River Towns\n\n",
            "Posting Date: 12 March 2009", "[Etext #7711] Most recently updated: May 5, 2015",
            BOOK_EN},
        {"vi", "Sách điện tử: Những thị trấn ven sông\n\nTác giả: An Vệ\n\n",
            "Ngày phát hành: 3 tháng 6 năm 2011", "Cập nhật lần cuối: 9/2/2019",
            "Các thị trấn ven sông Ardell nộp khoản thuế chung đầu tiên vào năm 1702, khi ba "
                + "phường hội đồng ý chia chi phí xây cây cầu đá mới."},
        {"he", "ספר אלקטרוני: ערי הנהר\n\nמחבר: אנה ול\n\n",
            "תאריך שחרור: 3 ביוני 2011", "עודכן לאחרונה: 9 בפברואר 2019",
            "ערי הנהר של ארדל שילמו את המס המשותף הראשון שלהן בשנת 1702, כאשר שלוש הגילדות "
                + "הסכימו לחלוק בעלות הגשר החדש."}};
    for (String[] c : cases) {
      String text = c[1] + c[2] + "\n" + c[3] + "\n\n" + c[4] + " " + c[4] + "\n";
      assertEquals(LineClass.CHROME, classAt(text, c[0], c[2]), c[0] + ": " + c[2]);
      assertEquals(LineClass.CHROME, classAt(text, c[0], c[3]), c[0] + ": " + c[3]);
      assertEquals(LineClass.PROSE, classAt(text, c[0], c[4]), c[0]);
    }
  }

  @Test
  void anUpdatedLineOfAPageThatNamesNoEbookKeepsItsClass() {
    String text = "River towns of Ardell\n\nLast Updated: 9 February 2019\n\n" + BOOK_EN + " "
        + BOOK_EN + "\n";
    assertNotEquals(LineClass.CHROME, classAt(text, "en", "Last Updated"));
  }
}
