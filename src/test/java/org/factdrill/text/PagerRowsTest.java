package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (rubric 1): a book page mirrored on a free-books site opens with the site's label, a
 * menu and a pager; the label is chrome, never the title, even when the prose uses one of its
 * words. Invented names and lines only.
 */
class PagerRowsTest {

  @Test
  void aRowOfPageNumbersCountingUpIsAPager() {
    for (int start : new int[] {1, 9, 127, 3040}) {
      StringBuilder b = new StringBuilder("|<");
      for (int k = 0; k < 12; k++) {
        b.append("   ").append(start + k);
      }
      assertTrue(PagerRows.isPager(b + "   >>   >|"), b.toString());
      assertTrue(PagerRows.isPager("« " + start + " " + (start + 1) + " " + (start + 2) + " … "
          + (start + 40) + " »"));
    }
  }

  @Test
  void figuresThatDoNotCountUpOrCarryWordsAreNoPager() {
    for (String s : List.of("1805 1806 1808", "12 14 16 18", "3 2 1", "1 2", "Page 4 5 6",
        "1805 – 1806 – 1807 the years of war", "10% 11% 12%", "1 2 3 4 5 và 6")) {
      assertFalse(PagerRows.isPager(s), s);
    }
  }

  @Test
  void aSiteLabelAbovePagerRowsIsNoTitleEvenWhenTheProseUsesItsWord() {
    String[][] cases = {
        {"en", "FREE READING", "Writers", "PREV.   NEXT",
            "the free towns of the Karvo coast sent their ships north in 1711, and the Karvo league "
                + "held the straits for twenty years; the reading of its charter in the free towns "
                + "was a feast day until 1760, when the league was dissolved by the new kings."},
        {"vi", "ĐỌC MIỄN PHÍ", "Tác giả", "Trang trước   Trang sau",
            "các thành phố miễn phí thuế của bờ biển Karvo gửi tàu lên phía bắc năm 1711, và liên minh "
                + "Karvo giữ eo biển suốt hai mươi năm; việc đọc hiến chương ở các thành phố ấy là "
                + "ngày lễ cho đến năm 1760, khi liên minh bị giải tán."},
        {"he", "קריאה חופשית", "סופרים", "הדף הקודם   הדף הבא",
            "ערי החוף החופשית של קרבו שלחו את ספינותיהן צפונה בשנת 1711, וברית קרבו החזיקה במצרים "
                + "עשרים שנה; קריאה של האמנה בערים הייתה יום חג עד 1760, כאשר הברית פורקה בידי "
                + "המלכים החדשים."}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String t = c[1] + "\n\n" + c[2] + "\n\n\n" + c[3] + "\n|<   127   128   129   130   131\n"
          + "132   133   134   >>   >|\n" + c[4] + " " + c[4] + "\n";
      Layout l = LayoutClassifier.classify(t, lang, "x.txt");
      assertNotEquals(c[1], l.title(), c[0]);
      assertNotEquals(c[2], l.title(), c[0]);
      assertEquals(LineClass.LINKS, l.classAt(t.indexOf("|<")), c[0]);
      assertEquals(LineClass.LINKS, l.classAt(t.indexOf(c[3])), c[0]);
    }
  }

  @Test
  void aChapterHeadingUnderThePagerIsTheTitle() {
    String prose = "The Karvo league held the straits from 1711, and the Karvo league sent its "
        + "ships north every spring until the league was dissolved in 1760 by the new kings.";
    String t = "FREE READING\n\nWriters\n\n|<  4  5  6  7  >|\n\nThe Karvo League\n\n" + prose
        + "\n\n" + prose + "\n";
    assertEquals("The Karvo League", LayoutClassifier.classify(t, Language.EN, "x.txt").title());
  }
}
