package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rows of a data box glued onto one line are told from prose by shape and by the language's
 * verbs: labels, bare figures and units, no verb, no sentence mark, no date; a sentence with a
 * verb, a prefixed figure, a date or a range of years is no such line. Rows generated in three
 * languages; the controls are made-up sentences.
 */
class DataRowsTest {
  // labels and units made up for this test
  private static final String[][][] ROWS = {
      {{"he"}, {"אורך", "מטר"}, {"רוחב", "מטר"}, {"משקל", "טון"}, {"מהירות מרבית", "קמ\"ש"},
          {"צוות", "איש"}, {"גובה המבנה", "מטר"}, {"מספר קומות", ""}},
      {{"en"}, {"Length", "m"}, {"Beam", "ft"}, {"Weight", "tonnes"}, {"Top speed", "km/h"},
          {"Crew", ""}, {"Floor area", "m²"}, {"Floors", ""}},
      {{"vi"}, {"Chiều dài", "m"}, {"Trọng lượng", "tấn"}, {"Tốc độ tối đa", "km/h"},
          {"Thủy thủ đoàn", "người"}, {"Số tầng", ""}}};

  @Test
  void twoOrMoreRowsOfLabelFigureAndUnitOnOneLineAreGluedRows() {
    Random r = new Random(17);
    for (int k = 0; k < 300; k++) {
      String[][] rows = ROWS[k % ROWS.length];
      LayoutWords w = LayoutWords.of(Language.fromCode(rows[0][0]).orElseThrow());
      StringBuilder line = new StringBuilder();
      int n = 2 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        String[] row = rows[1 + r.nextInt(rows.length - 1)];
        String figure = r.nextBoolean() ? "" + (2 + r.nextInt(900)) : String.format("%,d", 1000 + r.nextInt(90000));
        line.append(i == 0 ? "" : " ").append(row[0]).append(' ').append(figure)
            .append(row[1].isEmpty() ? "" : " " + row[1]);
      }
      assertTrue(DataRows.glued(line.toString(), w), line.toString());
    }
  }

  @Test
  void sentencesDatesRangesAndSingleRowsAreNot() {
    List<String[]> not = List.of(
        new String[] {"he", "הצבא איבד 62 טנקים ורק 18 מטוסים"},
        new String[] {"he", "בשנה זו נבנו 12 בתים ו-40 חנויות"},
        new String[] {"he", "ההסכם נחתם 26 במרץ 1979"},
        new String[] {"he", "אורך 96 מטר"},
        new String[] {"he", "אורך 96 מטר. רוחב 14 מטר."},
        new String[] {"en", "In 1910 the works built 62 engines for 18 railways"},
        new String[] {"en", "the army lost 62 tanks and 18 aircraft in the battle"},
        new String[] {"en", "Treaty signed 26 March 1979 Cairo"},
        new String[] {"en", "Dynasty of Velor (1010 - 1225)"},
        new String[] {"en", "Length 96 m"},
        new String[] {"en", "Armistice turns 60 July 27"},
        new String[] {"vi", "Nhà Velor (1010 - 1225)"},
        new String[] {"vi", "Quân đội mất 62 xe tăng và 18 máy bay"});
    for (String[] c : not) {
      LayoutWords w = LayoutWords.of(Language.fromCode(c[0]).orElseThrow());
      assertFalse(DataRows.glued(c[1], w), c[1]);
    }
  }

  @Test
  void aLineOfRowsNeverWrapsIntoTheSentenceBelow() {
    String text = "קטר ורדינה\n\nקטר הקיטור ורדינה נבנה בשנת 1910 בבית חרושת קטן בעיר נמלית.\n"
        + "משקל 62 טון אורך 18 מטר מהירות מרבית 80 קמ\"ש\n"
        + "הקטר שירת את מסילת הרכבת עד שנת 1959 והוצב בתחנה.\n";
    Layout layout = LayoutClassifier.classify(text, Language.HE, "a.txt");
    Block rows = at(layout, text, "משקל");
    assertEquals(LineClass.INFOBOX, rows.cls());
    assertFalse(rows.of(text).contains("הקטר"), rows.of(text));
    assertEquals(LineClass.PROSE, at(layout, text, "הקטר שירת").cls());
  }

  @Test
  void rowsGluedBeforeTheLeadEndWhereThePagesNameOpensIt() {
    String[][] cases = {
        {"he", "הספינה ורדינה", "אורך 96 מטר רוחב 14 מטר צוות 40 איש ",
            "ורדינה הייתה ספינת משא שנבנתה בשנת 1921."},
        {"en", "SS Marvela", "Length 96 m Beam 14 m Crew 40 ",
            "Marvela was a cargo ship built in 1921."}};
    for (String[] c : cases) {
      String text = c[1] + "\n\n" + c[2] + c[3] + "\n";
      Layout layout = LayoutClassifier.classify(text, Language.fromCode(c[0]).orElseThrow(), "a.txt");
      assertEquals(LineClass.INFOBOX, at(layout, text, c[2].substring(0, 4)).cls(), text);
      Block lead = at(layout, text, c[3].substring(0, 8));
      assertEquals(LineClass.PROSE, lead.cls(), text);
      assertEquals(c[3], lead.of(text).strip(), text);
    }
  }

  @Test
  void aLeadWhoseDateAndItsGlossCloseAClauseBeforeThePagesNameStaysProse() {
    // "Year Y (reign year N), the army of <name> …": the figures are the sentence's date and its
    // gloss, and the comma after them closes a clause; box rows have no clause marks.
    String[][] cases = {
        {"vi", "Velorin", "Năm %d (năm Quorvex thứ %d), quân Velorin vây thành suốt mùa mưa."},
        {"en", "Velorin", "Year %d (reign year %d), Velorin's army besieged the city all winter."},
        {"he", "ולורין", "שנת %d (שנת מלכות %d), צבא ולורין צר על העיר כל החורף."}};
    for (String[] c : cases) {
      for (int year = 1500; year < 1950; year += 37) {
        String lead = String.format(c[2], year, 1 + year % 30);
        String text = c[1] + "\n\n" + lead + "\n";
        Layout layout = LayoutClassifier.classify(text, Language.fromCode(c[0]).orElseThrow(), "a.txt");
        assertEquals(LineClass.PROSE, at(layout, text, lead.substring(0, 6)).cls(), text);
      }
    }
  }

  @Test
  void aLongLabelledValueNextToLabelledRowsIsARowWhateverEndsIt() {
    // {lang, title, row, long row, row, control line with a verb}
    String[][] cases = {
        {"he", "המשחתת ורדינה", "הדחק: 1,710 טון.",
            "הנעה: שני מנועי קיטור בהספק כולל של 40,000 כוחות סוס, שני מדחפים ושלושה דודים.",
            "מהירות: 36 קשר.", "הערה: הספינה הפליגה לראשונה בשנת 1922 מנמל העיר."},
        {"en", "SS Marvela", "Displacement: 1,710 tons.",
            "Propulsion: two steam turbines of 40,000 hp in all, two shafts and three boilers.",
            "Speed: 36 knots.", "Note: The ship sailed for the first time in 1922 from the harbour."},
        {"vi", "Tàu Marvela", "Lượng giãn nước: 1.710 tấn.",
            "Động cơ: hai tua bin hơi nước tổng công suất 40.000 mã lực, hai trục và ba nồi hơi.",
            "Tốc độ: 36 hải lý.", "Ghi chú: Con tàu được hạ thủy năm 1922 tại cảng."}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      for (String sep : new String[] {"\n", "\n\n"}) {
        String text = c[1] + "\n\n" + c[2] + sep + c[3] + sep + c[4] + "\n\n" + c[5] + "\n";
        Layout layout = LayoutClassifier.classify(text, lang, "a.txt");
        assertEquals(LineClass.INFOBOX, at(layout, text, c[3].substring(0, 6)).cls(), text);
        assertEquals(LineClass.PROSE, at(layout, text, c[5].substring(0, 6)).cls(), text);
      }
    }
  }

  @Test
  void dateRowsOfADataBoxAreRowsNotThePagesDate() {
    String box = "Formed March 3, 1911\nDissipated March 19, 1911\n(Extratropical after March 12, 1911)\n"
        + "Highest winds 1-minute sustained: 120 mph (195 km/h)\nFatalities 300 direct\n\n";
    String text = "1911 Vardena storm\n\n" + box
        + "The Vardena storm was a tropical cyclone that struck the harbour of Vardena in March 1911.\n";
    Layout layout = LayoutClassifier.classify(text, Language.EN, "a.txt");
    assertEquals(LineClass.INFOBOX, at(layout, text, "Formed").cls(), text);
    assertEquals(LineClass.INFOBOX, at(layout, text, "(Extratropical").cls(), text);
    assertFalse(layout.date().isPresent() && layout.date().get().toString().contains("03-03"),
        layout.date().toString());
    // A published line stays the page's dateline.
    String dated = "1911 Vardena storm\n\nPublished March 3, 2011\nHighest winds 1-minute sustained: "
        + "120 mph (195 km/h)\nFatalities 300 direct\n\n"
        + "The Vardena storm was a tropical cyclone that struck the harbour of Vardena in March 1911.\n";
    Layout d = LayoutClassifier.classify(dated, Language.EN, "a.txt");
    assertEquals(LineClass.BYLINE, at(d, dated, "Published").cls(), dated);
  }

  private static Block at(Layout layout, String text, String piece) {
    int at = text.indexOf(piece);
    return layout.blocks().stream().filter(b -> b.span().start() <= at && at < b.span().end())
        .findFirst().orElseThrow();
  }
}
