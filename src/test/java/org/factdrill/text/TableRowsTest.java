package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An infobox or table flattened into lines is rows, not prose, however long its values: a label
 * line with its value on the next line, or a label, a figure and a description on one line, one
 * row under another. Rows are generated from made-up labels and values (fixed seed) in en, vi and
 * he; prose set line under line, or a section heading over its paragraph, stays prose.
 */
class TableRowsTest {
  /** Labels and long values without a verb: a figure and a technical description. */
  private static final String[][][] ROWS = {
      {{"en"},
          {"Displacement", "1,870 long tons standard and 2,520 long tons at deep load with full fuel, water and stores"},
          {"Length", "377 ft overall and 364 ft 8 in between perpendiculars, measured along the design waterline"},
          {"Propulsion", "2 shafts, 2 geared steam turbines and 3 three-drum boilers of 44,000 shaft horsepower in all"},
          {"Complement", "190 officers and ratings in peacetime, 219 in wartime with the extra gun crews and signallers"},
          {"Armament", "8 × 4.7 in guns in four twin mounts, 4 × 2-pounder guns and 4 torpedo tubes in one quadruple mount"},
          {"Range", "5,700 nautical miles at 15 knots on the full load of fuel oil carried in the wing tanks"}},
      {{"vi"},
          {"Lượng giãn nước", "1.870 tấn tiêu chuẩn và 2.520 tấn khi đầy tải với đủ nhiên liệu, nước ngọt và lương thực dự trữ"},
          {"Chiều dài", "115 m toàn bộ và 111 m giữa hai đường thẳng góc, đo dọc theo đường mớn nước thiết kế của thân tàu"},
          {"Động cơ", "2 trục, 2 tuốc bin hơi nước có hộp số và 3 nồi hơi ba lò với tổng công suất 44.000 mã lực trên trục"},
          {"Thủy thủ đoàn", "190 sĩ quan và thủy thủ thời bình, 219 người thời chiến cùng các khẩu đội pháo và lính thông tin"},
          {"Vũ khí", "8 pháo 120 mm trên bốn tháp pháo nòng đôi, 4 pháo 40 mm và 4 ống phóng ngư lôi trên một bệ bốn nòng"},
          {"Tầm xa", "5.700 hải lý ở tốc độ 15 hải lý một giờ với toàn bộ dầu đốt chứa trong các két hai bên mạn"}},
      {{"he"},
          {"הדחק", "1,870 טון תקני ו-2,520 טון בהעמסה מלאה עם דלק, מים ואספקה לכל ימי ההפלגה הארוכה"},
          {"אורך", "115 מטר כולל ו-111 מטר בין האנכים, כפי שנמדד לאורך קו המים המתוכנן של גוף הספינה"},
          {"הנעה", "2 צירים, 2 טורבינות קיטור עם תמסורת ו-3 דודים בהספק כולל של 44,000 כוחות סוס על הצירים"},
          {"צוות", "190 קצינים ומלחים בימי שלום, 219 בימי מלחמה עם צוותי התותחים הנוספים ואנשי הקשר"},
          {"חימוש", "8 תותחים של 120 מ\"מ בארבעה צריחים כפולים, 4 תותחי 40 מ\"מ ו-4 צינורות טורפדו במתקן מרובע"},
          {"טווח", "5,700 מיילים ימיים במהירות 15 קשר עם מלוא הדלק הנישא במכלים שבצידי הספינה"}}};

  @Test
  void flattenedInfoboxRowsAreLayoutInEveryLanguage() {
    Random r = new Random(30);
    for (int trial = 0; trial < 120; trial++) {
      String[][] pool = ROWS[r.nextInt(ROWS.length)];
      Language lang = Language.fromCode(pool[0][0]).orElseThrow();
      List<String[]> rows = new ArrayList<>();
      for (int k = 1; k < pool.length; k++) {
        rows.add(pool[k]);
      }
      java.util.Collections.shuffle(rows, r);
      rows = rows.subList(0, 3 + r.nextInt(rows.size() - 2));
      // 0: label line, value line; 1: the same, blank lines; 2: one line; 3: the same, blank lines
      int form = r.nextInt(4);
      StringBuilder text = new StringBuilder(RowShapesTest.intro(lang)).append("\n\n");
      List<String> values = new ArrayList<>();
      for (String[] row : rows) {
        switch (form) {
          case 0 -> text.append(row[0]).append('\n').append(row[1]).append('\n');
          case 1 -> text.append(row[0]).append("\n\n").append(row[1]).append("\n\n");
          case 2 -> text.append(row[0]).append(' ').append(row[1]).append('\n');
          default -> text.append(row[0]).append(' ').append(row[1]).append("\n\n");
        }
        values.add(row[1]);
      }
      text.append("\n").append(RowShapesTest.intro(lang)).append('\n');
      String s = text.toString();
      Layout l = LayoutClassifier.classify(s, lang, "x.txt");
      for (String v : values) {
        assertEquals(true, l.classAt(s.indexOf(v)).isLayout(), "form " + form + ": " + v + "\n" + s);
      }
      assertEquals(LineClass.PROSE, l.classAt(0), s);
      assertEquals(LineClass.PROSE, l.classAt(s.lastIndexOf(RowShapesTest.intro(lang))), s);
    }
  }

  @Test
  void proseLineUnderLineAndSectionsStayProse() {
    String[] pages = {
        // Paragraphs one under another, without blank lines, each with its figures.
        "The Karvo class were destroyers built for the northern navy in 1936 and 1937.\n"
            + "The first ship was laid down at Marnov in 1936 and launched eleven months later.\n"
            + "Eight ships served through the war, and 3 of them were lost in the winter of 1941.\n",
        // Section headings, each over a paragraph holding figures.
        "Design\n\nThe ships displaced 1,870 tons and carried 190 men, more than any earlier class of "
            + "the northern navy had carried.\n\nService\n\nThe first ship joined the fleet in 1938, "
            + "and the last of the eight followed in the spring of 1939.\n",
        "Thiết kế\n\nCác con tàu có lượng giãn nước 1.870 tấn và chở 190 người, nhiều hơn mọi lớp tàu "
            + "trước đó của hải quân phương bắc.\n\nPhục vụ\n\nChiếc đầu tiên gia nhập hạm đội năm "
            + "1938, và chiếc cuối cùng trong tám chiếc theo sau vào mùa xuân năm 1939.\n",
        "תכנון\n\nהספינות הדחיקו 1,870 טון ונשאו 190 איש, יותר מכל סדרה קודמת של הצי הצפוני.\n\n"
            + "שירות\n\nהספינה הראשונה הצטרפה לצי ב-1938, והאחרונה מבין השמונה באה אחריה באביב 1939.\n"};
    for (String s : pages) {
      Language lang = new LanguageDetector().detect(s);
      Layout l = LayoutClassifier.classify(s, lang, "x.txt");
      for (Block b : l.blocks()) {
        String line = b.of(s);
        if (LayoutClassifier.words(line) > 8) {
          assertEquals(LineClass.PROSE, b.cls(), line);
        }
      }
    }
  }

  @Test
  void longRowsSetApartByBlankLinesAmongRowsWithoutFiguresAreLayout() {
    // A pasted infobox with a blank line after each row: short rows without figures ("Type
    // Destroyer") between long technical values, none ending a sentence or holding a verb.
    String[][] cases = {
        {"en", "Type Destroyer", "Armament 4 × 4 in guns, 2 × 3-pounder guns, 2 × 21 in torpedo "
            + "tubes and depth charges of the older pattern on the stern rails",
            "Fate Sold for scrap",
            "Complement 145 officers and ratings in peacetime with the extra gun crews and "
            + "signallers of the flotilla staff on board"},
        {"vi", "Loại Tàu khu trục", "Vũ khí 4 pháo 102 mm, 2 pháo 47 mm, 2 ống phóng ngư lôi 533 mm "
            + "và các giàn thả bom chống tàu ngầm kiểu cũ ở đuôi tàu",
            "Số phận Tháo dỡ thành phế liệu",
            "Thủy thủ đoàn 145 sĩ quan và thủy thủ thời bình cùng các khẩu đội pháo và lính thông "
            + "tin của bộ tham mưu hải đội"},
        {"he", "סוג משחתת", "חימוש 4 תותחים של 102 מ\"מ, 2 תותחים קלים, 2 צינורות טורפדו ומשליכי "
            + "פצצות עומק מהדגם הישן על מעקות הירכתיים",
            "גורל מכירה לגריטה",
            "צוות 145 קצינים ומלחים בימי שלום עם צוותי התותחים הנוספים ואנשי הקשר של מטה "
            + "השייטת"}};
    for (String[] c : cases) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      String intro = RowShapesTest.intro(lang);
      String s = intro + "\n\n" + String.join("\n\n", List.of(c).subList(1, c.length))
          + "\n\n" + intro + "\n";
      Layout l = LayoutClassifier.classify(s, lang, "x.txt");
      for (int k = 1; k < c.length; k++) {
        assertEquals(true, l.classAt(s.indexOf(c[k])).isLayout(), c[k]);
      }
      assertEquals(LineClass.PROSE, l.classAt(0), s);
      assertEquals(LineClass.PROSE, l.classAt(s.lastIndexOf(intro)), s);
    }
  }
}
