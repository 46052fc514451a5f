package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 20, rubric line 4 for the context line: a topic line is as clean as a prompt. One test per
 * class of page layout seen glued to (or taken for) a title, each on made-up names.
 */
class TopicLinesTest {

  private static String clean(String line, Language lang) {
    return TopicLines.clean(line, lang);
  }

  @Test
  void aWikiHeadingKeepsItsLastWordWhetherItsSignsAreSpacedOrGlued() {
    String[][] names = {{"The great treaty", "en"}, {"ההסכם עם זלבין", "he"},
        {"Hiệp ước lớn", "vi"}, {"Большой договор", "ru"}};
    for (String[] n : names) {
      Language lang = Language.fromCode(n[1]).orElseThrow();
      for (int signs = 2; signs <= 4; signs++) {
        String eq = "=".repeat(signs);
        assertEquals(n[0], clean(eq + n[0] + eq, lang), eq + n[0]);
        assertEquals(n[0], clean(eq + " " + n[0] + " " + eq, lang), eq + n[0]);
      }
    }
    assertEquals("Zelbin", clean("Zelbin lang=en", Language.EN)); // a key=value still goes
  }

  @Test
  void aLinkGlyphAndANoteNumberGluedToAHeadingAreCutOff() {
    assertEquals("בגליל", clean("בגליל2.    \uD83D\uDD17", Language.HE));
    assertEquals("Early years", clean("Early years3 \u00b6", Language.EN));
    assertEquals("B52 bombers", clean("B52 bombers", Language.EN));
    assertEquals("Flight MH17", clean("Flight MH17", Language.EN));
  }

  @Test
  void templateResidueIsCutOffTheTopic() {
    assertEquals("Hiệp ước Sông Lam", clean("Hiệp ước Sông Lam [|notes=]", Language.VI));
    assertEquals("Treaty of Orvin", clean("Treaty of Orvin |notes= |date=1822", Language.EN));
    assertEquals("Battle of Karvo", clean("Battle of Karvo {{citation needed}}", Language.EN));
    assertEquals("Karvo uprising", clean("Karvo uprising []", Language.EN));
    assertEquals("Karvo uprising", clean("Karvo uprising ( )", Language.EN));
    assertEquals("מרד קרבו", clean("מרד קרבו {{הערה|שם=א", Language.HE));
    assertEquals("Karvo uprising", clean("[[Karvo uprising]] status=stub", Language.EN));
    assertNull(clean("{{Infobox treaty", Language.EN));
    assertNull(clean("|name = |notes=", Language.EN));
    assertNull(clean("[] {{ }}", Language.VI));
  }

  @Test
  void anAddressOrAFileNameGluedToAHeadlineIsCutOff() {
    assertEquals("Flood in the Orvin delta",
        clean("Flood in the Orvin delta https://example.org/img/2020/flood-orvin.jpg", Language.EN));
    assertEquals("Lũ lụt ở đồng bằng Orvin",
        clean("Lũ lụt ở đồng bằng Orvin …/anh-lu-lut.jpg", Language.VI));
    assertEquals("Lũ lụt ở đồng bằng Orvin", clean("Lũ lụt ở đồng bằng Orvin …jpg", Language.VI));
    assertEquals("שיטפון בעמק אורבין",
        clean("שיטפון בעמק אורבין www.example.co.il/pic/1.png", Language.HE));
    assertEquals("Karvo bridge", clean("Karvo bridge File:Karvo_bridge_1910.JPG", Language.EN));
    assertNull(clean("File:Karvo bridge 1910.jpg", Language.EN));
    assertNull(clean("Tập tin:Cầu Karvo.png", Language.VI));
    assertNull(clean("קובץ:גשר קרבו.svg", Language.HE));
    assertNull(clean("IMG_20200101_4431.jpeg", Language.EN));
  }

  @Test
  void aSiteTaglineOrSiteNameIsNoTopic() {
    assertNull(clean("From Wikiquote, the free quote compendium", Language.EN));
    assertNull(clean("Từ Wikipedia, bách khoa toàn thư mở", Language.VI));
    assertNull(clean("מתוך ויקיציטוט, אוסף הציטוטים החופשי", Language.HE));
    assertNull(clean("Wikisource", Language.EN));
    assertEquals("Karvo floods", clean("Karvo floods - orvin-news.example.com", Language.EN));
    assertEquals("Karvo floods", clean("Karvo floods – Online newspaper of the north", Language.EN));
    assertEquals("Lũ lụt Karvo", clean("Lũ lụt Karvo | Báo điện tử Orvin", Language.VI));
    assertEquals("השיטפון בקרבו", clean("השיטפון בקרבו - אתר החדשות של אורבין", Language.HE));
  }

  @Test
  void aSiteSectionABreadcrumbOrASeriesWithItsPeriodIsNoTopic() {
    assertNull(clean("News", Language.EN));
    assertNull(clean("World news", Language.EN));
    assertNull(clean("Thế giới", Language.VI));
    assertNull(clean("Tin tức | Thời sự", Language.VI));
    assertNull(clean("חדשות", Language.HE));
    assertNull(clean("Archive: 1990–1999", Language.EN));
    assertNull(clean("Lịch sử 2015", Language.VI));
    assertNull(clean("Home » History » Karvo bridge", Language.EN));
    assertNull(clean("Trang chủ › Thế giới › Châu Á", Language.VI));
  }

  @Test
  void aCleanTopicStaysAsItIs() {
    for (String[] c : new String[][] {
        {"en", "Treaty of Orvin (1822)"}, {"en", "Karvo 1911"}, {"en", "Karvo Consulate - Lin"},
        {"en", "The Siege of Karvo, 1911"}, {"vi", "Chiến tranh Karvo–Lin 1911"},
        {"vi", "Hiệp ước Sông Lam"}, {"he", "מלחמת קרבו (1911)"}, {"he", "הסכם אורבין"}}) {
      Language lang = Language.fromCode(c[0]).orElseThrow();
      assertEquals(c[1], clean(c[1], lang), c[0]);
      assertFalse(TopicLines.isLayout(c[1], lang), c[1]);
    }
  }

  @Test
  void isLayoutFlagsEveryClassOfResidue() {
    for (String s : new String[] {"Karvo |notes=", "Karvo {{", "Karvo }}", "Karvo []",
        "Karvo http://x.example", "Karvo bridge.jpg", "From Wikinews, the free news source",
        "News", "Home » World » Karvo"}) {
      assertTrue(TopicLines.isLayout(s, Language.EN), s);
    }
  }

  @Test
  void aFileNameBecomesTheTitleTheTextWritesWhenItsWordsStandTogetherInTheText() {
    String en = "Ships left early. The Karvo Bridge opened to traffic in spring, and the Karvo "
        + "Bridge carried trains for decades.";
    assertEquals("Karvo Bridge", TopicLines.fromFileName("texts/en-news-xq-karvo-bridge.txt",
        en, Language.EN));
    assertEquals("Bridge of Karvo", TopicLines.fromFileName("a/karvo-bridge.txt",
        "The Bridge of Karvo opened.", Language.EN));
    // Side by side in another order is a verb and its object, no name.
    assertEquals("Bridge of Karvo", TopicLines.fromFileName("a/karvo-bridge.txt",
        "They chose to bridge Karvo first. The Bridge of Karvo opened.", Language.EN));
    assertNull(TopicLines.fromFileName("a/3fa9c2e81b7d.txt", en, Language.EN));
    assertNull(TopicLines.fromFileName("a/orvin-delta.txt", en, Language.EN));
    // A name written for a file drops the marks of Vietnamese letters; the text keeps them.
    assertEquals("Cầu Karvo", TopicLines.fromFileName("vi-cau-karvo.txt",
        "Năm 1911, cầu Karvo được khánh thành.", Language.VI));
    // A transliterated name names nothing the Hebrew text writes.
    assertNull(TopicLines.fromFileName("he-gesher-karvo.txt", "גשר קרבו נפתח ב-1911.",
        Language.HE));
  }

  @Test
  void aSitesSectionBeforeAColonIsCutOffTheArticlesTitle() {
    // The site's topic ("History", "Lịch sử", "היסטוריה": the pack's category words), then the
    // article's own title: the context line names the article.
    assertEquals("The life of Anna Korv", clean("History: The life of Anna Korv", Language.EN));
    assertEquals("Tiểu sử Minh Quill", clean("Lịch sử: Tiểu sử Minh Quill", Language.VI));
    assertEquals("חייה של אנה קורב", clean("היסטוריה: חייה של אנה קורב", Language.HE));
    // A label that is no site section stays: it is part of the title.
    assertEquals("Zarnov History: A Fresh Start", clean("Zarnov History: A Fresh Start",
        Language.EN));
    // A section and a period only is still no topic.
    assertNull(clean("Archive: 1990–1999", Language.EN));
  }
}
