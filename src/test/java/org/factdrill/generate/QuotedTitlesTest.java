package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A figure inside the quoted title of a work (a film, a book, a song) names the work, states no
 * fact: it is not asked; the same figure outside the quotation is. Sentences made up for this test.
 */
class QuotedTitlesTest {
  private static final String[] WORKS = {"Phim tài liệu", "Bộ phim", "Cuốn sách", "Bài hát",
      "Tiểu thuyết lịch sử"};
  private static final String[][] QUOTES = {{"“", "”"}, {"\"", "\""}, {"«", "»"}};

  @Test
  void aFigureInAWorksQuotedTitleIsNotAsked() {
    Random r = new Random(1503);
    for (int k = 0; k < 20; k++) {
      int n = 12 + r.nextInt(300);
      String[] q = QUOTES[k % QUOTES.length];
      String text = "Năm 2015, " + WORKS[r.nextInt(WORKS.length)].toLowerCase() + " " + q[0]
          + "Đường về: Hành trình " + n + " năm" + q[1] + " của đạo diễn Lê Khải được trình chiếu tại"
          + " thành phố cảng.\n";
      assertEquals(List.of(), Fixtures.asking(Fixtures.extracted(Language.VI, text),
          String.valueOf(n)), text);
    }
  }

  @Test
  void theSameFigureOutsideTheQuotationIsAsked() {
    Random r = new Random(150);
    for (int k = 0; k < 10; k++) {
      int n = 120 + r.nextInt(300);
      String text = "Năm 2015, " + WORKS[r.nextInt(WORKS.length)].toLowerCase() + " “Đường về” của"
          + " đạo diễn Lê Khải được trình chiếu tại " + n + " rạp ở các thành phố phía nam.\n";
      assertFalse(Fixtures.asking(Fixtures.extracted(Language.VI, text), String.valueOf(n))
          .isEmpty(), text);
    }
  }
}
