package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A data box pasted one row a line with no colon ("label value [unit]", the label maybe said
 * twice, long rows with a bracketed conversion and a second value) is layout, never prose nor a
 * heading (a context line), whether blank lines part its rows or not; the prose around it, a
 * chronology's rows that open with their dates and a run of short dated lines with verbs are
 * not its rows. Boxes generated in Hebrew, English and Vietnamese from made-up rows.
 */
class BoxRunsTest {
  // made up for this test: {language, title, lead, later prose}, then rows
  private static final String[][] HE = {
      {"he", "טלמור (ספינה)", "טלמור הייתה ספינת נוסעים של חברת ספנות קטנה, שהפליגה בין נמלי הים התיכון.",
          "בשנת 1931 יצאה טלמור להפלגתה הראשונה. היא הובילה נוסעים ודואר."},
      {"סוג ספינת נוסעים"}, {"חברה חברת הספנות של העמק"}, {"בנייה 1929"}, {"השקה 3 במאי 1930"},
      {"הדחק הדחק 5,100 טון"}, {"אורך 121 מטר"}, {"רוחב 16.2 מטר"}, {"שוקע 5.8 מטר"},
      {"מהירות מהירות מרבית 17 קשר (31 קמ\"ש); מהירות שיוט 13 קשר (24 קמ\"ש)"},
      {"צוות 64 (9 קצינים ו-55 מלחים)"}, {"נוסעים 420"}, {"טווח 4,800 מיילים ימיים (8,900 ק\"מ)"},
      {"ארובות 2"}};
  private static final String[][] EN = {
      {"en", "Talmore (ship)", "Talmore was a passenger liner of a small shipping line that sailed between the ports of the Mediterranean.",
          "In 1931 Talmore sailed on her first voyage. She carried passengers and mail."},
      {"Type passenger liner"}, {"Owner Valley Shipping Line"}, {"Laid down 1929"},
      {"Launched 3 May 1930"}, {"Displacement Displacement 5,100 tons"}, {"Length 121 m (397 ft)"},
      {"Beam 16.2 m"}, {"Draught 5.8 m"},
      {"Speed top speed 17 knots (31 km/h); service speed 13 knots (24 km/h)"},
      {"Crew 64 (9 officers and 55 sailors)"}, {"Passengers 420"},
      {"Range 4,800 nautical miles (8,900 km)"}, {"Funnels 2"}};
  private static final String[][] VI = {
      {"vi", "Talmore (tàu)", "Talmore là một tàu chở khách của một hãng tàu nhỏ, đi lại giữa các cảng Địa Trung Hải.",
          "Năm 1931 Talmore thực hiện chuyến đi đầu tiên. Tàu chở khách và thư từ."},
      {"Kiểu tàu chở khách"}, {"Chủ sở hữu Hãng tàu Thung Lũng"}, {"Đặt lườn 1929"},
      {"Hạ thủy 3 tháng 5 năm 1930"}, {"Trọng tải Trọng tải 5.100 tấn"},
      {"Chiều dài 121 m (397 ft)"}, {"Sườn ngang 16,2 m"}, {"Mớn nước 5,8 m"},
      {"Tốc độ tối đa 17 hải lý/giờ (31 km/h); tốc độ đi biển 13 hải lý/giờ"},
      {"Thủy thủ đoàn 64 (9 sĩ quan và 55 thủy thủ)"}, {"Hành khách 420"},
      {"Tầm xa 4.800 hải lý (8.900 km)"}, {"Số ống khói 2"}};

  @Test
  void rowsOfADataBoxPastedOneALineAreLayoutNeverProseNorAHeading() {
    Random r = new Random(1717);
    for (int k = 0; k < 60; k++) {
      String[][] box = List.of(HE, EN, VI).get(k % 3);
      Language lang = Language.fromCode(box[0][0]).orElseThrow();
      List<String> rows = new ArrayList<>();
      int n = 8 + r.nextInt(box.length - 8); // a box of 8 to all its rows, in its order
      for (int i = 1; i <= n; i++) {
        rows.add(box[i][0]);
      }
      boolean blank = r.nextBoolean();
      boolean boxFirst = r.nextBoolean();
      String boxText = String.join(blank ? "\n\n" : "\n", rows);
      String text = box[0][1] + "\n\n" + (boxFirst ? boxText + "\n\n" + box[0][2]
          : box[0][2] + "\n\n" + boxText) + "\n\n" + box[0][3] + "\n";
      Layout layout = LayoutClassifier.classify(text, lang, "a.txt");
      for (String row : rows) {
        LineClass c = layout.classAt(text.indexOf(row));
        assertNotEquals(LineClass.PROSE, c, row + "\n" + text);
        assertNotEquals(LineClass.HEADING, c, row + "\n" + text);
      }
      assertEquals(LineClass.PROSE, layout.classAt(text.indexOf(box[0][2])), text);
      assertEquals(LineClass.PROSE, layout.classAt(text.indexOf(box[0][3])), text);
    }
  }

  @Test
  void shortDatedLinesWithVerbsAndAChronologysRowsAreNotABox() {
    String[][] docs = {
        {"en", "Talmore\n\nIn 1912 the ship sank off the cape\n\nIn 1914 the yard built 3 tugs\n\n"
            + "In 1915 the owners sold 2 ships\n\nIn 1916 the crew struck for 9 days\n\n"
            + "In 1918 the port reopened with 40 berths\n\nIn 1920 the line carried 9,000 passengers\n"},
        {"he", "טלמור\n\nבשנת 1912 הספינה טבעה ליד הכף\n\nבשנת 1914 המספנה בנתה 3 גוררות\n\n"
            + "בשנת 1915 הבעלים מכרו 2 ספינות\n\nבשנת 1916 הצוות שבת 9 ימים\n\n"
            + "בשנת 1918 הנמל נפתח מחדש עם 40 רציפים\n\nבשנת 1920 החברה הובילה 9,000 נוסעים\n"},
        {"vi", "Talmore\n\nNăm 1912 tàu bị chìm gần mũi đất\n\nNăm 1914 xưởng đã đóng 3 tàu kéo\n\n"
            + "Năm 1915 chủ tàu đã bán 2 tàu\n\nNăm 1916 thủy thủ đã đình công 9 ngày\n\n"
            + "Năm 1918 cảng được mở lại với 40 bến\n\nNăm 1920 hãng đã chở 9.000 hành khách\n"},
        {"en", "Talmore\n\nTalmore was a liner of a small line.\n\n1908 – keel laid at the yard\n"
            + "1909 – hull launched\n1910 – maiden voyage to the islands\n1912 – refit of 3 months\n"
            + "1915 – requisitioned as a troopship\n1919 – returned to her owners\n"}};
    for (String[] d : docs) {
      Language lang = Language.fromCode(d[0]).orElseThrow();
      Layout layout = LayoutClassifier.classify(d[1], lang, "a.txt");
      for (String line : d[1].split("\n")) {
        if (!line.isBlank() && Character.isDigit(line.charAt(line.length() - 1))
            && !line.startsWith("1")) {
          assertNotEquals(LineClass.INFOBOX, layout.classAt(d[1].indexOf(line)), line);
        }
      }
      if (d[1].contains("–")) {
        for (String line : d[1].split("\n")) {
          if (line.startsWith("1")) {
            assertNotEquals(LineClass.INFOBOX, layout.classAt(d[1].indexOf(line)), line);
          }
        }
      }
    }
  }
}
