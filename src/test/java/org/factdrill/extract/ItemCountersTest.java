package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A carousel's or pager's counter ("1 / 7" under a picture, "Photo 3 of 12") says which item is
 * shown, not how many of anything there are; counts in sentences stay facts.
 */
class ItemCountersTest {
  // sentences made up for this test
  private static final Map<Language, String[]> CAPTIONS = Map.of(
      Language.EN, new String[] {"Photo", "of", "Show Caption + Hide Caption – Photo Credit"},
      Language.VI, new String[] {"Ảnh", "trên", "Xem chú thích – Ảnh: Tư liệu"},
      Language.HE, new String[] {"תמונה", "מתוך", "הצג כיתוב – צילום: ארכיון"},
      Language.fromCode("ru").orElseThrow(), new String[] {"Фото", "из", "Показать подпись – Фото: архив"});

  @Test
  void countersOpeningALineOrAfterAPictureWordAreNoFacts() {
    Random r = new Random(7);
    for (Language lang : CAPTIONS.keySet()) {
      String[] w = CAPTIONS.get(lang);
      for (int n = 0; n < 100; n++) {
        int total = 2 + r.nextInt(40);
        int item = 1 + r.nextInt(total);
        String[] shapes = {item + " / " + total + " " + w[2],
            w[0] + " " + item + " " + w[1] + " " + total,
            w[0] + " " + item + " / " + total + " " + w[2],
            item + " " + w[1] + " " + total};
        for (String s : shapes) {
          String text = "Plimsoll 1848\n" + s + "\nPlimsoll.";
          List<Fact> facts = Facts.of(lang, text);
          assertEquals(1, facts.size(), lang + ": " + text + " -> " + facts);
        }
      }
    }
  }

  @Test
  void aCountInASentenceOrALaterItemThanTheTotalStaysAFact() {
    assertEquals("number:3=3 | number:12=12", Facts.describe(Language.EN,
        "3 of 12 ships sank."));
    assertEquals("number:12=12 | number:7=7", Facts.describe(Language.EN,
        "12 / 7 Show Caption"));
    assertEquals("number:3=3 | number:12=12", Facts.describe(Language.EN,
        "The patrol lost 3 of 12 soldiers."));
  }

  @Test
  void aDateWrittenWithSpacedSlashesIsNoCounter() {
    String facts = Facts.describe(Language.VI, "1 / 7 / 1975\nLàng Plimsoll mở hội.");
    assertTrue(facts.contains("1975"), facts);
  }
}
