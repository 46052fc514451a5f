package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A range of years writes its era once, after the second end: both ends are years of that era
 * (BC: the first end is the larger number; AD: the smaller). Two bare numbers stay numbers.
 */
class SharedEraRangesTest {
  // sentences made up for this test; each row: language, sentence with %s for the range, era phrases
  private static final List<String[]> FRAMES = List.of(
      new String[] {"en", "The first kingdom (%s) ruled the delta.", "BC", "BCE", "B.C."},
      new String[] {"vi", "Đời vua đầu tiên (%s) gọi là Văn Lang.", "trước Công nguyên", "TCN", "trước Tây lịch"},
      new String[] {"he", "הממלכה הראשונה (%s) שלטה בדלתא.", "לפנה\"ס", "לפני הספירה"},
      new String[] {"ru", "Первое царство (%s) правило дельтой.", "до н. э.", "до нашей эры"});

  private static String iso(int y) {
    return "-" + String.format("%04d", y);
  }

  @Test
  void aBareNumberADashAndAYearWithABcEraAreABcRangeFromTheLargerNumber() {
    Random r = new Random(2897);
    String[] dashes = {" - ", "-", "–", " – "};
    int checked = 0;
    for (String[] f : FRAMES) {
      Language lang = Language.fromCode(f[0]).orElseThrow();
      for (int k = 0; k < 40; k++) {
        int lo = 1 + r.nextInt(2000);
        int hi = lo + 1 + r.nextInt(900);
        String era = f[2 + r.nextInt(f.length - 2)];
        String dash = dashes[r.nextInt(dashes.length)];
        String range = hi + dash + lo + " " + era;
        String text = f[1].formatted(range);
        String got = Facts.describe(lang, text);
        assertTrue(got.startsWith("date:" + range + "=\"" + iso(hi) + "/" + iso(lo) + "\""), text + " -> " + got);
        checked++;
      }
    }
    assertEquals(160, checked);
  }

  // sentences made up for this test; each row: language, sentence with %s for the range, AD phrases
  private static final List<String[]> AD_FRAMES = List.of(
      new String[] {"en", "The second kingdom (%s) ruled the delta.", "AD", "CE", "A.D."},
      new String[] {"vi", "Đời vua thứ hai (%s) đóng đô ở Mê Linh.", "sau Công nguyên", "SCN",
          "sau CN", "sau Tây lịch"},
      new String[] {"he", "הממלכה השנייה (%s) שלטה בדלתא.", "לספירה", "לסה\"נ"},
      new String[] {"ru", "Второе царство (%s) правило дельтой.", "н. э.", "нашей эры"});

  @Test
  void aBareNumberADashAndAYearWithAnAdEraAreAnAdRangeFromTheSmallerNumber() {
    Random r = new Random(476);
    String[] dashes = {" - ", "-", "–", " – "};
    int checked = 0;
    for (String[] f : AD_FRAMES) {
      Language lang = Language.fromCode(f[0]).orElseThrow();
      for (int k = 0; k < 40; k++) {
        int lo = 1 + r.nextInt(1500);
        int hi = lo + 1 + r.nextInt(400);
        String era = f[2 + r.nextInt(f.length - 2)];
        String range = lo + dashes[r.nextInt(dashes.length)] + hi + " " + era;
        String text = f[1].formatted(range);
        String got = Facts.describe(lang, text);
        assertTrue(got.startsWith("date:" + range + "=\"" + String.format("%04d/%04d", lo, hi)
            + "\""), text + " -> " + got);
        // Without the era the two numbers are no years of one era (short numbers stay numbers)
        // after a common noun; in a script without case a noun cannot be told from a name, and
        // a rising pair after a name is a period (BracketedYearRangesTest).
        if (hi < 1000 && !f[1].equals(f[1].toLowerCase(java.util.Locale.ROOT))) {
          String bare = f[1].formatted(lo + " - " + hi);
          assertTrue(!Facts.describe(lang, bare).startsWith("date:"), bare);
        }
        checked++;
      }
    }
    assertEquals(160, checked);
  }

  @Test
  void aWordSayingYearsBeforeTheFirstEndKeepsTheSharedEra() {
    Random r = new Random(336);
    for (int k = 0; k < 40; k++) {
      int lo = 1 + r.nextInt(2000);
      int hi = lo + 1 + r.nextInt(900);
      String range = "השנים " + hi + " - " + lo + " לפני הספירה";
      String got = Facts.describe(Language.HE, "בין " + range + " נבנו ערים רבות.");
      assertTrue(got.startsWith("date:" + range + "=\"" + iso(hi) + "/" + iso(lo) + "\""), got);
    }
  }

  @Test
  void aFallingPairBeforeAnAdYearIsNoAdRange() {
    String got = Facts.describe(Language.EN, "The list (180 - 120 AD) is odd.");
    assertTrue(!got.contains("0180/"), got);
  }

  @Test
  void aRisingPairBeforeABcYearIsNoBcRange() {
    // "258 - 2897 BC" cannot be a span of BC years (the first end would be the later): not read as one.
    String got = Facts.describe(Language.EN, "The list (258 - 2897 BC) is odd.");
    assertTrue(!got.contains("-0258/"), got);
  }

  @Test
  void theWesternCalendarEraPhrasesOfTheVietnamesePackReadAsBcAndAd() {
    assertEquals("date:202 trước Tây lịch - 220 sau Tây lịch=\"-0202/0220\"",
        Facts.describe(Language.VI, "Nhà Hán (202 trước Tây lịch - 220 sau Tây lịch) cai trị.").split(" \\| ")[0]);
  }
}
