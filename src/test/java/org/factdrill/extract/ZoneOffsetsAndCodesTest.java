package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A time zone's offset after a time standard's name, and a long run of digits written without a
 * thousands mark (a code), are no facts in any language; a grouped large figure stays one.
 */
class ZoneOffsetsAndCodesTest {
  private static final Language RU = Language.fromCode("ru").orElseThrow();
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE, RU};
  // made up for this test: a label of a box in each language, and a sentence with one fact (300)
  private static final String[] LABEL = {"Time zone", "Múi giờ", "אזור זמן", "Часовой пояс"};
  private static final String[] FACT = {
      "The army had 300 soldiers.", "Quân đội có 300 người lính.", "לצבא היו 300 חיילים.",
      "В армии было 300 солдат."};

  @Test
  void aTimeZoneOffsetIsNoFact() {
    Random r = new Random(2);
    String[] names = {"UTC", "GMT"};
    String[] signs = {"+", "-", "\u2212", "\u00b1"};
    for (int k = 0; k < 300; k++) {
      int l = r.nextInt(LANGS.length);
      String offset = names[r.nextInt(2)] + (r.nextBoolean() ? " " : "")
          + signs[r.nextInt(signs.length)] + (1 + r.nextInt(12))
          + (r.nextInt(3) == 0 ? ":30" : "");
      String text = LABEL[l] + " " + offset + "\n" + FACT[l];
      assertEquals("number:300=300", Facts.describe(LANGS[l], text), text);
    }
  }

  @Test
  void aLongUngroupedDigitRunIsACodeNotAFigure() {
    Random r = new Random(13);
    for (int k = 0; k < 300; k++) {
      int l = r.nextInt(LANGS.length);
      StringBuilder code = new StringBuilder().append(1 + r.nextInt(9));
      for (int d = LongCodes.MIN_DIGITS - 1 + r.nextInt(5); d > 0; d--) {
        code.append(r.nextInt(10));
      }
      String text = LABEL[l] + " " + code + "\n" + FACT[l];
      assertEquals("number:300=300", Facts.describe(LANGS[l], text), text);
    }
    // a large figure with its thousands marked stays a figure
    String grouped = "The country had 1,234,567,890 people.";
    assertEquals("number:1,234,567,890=1234567890",
        Facts.describe(Language.EN, grouped).replaceAll(" \\| .*", ""), grouped);
  }

  @Test
  void aYearLikeNumberBeforeACountOfATextsPartsIsACount() {
    String[] texts = {"The poem has 1887 verses.", "Bài thơ có 1887 câu lục bát.",
        "בשיר יש 1887 שורות.", "В поэме 1887 строк."};
    for (int l = 0; l < LANGS.length; l++) {
      String d = Facts.describe(LANGS[l], texts[l]);
      assertEquals(true, d.startsWith("number:1887") && !d.contains("date:"), texts[l] + " -> " + d);
    }
  }
}
