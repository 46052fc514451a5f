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

  /** Titles written without quotation marks: a capitalised first word, then {N}, then words. */
  private static final String[] BARE_TITLES = {"Hà Varn {N} ngày đêm", "Hành trình {N} năm",
      "Dòng sông {N} năm", "Con đường {N} nhánh", "Tessaly {N}"};

  @Test
  void aFigureInAWorksTitleWrittenWithoutQuotationMarksIsNotAsked() {
    Random r = new Random(1602);
    for (int k = 0; k < 60; k++) {
      int n = 12 + r.nextInt(300);
      String title = BARE_TITLES[r.nextInt(BARE_TITLES.length)].replace("{N}", String.valueOf(n));
      String text = "Năm 2015, đạo diễn Lê Khải trình chiếu " + WORKS[r.nextInt(WORKS.length)]
          .toLowerCase() + " " + title + " của ông tại thành phố cảng.\n";
      assertEquals(List.of(), Fixtures.asking(Fixtures.extracted(Language.VI, text),
          String.valueOf(n)), text);
    }
  }

  @Test
  void aFigureAfterTheTitlesFunctionWordOrVerbIsAsked() {
    Random r = new Random(1604);
    String[] after = {" của ông được chiếu tại {N} rạp", " thu hút {N} khán giả",
        " Lam Sơn in {N} bản", " Lam Sơn Đường in {N} bản",
        " với {N} diễn viên quần chúng", " ra mắt tại {N} thành phố"};
    for (int k = 0; k < 20; k++) {
      int n = 120 + r.nextInt(300);
      String name = k % 2 == 0 ? " Đường về" : ""; // a title, or a name then what was done
      String text = "Năm 2015, " + WORKS[r.nextInt(WORKS.length)].toLowerCase() + name
          + after[r.nextInt(after.length)].replace("{N}", String.valueOf(n))
          + " ở các tỉnh phía nam.\n";
      assertFalse(Fixtures.asking(Fixtures.extracted(Language.VI, text), String.valueOf(n))
          .isEmpty(), text);
    }
  }
}
