package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short line said twice in a row is a picture's alternative text and then its caption, whatever
 * its shape: it is a caption, never the page's title nor a section heading. A page that lists
 * several articles, each under its picture, takes no article's picture for its title. Made-up
 * pages in each language, the pictures' lines in several positions.
 */
class RepeatedHeadingCaptionTest {
  private record Case(Language lang, String site, List<String> pictures, List<String> paragraphs) {}

  private static final List<Case> CASES = List.of(
      new Case(Language.EN, "Zarnov history portal",
          List.of("Statue of King Harbo", "Drawing of the Vensa engine", "Map of Port Elwin"),
          List.of("King Harbo of Zarnov ruled from 1561 to 1590 and built the harbour of Port Elwin "
                  + "with the work of 4,000 men over twelve years of his long reign.",
              "The Vensa engine was a machine shown from the late 1770s to the 1850s that was said to "
                  + "play draughts by itself before it was shown to be a hoax in 1857.",
              "Port Elwin was founded in 1402 on the northern coast and had 12,000 people by 1600, "
                  + "when its harbour was the largest of the whole Zarnov coast.")),
      new Case(Language.VI, "Cổng lịch sử Zarnov",
          List.of("Tượng vua Harbo", "Bản vẽ cỗ máy Vensa", "Bản đồ Port Elwin"),
          List.of("Vua Harbo của Zarnov trị vì từ năm 1561 đến năm 1590 và xây bến cảng Port Elwin "
                  + "với công sức của 4.000 người trong mười hai năm của triều đại ông.",
              "Cỗ máy Vensa được trưng bày từ cuối những năm 1770 đến những năm 1850 và được cho là "
                  + "tự chơi cờ trước khi bị phát hiện là trò lừa năm 1857.",
              "Port Elwin được lập năm 1402 trên bờ biển phía bắc và có 12.000 dân vào năm 1600, khi "
                  + "bến cảng của nó lớn nhất bờ biển Zarnov.")),
      new Case(Language.HE, "פורטל ההיסטוריה של זרנוב",
          List.of("פסל המלך הרבו", "שרטוט המכונה של ונסה", "מפת פורט אלווין"),
          List.of("המלך הרבו מזרנוב מלך משנת 1561 עד שנת 1590 ובנה את הנמל של פורט אלווין בעבודתם "
                  + "של 4,000 איש במשך שתים עשרה שנות מלכותו הארוכה.",
              "המכונה של ונסה הוצגה משלהי שנות ה-1770 עד שנות ה-1850 ונטען שהיא משחקת דמקה בעצמה, "
                  + "עד שהתגלתה כתרמית בשנת 1857.",
              "פורט אלווין נוסדה בשנת 1402 על החוף הצפוני ומנתה 12,000 תושבים בשנת 1600, כאשר "
                  + "הנמל שלה היה הגדול בחוף זרנוב.")));

  @Test
  void aLineSaidTwiceInARowIsACaptionNeverTheTitle() {
    int n = 0;
    for (Case c : CASES) {
      for (int first = 0; first < c.pictures().size(); first++) {
        for (boolean withSite : new boolean[] {false, true}) {
          StringBuilder page = new StringBuilder(withSite ? c.site() + "\n\n" : "");
          for (int k = 0; k < c.pictures().size(); k++) {
            int i = (first + k) % c.pictures().size();
            String pic = c.pictures().get(i);
            page.append(pic).append('\n').append(pic).append("\n\n")
                .append(c.paragraphs().get(i)).append("\n\n");
          }
          String text = page.toString();
          Layout layout = LayoutClassifier.classify(text, c.lang(), "x.txt");
          for (String pic : c.pictures()) {
            assertNotEquals(pic, layout.title(), text);
            assertEquals(LineClass.CAPTION, layout.classAt(text.indexOf(pic)), pic);
            assertEquals(LineClass.CAPTION, layout.classAt(text.indexOf(pic) + pic.length() + 1), pic);
          }
          n++;
        }
      }
    }
    assertEquals(18, n);
  }

  @Test
  void aTitleSaidTwiceWithItsSitesNameStaysTheTitle() {
    List<String> sites = List.of("Wikipedia", "Wikipedia tiếng Việt", "ויקיפדיה");
    for (int k = 0; k < CASES.size(); k++) {
      Case c = CASES.get(k);
      for (String dash : List.of("–", "-", "—")) {
        for (int i = 0; i < c.pictures().size(); i++) {
          String name = c.paragraphs().get(i).split(" ")[0] + " " + c.paragraphs().get(i).split(" ")[1];
          String line = name + " " + dash + " " + sites.get(k);
          String text = line + "\n" + line + "\n\n" + c.paragraphs().get(i) + "\n";
          assertEquals(name, LayoutClassifier.classify(text, c.lang(), "x.txt").title(), text);
        }
      }
    }
  }
}
