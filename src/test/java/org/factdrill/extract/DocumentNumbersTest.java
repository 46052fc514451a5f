package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Numbers that name a page, a path or a document rather than count anything: a number written
 * onto a word by a slash ({@link PathNumbers}), a code opening with a zero ({@link ZeroCodes}),
 * a site's counters ({@link SiteCounters}), a pager's "Page 3 of 10" ({@link ItemCounters}).
 */
class DocumentNumbersTest {
  @Test
  void aNumberWrittenOntoAWordByASlashIsAPathNotAFigure() {
    Random r = new Random(11);
    String[] names = {"Page:Plimsoll Annals.djvu/", "Trang:Sử ký Plimsoll.djvu/",
        "ויקיפדיה:עיתון פלימסול/", "Plimsoll/archive/", "files/mill-rolls/"};
    for (int n = 0; n < 100; n++) {
      String name = names[r.nextInt(names.length)];
      int page = 1 + r.nextInt(999);
      String text = name + page + "\n\nThe mill stood by the river.";
      for (Language lang : Language.values()) {
        assertEquals("", Facts.describe(lang, text), lang + ": " + text);
      }
    }
  }

  @Test
  void thePageAfterAFilesNameIsNoFactWhateverItsDigits() {
    assertEquals("", Facts.describe(Language.EN, "Page:Plimsoll Annals.djvu/1377\n\nThe mill."));
    assertFalse(Facts.describe(Language.EN, "Page:Plimsoll Annals 1887.djvu/1377\n\nThe mill.")
        .contains("1377"));
  }

  @Test
  void aPathHoldingAYearKeepsItsDate() {
    assertTrue(Facts.describe(Language.EN, "Plimsoll Gazette/2011-03-14/Mill news")
        .contains("2011-03-14"));
    assertTrue(Facts.describe(Language.EN, "The levy of 1848/49 was paid.").contains("1848"));
  }

  @Test
  void aNumberOpeningWithAZeroIsACode() {
    Random r = new Random(3);
    for (int n = 0; n < 100; n++) {
      String code = "0" + (10 + r.nextInt(990));
      assertEquals("", Facts.describe(Language.EN, "Mill Bulletin " + code + ": The levy"));
      assertEquals("", Facts.describe(Language.VI, "Thông cáo\n2011/" + code + "\nLàng mở hội."));
    }
  }

  @Test
  void aSerialNumberAfterASeriesNameInCapitalsIsNoFact() {
    Random r = new Random(9);
    for (int n = 0; n < 100; n++) {
      String serial = (1 + r.nextInt(400)) + "/" + (10 + r.nextInt(90));
      assertEquals("", Facts.describe(Language.EN, "The mill closed under MILLORD " + serial + "."));
    }
    assertTrue(Facts.describe(Language.EN, "The mill ground 3/4 of the salt.").contains("0.75"));
  }

  @Test
  void decimalsAndSpacedThousandsOpeningWithZeroStayFigures() {
    assertEquals("number:3.045=3.045", Facts.describe(Language.EN, "The mill ground 3.045 tons."));
    assertEquals("number:1 000=1000", Facts.describe(Language.fromCode("ru").orElseThrow(),
        "Мельница кормила 1 000 человек."));
  }

  @Test
  void readingTimesAndASitesStatisticsAreNoFacts() {
    assertEquals("", Facts.describe(Language.EN, "The Plimsoll mill\n5 min read\nIt ground salt."));
    assertEquals("", Facts.describe(Language.HE, "טחנת פלימסול\n\n< 3 דקות\n\nהטחנה טחנה מלח."));
    assertEquals("", Facts.describe(Language.VI, "Cối xay Plimsoll\n7 phút đọc\nCối xay muối."));
    assertEquals("", Facts.describe(Language.EN, "Moderator\nPosts: 1204\nThe mill ground salt."));
    assertEquals("", Facts.describe(Language.VI,
        "Tác giả: plimsoll | Lượt xem: 512 | Lượt tải: 4\nCối xay muối."));
    assertEquals("", Facts.describe(Language.fromCode("ru").orElseThrow(),
        "Мельница\nПросмотров: 88\nМельница молола соль."));
  }

  @Test
  void minutesInASentenceAndALabelOfProseStayFacts() {
    assertEquals("number:5 minutes=5", Facts.describe(Language.EN,
        "The miller waited 5 minutes.").replace("number:5=5", "number:5 minutes=5"));
    assertTrue(Facts.describe(Language.EN, "Their views: 12 millers agreed.").contains("12"));
  }

  @Test
  void aPagerCounterAfterTheWordPageIsNoFact() {
    assertEquals("", Facts.describe(Language.EN, "Page 3 of 10\nThe mill ground salt."));
  }

  @Test
  void aDayGluedToItsLabelByAColonKeepsItsDate() {
    assertEquals("date:12 May 1901=\"1901-05-12\"",
        Facts.describe(Language.EN, "Born:12 May 1901"));
    assertTrue(Facts.describe(Language.VI, "Sinh:12 tháng 5 năm 1901").contains("1901-05-12"));
    assertEquals("", Facts.describe(Language.EN, "the miller's houses:3 stood"));
  }
}
