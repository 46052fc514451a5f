package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An infobox copied as a table whose label cell "Label |" stands alone on its line (its value
 * wrapped onto the next line), or a row "Label | value |", is a row of the box, not a section
 * heading: the article's lead
 * after the box is headed by no label. Boxes generated from made-up labels and values.
 */
class LabelCellTest {
  // labels, values and lead sentences made up for this test
  private static final String[][] LABELS = {
      {"en", "Coordinates", "Location", "Result", "Date"},
      {"vi", "Tọa độ", "Địa điểm", "Kết quả", "Thời gian"},
      {"he", "קואורדינטות", "מקום", "תוצאה", "תאריכים"}};
  private static final String[] VALUES = {"31°46′N 35°13′E", "North of the old harbour", "12 March 1917"};
  private static final String[] LEADS = {
      "The capture of the fortress was the high point of the campaign in the winter of that year.",
      "Việc chiếm pháo đài là đỉnh cao của chiến dịch vào mùa đông năm ấy.",
      "כיבוש המבצר היה רגע השיא של המערכה בחורף של אותה שנה."};

  @Test
  void aLabelCellAloneOnItsLineHeadsNoSection() {
    Random r = new Random(1617);
    for (int k = 0; k < 200; k++) {
      int l = r.nextInt(LABELS.length);
      Language lang = Language.fromCode(LABELS[l][0]).orElseThrow();
      StringBuilder text = new StringBuilder("The Fortress\n");
      int rows = 1 + r.nextInt(4);
      for (int row = 0; row < rows; row++) {
        String label = LABELS[l][1 + r.nextInt(LABELS[l].length - 1)];
        String value = VALUES[r.nextInt(VALUES.length)];
        String bars = "|".repeat(1 + r.nextInt(12));
        text.append(r.nextBoolean() ? label + " | " + value + " " + bars + "\n"
            : label + " " + bars.charAt(0) + "\n" + value + " " + bars + "\n");
      }
      String label = LABELS[l][1 + r.nextInt(LABELS[l].length - 1)];
      text.append(label).append(r.nextBoolean() ? " |" : " |\n" + VALUES[0] + " |").append('\n');
      text.append(LEADS[l]).append('\n');
      Layout layout = LayoutClassifier.classify(text.toString(), lang, "test.txt");
      List<Block> heads = layout.sectionHeadings();
      for (Block h : heads) {
        assertTrue(!h.of(text.toString()).strip().endsWith("|"), text + " -> " + h.of(text.toString()));
      }
    }
  }

  @Test
  void aShortHeadingWithoutABarStaysAHeading() {
    String text = "The Fortress\nThe fortress was built on the hill above the harbour in the old times.\n"
        + "Background\nThe campaign began in the spring, when the army crossed the river.\n";
    Layout layout = LayoutClassifier.classify(text, Language.EN, "test.txt");
    assertEquals(1, layout.sectionHeadings().size(), text);
  }
}
