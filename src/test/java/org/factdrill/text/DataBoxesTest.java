package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A data box pasted as text is a run of rows, each a label of one to three words followed straight
 * by its figure, under the box's heading and type lines; every row is layout wherever the box
 * sits (before the lead, after it, between paragraphs, at the end), whatever stands between label
 * and value (a space, a colon, a tab, a bar, a bullet before the row) and however its value is
 * written: a row whose value is sentences, a full stop, then a second "label: figure unit." part,
 * is a row when rows stand right above and below it. The prose around the box, paragraphs set one
 * a line that open with a time phrase or a hedge before their figure, and a sentence opening with
 * a word and a figure away from any box stay prose. Ships and engines made up for this test.
 */
class DataBoxesTest {
  /** {lang, title, lead, later prose, box heading, type line}, then {label, unit} rows, then the long row. */
  private record Box(String lang, String title, String lead, String later, String heading,
      String type, String[][] rows, String longRow) {}

  // made up for this test; {S} the row's separator, {N} and {M} figures drawn at random
  private static final List<Box> BOXES = List.of(
      new Box("he", "אלנור (ספינה)",
          "אלנור הייתה משחתת של צי ארץ הגבעות, שהשתתפה במלחמת שלושת העמקים ונבנתה במספנה בעיר הנמל.",
          "בשנת 1931 הפליגה אלנור לים הצפוני. בשנת 1934 היא הוצאה משירות ונמכרה לגריטה.",
          "מאפיינים כלליים", "סוג משחתת",
          new String[][] {{"הדחק", "טון"}, {"אורך", "מטר"}, {"רוחב", "מטר"}, {"מהירות", "קשר"},
              {"צוות", "מלחים"}, {"טווח שיוט", "מייל ימי"}},
          "הנעה{S}{N} דודי קיטור שסיפקו קיטור לשתי טורבינות שהניעו את שני המדחפים של הספינה. הספק כולל: {M} כוחות סוס."),
      new Box("he", "תבור (קטר)",
          "תבור היה קטר קיטור שנבנה בבית חרושת קטן ושירת את מסילת העמק במשך שנים רבות.",
          "הקטר הוצא משירות בשנת 1958 והוצב בתחנה הישנה של העיר.",
          "נתונים טכניים", "סוג קטר משא",
          new String[][] {{"משקל", "טון"}, {"קוטר גלגלים", "ס\"מ"}, {"מהירות מרבית", "קמ\"ש"},
              {"לחץ דוד", "אטמוספרות"}},
          "מנוע{S}{N} צילינדרים שפעלו בלחץ גבוה והניעו את הגלגלים דרך מוטות. הספק מרבי: {M} כוחות סוס."),
      new Box("en", "Arlenne (ship)",
          "Arlenne was a destroyer of the Hill Navy that served in the War of the Three Valleys.",
          "In 1931 Arlenne sailed to the northern sea. In 1934 she was decommissioned and sold for scrap.",
          "General characteristics", "Type destroyer",
          new String[][] {{"Displacement", "tons"}, {"Length", "m"}, {"Beam", "m"},
              {"Speed", "knots"}, {"Complement", "sailors"}, {"Range", "nautical miles"}},
          "Propulsion{S}{N} boilers that fed steam to two turbines which drove the shafts. Total power: {M} shaft horsepower."),
      new Box("vi", "Arlenne (tàu)",
          "Arlenne là một tàu khu trục của hải quân xứ Đồi, từng tham gia cuộc chiến Ba Thung Lũng.",
          "Năm 1931 Arlenne đi tới vùng biển phía bắc. Năm 1934 tàu được cho ngừng hoạt động.",
          "Đặc điểm khái quát", "Kiểu tàu khu trục",
          new String[][] {{"Trọng tải", "tấn"}, {"Chiều dài", "m"}, {"Sườn ngang", "m"},
              {"Tốc độ", "hải lý/giờ"}, {"Thủy thủ đoàn", "người"}},
          "Động cơ{S}{N} nồi hơi cung cấp hơi nước cho hai tua bin dẫn động hai trục. Công suất tổng: {M} mã lực."));

  private static final String[] SEPARATORS = {" ", ": ", "\t", " | "};

  private static String figure(Random r) {
    return r.nextBoolean() ? String.valueOf(3 + r.nextInt(300))
        : String.format("%,d", 1000 + r.nextInt(60000));
  }

  /** The box's rows, its long row among them (never first or last), in one shape. */
  private static List<String> rows(Box box, Random r) {
    String sep = SEPARATORS[r.nextInt(SEPARATORS.length)];
    String bullet = r.nextInt(4) == 0 ? "• " : "";
    List<String> rows = new ArrayList<>();
    for (String[] row : box.rows()) {
      String conv = r.nextInt(3) == 0 ? " (" + figure(r) + ")" : "";
      rows.add(bullet + row[0] + sep + figure(r) + " " + row[1] + conv);
    }
    String longRow = box.longRow().replace("{S}", sep)
        .replace("{N}", String.valueOf(2 + r.nextInt(6))).replace("{M}", figure(r));
    rows.add(1 + r.nextInt(rows.size() - 1), bullet + longRow);
    return rows;
  }

  @Test
  void everyRowOfADataBoxIsLayoutWhereverTheBoxSitsAndHoweverItsValueIsWritten() {
    Random r = new Random(1919);
    for (int k = 0; k < 96; k++) {
      Box box = BOXES.get(k % BOXES.size());
      Language lang = Language.fromCode(box.lang()).orElseThrow();
      List<String> rows = rows(box, r);
      StringBuilder boxText = new StringBuilder();
      if (r.nextBoolean()) {
        boxText.append(box.heading()).append('\n');
      }
      boxText.append(box.type()).append('\n').append(String.join("\n", rows));
      String text = switch (k / BOXES.size() % 4) {
        case 0 -> box.title() + "\n\n" + boxText + "\n\n" + box.lead() + "\n\n" + box.later();
        case 1 -> box.title() + "\n\n" + box.lead() + "\n\n" + boxText + "\n\n" + box.later();
        case 2 -> box.title() + "\n\n" + box.lead() + "\n\n" + box.later() + "\n\n" + boxText;
        default -> boxText + "\n\n" + box.title() + "\n\n" + box.lead() + "\n\n" + box.later();
      } + "\n";
      Layout layout = LayoutClassifier.classify(text, lang, "a.txt");
      for (String row : rows) {
        LineClass c = layout.classAt(text.indexOf(row));
        assertTrue(c != LineClass.PROSE && c != LineClass.HEADING, c + " " + row + "\n" + text);
      }
      assertEquals(LineClass.PROSE, layout.classAt(text.indexOf(box.lead())), text);
      assertEquals(LineClass.PROSE, layout.classAt(text.indexOf(box.later())), text);
    }
  }

  @Test
  void aRowWrittenAsSentencesIsARowOnlyBetweenRows() {
    Random r = new Random(1920);
    for (Box box : BOXES) {
      Language lang = Language.fromCode(box.lang()).orElseThrow();
      List<String> rows = rows(box, r);
      String longRow = box.longRow().replace("{S}", " ").replace("{N}", "4")
          .replace("{M}", "40,000");
      rows.remove(rows.size() - 1);
      // the same words as a paragraph of their own, a blank line away from the box
      String text = box.title() + "\n\n" + box.lead() + "\n\n" + box.type() + "\n"
          + String.join("\n", rows) + "\n\n" + longRow + "\n\n" + box.later() + "\n";
      Layout layout = LayoutClassifier.classify(text, lang, "a.txt");
      assertEquals(LineClass.PROSE, layout.classAt(text.indexOf(longRow)), text);
    }
  }

  @Test
  void paragraphsSetOneALineThatOpenWithATimePhraseOrAHedgeStayProse() {
    String[][] docs = {
        {"he", "אלנור\n\nבשנת 1912 הספינה טבעה ליד הכף הצפוני.\nכ-300 מלחים ניצלו מהטביעה.\n"
            + "במאי 1913 נמשתה הספינה מהמים.\nעד 1915 היא תוקנה במספנה.\nבערך 40 פועלים עבדו בה.\n"},
        {"en", "Arlenne\n\nIn 1912 the ship sank off the northern cape.\nAbout 300 sailors were saved.\n"
            + "By 1913 the ship was raised.\nUntil 1915 she was repaired at the yard.\n"
            + "Some 40 workers repaired her.\n"},
        {"vi", "Arlenne\n\nNăm 1912 con tàu bị chìm ngoài mũi phía bắc.\nKhoảng 300 thủy thủ được cứu.\n"
            + "Năm 1913 con tàu được trục vớt.\nTrong 2 năm tàu được sửa chữa.\nHơn 40 công nhân làm việc.\n"}};
    for (String[] d : docs) {
      Language lang = Language.fromCode(d[0]).orElseThrow();
      Layout layout = LayoutClassifier.classify(d[1], lang, "a.txt");
      for (String line : d[1].split("\n")) {
        if (line.contains(".")) {
          assertEquals(LineClass.PROSE, layout.classAt(d[1].indexOf(line)), line + "\n" + d[1]);
        }
      }
    }
  }

  @Test
  void aLabelIsOneToThreeWordsWithNoProseOpeningWordBeforeItsFigure() {
    Language he = Language.fromCode("he").orElseThrow();
    Language en = Language.fromCode("en").orElseThrow();
    assertTrue(DataBoxes.labelFigure("הספק כולל: 42,000 כוחות סוס.", he));
    assertTrue(DataBoxes.labelFigure("• Crew | 64", en));
    assertTrue(DataBoxes.labelFigure("Speed\t35 knots", en));
    assertFalse(DataBoxes.labelFigure("בשנת 1931 הפליגה הספינה.", he));
    assertFalse(DataBoxes.labelFigure("במאי 1931 הפליגה הספינה.", he));
    assertFalse(DataBoxes.labelFigure("In 1931 the ship sailed.", en));
    assertFalse(DataBoxes.labelFigure("About 300 sailors were saved.", en));
    assertFalse(DataBoxes.labelFigure("The ship and her crew of 300 sailed.", en));
    assertFalse(DataBoxes.labelFigure("1931 the ship sailed", en));
  }
}
