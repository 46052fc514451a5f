package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A title made of two names joined by a spaced dash ("Chiến tranh X – Y", the war of two sides)
 * is kept whole when the prose writes the two names together; a site's name after a dash, which
 * the prose never writes, is still cut off. Every name here is made up.
 */
class DashJoinedTitleTest {
  private static final String[] SIDES = {"Karvo", "Lindar", "Mestan", "Borek", "Sulam", "Torven",
      "Ardel", "Quenta"};

  @Test
  void twoNamesJoinedByADashThatTheProseWritesTogetherStayOneTitle() {
    Random r = new Random(16);
    for (int i = 0; i < 30; i++) {
      String a = SIDES[r.nextInt(SIDES.length)];
      String b = SIDES[(java.util.Arrays.asList(SIDES).indexOf(a) + 1 + r.nextInt(SIDES.length - 1))
          % SIDES.length];
      String dash = r.nextBoolean() ? "–" : "-";
      String title = "Chiến tranh " + a + " " + dash + " " + b;
      String text = title + "\n\n" + title + " là cuộc chiến giữa quân " + a + " và quân " + b
          + ", diễn ra từ tháng 9 năm 1884 tới tháng 6 năm 1885. Cuộc chiến nổ ra vì quân " + a
          + " muốn kiểm soát vùng đồng bằng và con đường nối hai tỉnh lớn của vùng biên giới.\n";
      Layout l = LayoutClassifier.classify(text, Language.VI, "x.txt");
      assertEquals(title, l.title(), text);
    }
  }

  @Test
  void aSitesNameAfterADashIsStillCutOff() {
    String text = "Chiến tranh Karvo – Báo Tin Nhanh\n\nChiến tranh Karvo là cuộc chiến giữa quân "
        + "Karvo và quân Lindar, diễn ra từ tháng 9 năm 1884 tới tháng 6 năm 1885. Cuộc chiến nổ ra "
        + "vì quân Karvo muốn kiểm soát vùng đồng bằng và con đường nối hai tỉnh lớn.\n";
    assertEquals("Chiến tranh Karvo", LayoutClassifier.classify(text, Language.VI, "x.txt").title());
  }
}
