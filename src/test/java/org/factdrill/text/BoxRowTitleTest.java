package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A row of a data box (its type row "Type passenger liner", "סוג: ספינת נוסעים", or any row
 * beside another row) names a kind or a figure, never the page: wherever the box sits (above the
 * lead, between paragraphs, at the page's end), with colons or without, the page's own title line
 * stays the title, and a page with no title line takes none of its rows. A table's barred header
 * row may still name the page. Boxes made up for this test.
 */
class BoxRowTitleTest {
  // {language, title line, lead, later prose}, then the type row, then the other rows: {label, value}
  private static final String[][] HE = {
      {"he", "ארגמן (ספינה)", "ארגמן הייתה ספינת משא של חברת ספנות קטנה, שהפליגה בין נמלי הצפון.",
          "בשנת 1927 יצאה ארגמן להפלגתה הראשונה. היא הובילה תבואה ועצים."},
      {"סוג", "ספינת משא"}, {"הנעה", "שתי טורבינות קיטור ושני מדחפים"},
      {"הספק כולל", "9,000 כוחות סוס"}, {"מהירות", "14 קשר"}, {"אורך", "104 מטר"}, {"צוות", "38"}};
  private static final String[][] EN = {
      {"en", "Argaman (ship)", "Argaman was a cargo ship of a small shipping line that sailed between the northern ports.",
          "In 1927 Argaman sailed on her first voyage. She carried grain and timber."},
      {"Type", "cargo ship"}, {"Propulsion", "two steam turbines and two shafts"},
      {"Total power", "9,000 horsepower"}, {"Speed", "14 knots"}, {"Length", "104 m"}, {"Crew", "38"}};
  private static final String[][] VI = {
      {"vi", "Argaman (tàu)", "Argaman là một tàu chở hàng của một hãng tàu nhỏ, đi lại giữa các cảng phía bắc.",
          "Năm 1927 Argaman thực hiện chuyến đi đầu tiên. Tàu chở lúa mì và gỗ."},
      {"Kiểu", "tàu chở hàng"}, {"Động cơ", "hai tua bin hơi nước và hai trục"},
      {"Tổng công suất", "9.000 mã lực"}, {"Tốc độ", "14 hải lý/giờ"}, {"Chiều dài", "104 m"},
      {"Thủy thủ đoàn", "38"}};

  @Test
  void aDataBoxsRowIsNeverThePagesTitleWhereverTheBoxSits() {
    Random r = new Random(1818);
    for (int k = 0; k < 60; k++) {
      String[][] box = List.of(HE, EN, VI).get(k % 4 == 3 ? 0 : k % 3);
      Language lang = Language.fromCode(box[0][0]).orElseThrow();
      boolean colon = k % 4 != 3; // (uncoloned: the box of all rows, one under another)
      List<String> rows = new ArrayList<>();
      int n = colon ? 3 + r.nextInt(box.length - 3) : box.length - 1; // the type row and more
      for (int i = 1; i <= n; i++) {
        rows.add(box[i][0] + (colon ? ": " : " ") + box[i][1]); // "Label: value" or "Label value"
      }
      // (Not handled: a short box of uncoloned rows, under four rows with figures, is not read as
      // a box at all, and its type row may still be taken for the title: such boxes here are long.)
      String boxText = String.join(colon && r.nextBoolean() ? "\n\n" : "\n", rows);
      int at = r.nextInt(3); // above the lead, between the paragraphs, at the end
      // (Not handled: a page opening with a short box of uncoloned rows and no title line, where
      // the type row is the page's first line and reads as its heading.)
      boolean titled = r.nextInt(3) > 0 || !colon && at == 0;
      List<String> parts = new ArrayList<>();
      if (titled) {
        parts.add(box[0][1]);
      }
      if (at == 0) {
        parts.add(boxText);
      }
      parts.add(box[0][2]);
      if (at == 1) {
        parts.add(boxText);
      }
      parts.add(box[0][3]);
      if (at == 2) {
        parts.add(boxText);
      }
      String text = String.join("\n\n", parts) + "\n";
      Layout layout = LayoutClassifier.classify(text, lang, "a.txt");
      for (String row : rows) {
        assertNotEquals(row, layout.title(), text);
      }
      if (titled) {
        assertEquals(box[0][1], layout.title(), text);
      }
    }
  }

  @Test
  void aTablesBarredHeaderRowStillNamesThePage() {
    String text = "Argaman Harbour Office | |\n---|---|\nLocation | Northport |\nOpened | 1921 |\n\n"
        + "The Argaman Harbour Office is the port authority's office in Northport. It opened in 1921.\n";
    Layout layout = LayoutClassifier.classify(text, Language.EN, "a.txt");
    assertEquals("Argaman Harbour Office", layout.title(), text);
  }
}
