package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Page chrome around a news headline (a weekday and date line, a breadcrumb, a site's banner, a
 * text-size control "label − +", a row of keywords) never gives the page its title: the headline
 * right above the standfirst and the article does. Pages are made up for the test, the chrome
 * lines generated in many orders and spellings.
 */
class ChromeTitlesTest {
  private record Case(String lang, String headline, String standfirst, String prose,
      List<String> weekdays, String crumbs, String banner, String sizeLabel, String keywords) {}

  private static final List<Case> CASES = List.of(
      new Case("en", "Marvelo radio station marks fifty years on the air",
          "The station first broadcast from a harbour shed.",
          "The Marvelo radio station went on the air on May 2, 1961, from a shed at the harbour of "
              + "Port Vensa. Its first broadcast lasted two hours, and by 1970 the Marvelo station "
              + "broadcast every day to listeners along the whole coast of Vensa.",
          List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
          "Home > Culture > Radio", "An official website of the Vensa harbour board", "Text size",
          "Radio, Harbour, Coast, Listeners, Broadcasts, Archives"),
      new Case("vi", "Đài phát thanh Marvelo kỷ niệm 50 năm phát sóng",
          "Đài phát sóng lần đầu từ một nhà kho ở bến cảng.",
          "Đài phát thanh Marvelo phát sóng lần đầu ngày 2 tháng 5 năm 1961 từ một nhà kho ở bến "
              + "cảng Vensa. Buổi phát sóng đầu tiên kéo dài hai giờ, và đến năm 1970 đài Marvelo "
              + "phát sóng mỗi ngày cho thính giả dọc bờ biển Vensa.",
          List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
          "Trang chủ > Văn hóa > Phát thanh", "Cổng thông tin điện tử chính thức của cảng Vensa",
          "Cỡ chữ", "Phát thanh, Bến cảng, Bờ biển, Thính giả, Lưu trữ, Tư liệu"),
      new Case("he", "תחנת הרדיו של מרוולו חוגגת חמישים שנות שידור",
          "התחנה שידרה לראשונה ממחסן בנמל.",
          "תחנת הרדיו של מרוולו עלתה לשידור ב-2 במאי 1961 ממחסן בנמל העיר ונסה. השידור הראשון "
              + "נמשך שעתיים, ועד שנת 1970 שידרה תחנת מרוולו בכל יום למאזינים לאורך כל חוף ונסה.",
          List.of("יום ראשון", "יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי"),
          "דף הבית > תרבות > רדיו", "האתר הרשמי של נמל ונסה", "גודל טקסט",
          "רדיו, נמל, חוף, מאזינים, שידורים, ארכיון"));

  private static final List<String> CONTROLS = List.of("− +", "- +", "A- A+", "A− A A+", "+ −");

  private static String title(String text, String lang) {
    return LayoutClassifier.classify(text, Language.fromCode(lang).orElseThrow(), "x.txt").title();
  }

  @Test
  void chromeLinesAroundAHeadlineNeverGiveTheTitle() {
    Random r = new Random(14);
    for (Case c : CASES) {
      for (int k = 0; k < 24; k++) {
        String day = c.weekdays().get(r.nextInt(c.weekdays().size()));
        String dateLine = switch (r.nextInt(3)) {
          case 0 -> day;
          case 1 -> day + ", " + (1 + r.nextInt(28)) + "/" + (1 + r.nextInt(12)) + "/2014";
          default -> day + " " + (1 + r.nextInt(28)) + "." + (1 + r.nextInt(12)) + ".2014";
        };
        String control = c.sizeLabel() + " " + CONTROLS.get(r.nextInt(CONTROLS.size()));
        List<String> top = new ArrayList<>();
        if (r.nextBoolean()) {
          top.add(c.banner());
        }
        top.add(r.nextBoolean() ? dateLine : dateLine + " " + control);
        if (r.nextBoolean()) {
          top.add(c.crumbs());
        }
        if (r.nextBoolean()) {
          top.add(c.keywords());
        }
        String gap = r.nextBoolean() ? "\n\n" : "\n";
        // (a headline set single against its standfirst and article is read as their first line:
        // not handled here)
        String page = String.join(gap, top) + "\n\n" + c.headline() + "\n\n" + c.standfirst() + gap
            + (r.nextBoolean() ? control + gap : "") + c.prose() + "\n\n" + c.prose() + "\n";
        assertEquals(c.headline(), title(page, c.lang()), c.lang() + ":\n" + page);
      }
    }
  }

  @Test
  void aChromeLineAloneIsNoTitleInAnyPack() {
    for (Case c : CASES) {
      LayoutWords w = LayoutWords.of(Language.fromCode(c.lang()).orElseThrow());
      for (String day : c.weekdays()) {
        assertTrue(ChromeLines.isChrome(day, w), day);
        assertTrue(ChromeLines.isChrome(day + ", 12/05/2014", w), day);
        assertTrue(ChromeLines.isChrome(day + ", 12/05/2014 " + c.sizeLabel() + " − +", w), day);
      }
      assertTrue(ChromeLines.isChrome(c.sizeLabel() + " − +", w));
      assertTrue(ChromeLines.isChrome(c.banner(), w));
      assertTrue(ChromeLines.isChrome(c.keywords(), w));
      assertFalse(ChromeLines.isChrome(c.headline(), w), c.headline());
    }
  }

  @Test
  void aWeekdayInAnEventsNameKeepsItsLineATitle() {
    LayoutWords w = LayoutWords.of(Language.fromCode("en").orElseThrow());
    assertFalse(ChromeLines.isChrome("Bloody Sunday", w));
    assertFalse(ChromeLines.isChrome("The Tuesday march on Vensa", w));
    assertFalse(ChromeLines.isChrome("Ports, harbours and the coast road", w));
  }

  @Test
  void aPortalPagesNameYieldsToTheArticleItShows() {
    String page = "Portal:Harbours/Featured article\n\nThe Marvelo ferry is a ferry line of the harbour "
        + "of Port Vensa that sailed from 1871 to 1902. The Marvelo ferry carried 40 passengers at "
        + "first, and by 1890 the ferry sailed twice a day from the Marvelo harbour to the islands.\n";
    assertEquals("The Marvelo ferry", title(page, "en"));
    String vi = "Cổng thông tin:Bến cảng/Bài viết chọn lọc\n\nPhà Marvelo là một tuyến phà của bến "
        + "cảng Vensa hoạt động từ năm 1871 đến năm 1902. Phà Marvelo lúc đầu chở 40 hành khách, và "
        + "đến năm 1890 phà chạy hai lần mỗi ngày từ bến cảng Marvelo ra các đảo.\n";
    assertEquals("Phà Marvelo", title(vi, "vi"));
  }

  @Test
  void aHeadlineThatAsksIsTheTitle() {
    String page = "Saturday, 3/5/2014\n\nWho built the Marvelo ferry harbour at Port Vensa?\n\n"
        + CASES.get(0).prose() + "\n\n" + CASES.get(0).prose() + "\n";
    assertEquals("Who built the Marvelo ferry harbour at Port Vensa?", title(page, "en"));
  }
}
