package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** Row numbers and pages at a table row's ends, under a designator header, are labels. */
class TableLabelsTest {
  // sentences made up for this test
  private static final String[][] HEADS = {
      {"en", "No.", "Sender", "Subject", "Page."},
      {"vi", "Số", "Người gửi", "Nội dung", "Trang"},
      {"he", "מס'", "שולח", "נושא", "עמוד"}};
  private static final String[][] SUBJECTS = {
      {"Report on 40 ships lost.", "Request for aid."},
      {"Báo cáo 40 tàu bị chìm.", "Xin viện trợ."},
      {"דיווח על 40 ספינות שאבדו.", "בקשה לעזרה."}};

  @Test
  void rowNumbersAndPagesUnderADesignatorHeaderAreLabels() {
    Random r = new Random(1898);
    for (int n = 0; n < 300; n++) {
      int l = r.nextInt(HEADS.length);
      String[] h = HEADS[l];
      Language lang = Language.fromCode(h[0]).orElseThrow();
      StringBuilder sb = new StringBuilder(h[1] + " | " + h[2] + " | " + h[3] + " | " + h[4] + " |\n");
      int ships = 0;
      int page = 1 + r.nextInt(300);
      for (int row = 0; row < 2 + r.nextInt(6); row++) {
        boolean numbered = r.nextBoolean();
        int s = r.nextInt(2);
        ships += s == 0 ? 1 : 0;
        page += r.nextInt(3);
        sb.append(numbered ? (100 + r.nextInt(800)) + " | " : "").append("Ambassador | ")
            .append(SUBJECTS[l][s]).append(" | ").append(page).append(numbered ? " |\n" : " | |\n");
      }
      String text = sb.toString();
      String want = String.join(" | ", java.util.Collections.nCopies(ships,
          "number:40=40"));
      assertEquals(want, Facts.describe(lang, text).replaceAll("number:40 [^=]+=40", "number:40=40"),
          text);
    }
  }

  @Test
  void aTableWithoutADesignatorHeaderKeepsItsFigures() {
    String text = "Country | Troops | Ships |\n---|---|---|\nFrance | 300 | 12 |\nSpain | 450 | 9 |\n";
    assertEquals(4, Facts.of(Language.EN, text).size(), text);
  }
}
