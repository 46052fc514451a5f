package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdrill.bank.Question;
import org.factdrill.text.Document;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A data box's rows ("label figure unit") pasted onto one line are layout, not prose, in any
 * language: on a line of their own (however long), on a line a caseless script would have wrapped
 * into the sentence below, or glued before the lead's first word, the page's name. No figure of
 * the box is asked, and the lead's own dates are asked from a prompt that holds no row. Ships,
 * engines and buildings made up for this test, rows drawn at random.
 */
class DataBoxRowsTest {
  private record Case(Language lang, String name, String title, String lead, String later,
      String[][] rows) {}

  // names, rows and sentences made up for this test; {Y} years of the lead
  private static final List<Case> CASES = List.of(
      new Case(Language.HE, "ורדינה", "הספינה ורדינה",
          "ורדינה הייתה ספינת משא שנבנתה בשנת 1921 במספנה בעיר נמלית עבור חברת ספנות קטנה.",
          "הספינה הפליגה לראשונה בשנת 1922 ונמכרה בשנת 1950 לחברה זרה.",
          new String[][] {{"אורך", "מטר"}, {"רוחב", "מטר"}, {"שוקע", "מטר"}, {"הדחק", "טון"},
              {"הספק", "כוחות סוס"}, {"מהירות מרבית", "קשר"}, {"צוות", "איש"}, {"טווח שיוט", "ק\"מ"}}),
      new Case(Language.HE, "גלבוע", "קטר גלבוע",
          "גלבוע היה קטר קיטור שנבנה בשנת 1912 בבית חרושת קטן ושירת את מסילת העמק שנים רבות.",
          "הקטר הוצא משירות בשנת 1959 והוצב בתחנה הישנה.",
          new String[][] {{"משקל", "טון"}, {"אורך", "מטר"}, {"מהירות מרבית", "קמ\"ש"},
              {"קוטר גלגלים", "ס\"מ"}, {"לחץ דוד", "אטמוספרות"}}),
      new Case(Language.EN, "Marvela", "SS Marvela",
          "Marvela was a cargo ship built in 1921 at a small yard on the northern coast for a "
              + "shipping line of the harbour.",
          "The ship sailed for the first time in 1922 and was sold abroad in 1950.",
          new String[][] {{"Length", "m"}, {"Beam", "m"}, {"Draught", "m"}, {"Displacement", "tons"},
              {"Power", "hp"}, {"Speed", "knots"}, {"Complement", ""}, {"Range", "nmi"}}),
      new Case(Language.VI, "Velora", "Tòa nhà Velora",
          "Velora là một tòa nhà văn phòng được xây dựng năm 1931 bên bờ sông của thị trấn cảng.",
          "Tòa nhà bị hư hại năm 1948 và được sửa chữa năm 1952.",
          new String[][] {{"Chiều cao", "m"}, {"Số tầng", ""}, {"Diện tích sàn", "m²"},
              {"Thang máy", ""}}));

  private static List<Question> questions(Language lang, String text) {
    Document doc = new Document("a.txt", text, lang);
    return RealText.generator()
        .run(List.of(new SourceText(doc, "0")), GenerateOptions.defaults()).bank().questions();
  }

  /** Two to six rows of the case, each "label figure unit", figures not years. */
  private static List<String> rows(Case c, Random r) {
    List<String> out = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < c.rows().length; k++) {
      order.add(k);
    }
    java.util.Collections.shuffle(order, r);
    int n = 2 + r.nextInt(Math.min(5, c.rows().length - 1));
    for (int k = 0; k < n; k++) {
      String[] row = c.rows()[order.get(k)];
      int figure = 3 + r.nextInt(400);
      String f = r.nextInt(4) == 0 ? String.format("%,d", 1000 + r.nextInt(40000)) : "" + figure;
      out.add(row[0] + " " + f + (row[1].isEmpty() ? "" : " " + row[1]));
    }
    return out;
  }

  @Test
  void aDataBoxsRowsOnOneLineAreNeverAsked() {
    Random r = new Random(1701);
    int asked = 0;
    for (int k = 0; k < 60; k++) {
      Case c = CASES.get(k % CASES.size());
      List<String> rows = rows(c, r);
      String box = String.join(" ", rows);
      String text = switch (k / CASES.size() % 3) {
        case 0 -> c.title() + "\n\n" + c.lead() + "\n" + box + "\n" + c.later() + "\n"; // wrap
        case 1 -> c.title() + "\n\n" + box + " " + c.lead() + "\n\n" + c.later() + "\n"; // glued
        default -> c.title() + "\n\n" + c.lead() + "\n\n" + box + "\n\n" + c.later() + "\n";
      };
      List<Question> qs = questions(c.lang(), text);
      for (Question q : qs) {
        String prompt = q.header().prompt();
        for (String row : rows) {
          int end = row.indexOf(' ', firstFigure(row));
          String head = end < 0 ? row : row.substring(0, end); // "label figure"
          assertFalse(prompt.contains(head), text + "\n -> " + prompt);
        }
        for (Question.FactRef f : q.header().facts()) {
          assertTrue(f.text().matches(".*\\b1[89]\\d\\d\\b.*"), text + "\n -> asked " + f.text());
        }
      }
      asked += qs.isEmpty() ? 0 : 1;
      assertTrue(qs.stream().anyMatch(q -> q.header().facts().stream()
          .anyMatch(f -> c.lead().contains(f.sentence().strip()))), text + "\n -> " + qs);
    }
    assertTrue(asked == 60);
  }

  private static int firstFigure(String row) {
    for (int k = 0; k < row.length(); k++) {
      if (Character.isDigit(row.charAt(k))) {
        return k;
      }
    }
    return row.length();
  }
}
