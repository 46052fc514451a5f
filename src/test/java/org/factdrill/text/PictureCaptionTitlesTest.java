package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A picture set between a headline and its article (a marker with the picture's description,
 * "Image of …", "Ảnh: …", "תמונה של …", then its caption; or its text said twice, alt text then
 * caption) never gives the page its title, even when the caption's words are the prose's own;
 * and a title written with vowel points is matched to the prose written without them. Pages are
 * made up for the test.
 */
class PictureCaptionTitlesTest {
  private record Case(String lang, String headline, String marker, String caption, String prose) {}

  private static final List<Case> CASES = List.of(
      new Case("en", "The Marvelo Ferry", "Image of the Marvelo harbour",
          "The Marvelo harbour at Port Vensa",
          "On May 2, 1871, the Marvelo ferry left the harbour of Port Vensa with 40 passengers. "
              + "The Marvelo harbour at Port Vensa was then the busiest on the coast, and the ferry "
              + "sailed from the Marvelo harbour twice a day until 1902."),
      new Case("vi", "Chuyến phà Marvelo", "Ảnh: bến cảng Marvelo",
          "Bến cảng Marvelo ở cảng Vensa",
          "Ngày 2 tháng 5 năm 1871, chuyến phà Marvelo rời bến cảng Marvelo ở cảng Vensa với 40 "
              + "hành khách. Bến cảng Marvelo khi đó là bến đông nhất bờ biển, và phà chạy từ bến "
              + "cảng Marvelo hai lần mỗi ngày cho đến năm 1902."),
      new Case("he", "המעבורת של מרוולו", "תמונה של נמל מרוולו",
          "נמל מרוולו בעיר ונסה",
          "ב-2 במאי 1871 יצאה המעבורת של מרוולו מנמל מרוולו בעיר ונסה ועליה 40 נוסעים. "
              + "נמל מרוולו בעיר ונסה היה אז העמוס ביותר בחוף, והמעבורת הפליגה מנמל מרוולו "
              + "פעמיים ביום עד שנת 1902."));

  private static String title(String text, String lang) {
    return LayoutClassifier.classify(text, Language.fromCode(lang).orElseThrow(), "x.txt").title();
  }

  @Test
  void aDescribedPicturesCaptionUnderTheHeadlineIsNeverTheTitle() {
    Random r = new Random(20);
    for (Case c : CASES) {
      for (int k = 0; k < 8; k++) {
        String gap = r.nextBoolean() ? "\n\n" : "\n";
        String t = c.headline() + gap + c.marker() + "\n" + c.caption() + "\n\n" + c.prose()
            + "\n\n" + c.prose() + "\n";
        assertEquals(c.headline(), title(t, c.lang()), c.lang() + ": " + t);
      }
    }
  }

  @Test
  void aLineSaidTwiceUnderTheHeadlineIsACaptionNotTheTitle() {
    for (Case c : CASES) {
      String t = c.headline() + "\n\n" + c.caption() + "\n" + c.caption() + "\n" + c.prose()
          + "\n\n" + c.prose() + "\n";
      assertEquals(c.headline(), title(t, c.lang()), c.lang() + ": " + t);
    }
  }

  @Test
  void aMarkerWordOpeningAHeadlineOrACompoundIsNoPicture() {
    // The marker word must be followed by a colon or the pack's "of"-word, on a short line.
    LayoutWords en = LayoutWords.of(Language.EN);
    LayoutWords vi = LayoutWords.of(Language.fromCode("vi").orElseThrow());
    org.junit.jupiter.api.Assertions.assertFalse(en.opensImageMarker("Picture Books of Marvelo"));
    org.junit.jupiter.api.Assertions.assertFalse(en.opensImageMarker("Image processing in 1980"));
    org.junit.jupiter.api.Assertions.assertFalse(vi.opensImageMarker("Ảnh hưởng của chiến tranh"));
    org.junit.jupiter.api.Assertions.assertFalse(en.opensImageMarker(
        "Photo: the crowd gathered before the hall on the morning of the vote in 1911."));
    for (Case c : CASES) {
      org.junit.jupiter.api.Assertions.assertTrue(LayoutWords.of(
          Language.fromCode(c.lang()).orElseThrow()).opensImageMarker(c.marker()), c.marker());
    }
  }

  @Test
  void aPointedTitleUnderItsAuthorIsMatchedToUnpointedProse() {
    // The author's surname recurs in the prose as the subject's does: only the work's title,
    // written with vowel points, names all of it.
    String prose = "יוסף כרמלי נולד בשנת 1870 בכפר קטן, ובשנת 1890 עלה יוסף כרמלי לארץ. "
        + "יוסף כרמלי עבד בכרמים ובשדות, ויוסף כרמלי ייסד את המושבה בשנת 1900.";
    String t = "רקע\nדוד כרמלי\nיוֹסֵף כַּרְמֵלִי\n\n" + prose + "\n\n" + prose + "\n";
    assertEquals("יוֹסֵף כַּרְמֵלִי", title(t, "he"));
  }
}
