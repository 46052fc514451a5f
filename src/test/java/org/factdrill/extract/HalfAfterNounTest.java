package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A half written after the counted noun, joined by the and-prefix ("ארבע שנים ומחצה", "שלוש
 * שעות וחצי"), adds a half to the count before the noun, as it does right after the number.
 */
class HalfAfterNounTest {
  private static final Language HE = Language.fromCode("he").orElseThrow();
  private static final List<String> FEMININE = List.of("אחת", "שתי", "שלוש", "ארבע", "חמש", "שש",
      "שבע", "שמונה", "תשע", "עשר");
  private static final List<String> MASCULINE = List.of("אחד", "שני", "שלושה", "ארבעה", "חמישה",
      "שישה", "שבעה", "שמונה", "תשעה", "עשרה");

  @Test
  void aHalfAfterTheCountedNounAddsAHalf() {
    Random r = new Random(1719);
    for (int k = 0; k < 60; k++) {
      int n = 3 + r.nextInt(8); // "שתי שנים" alone is no fact (a trivial two)
      boolean fem = r.nextBoolean();
      String number = fem ? FEMININE.get(n - 1) : MASCULINE.get(n - 1);
      String noun = fem ? List.of("שנים", "שעות").get(r.nextInt(2))
          : List.of("חודשים", "ימים").get(r.nextInt(2));
      String half = r.nextBoolean() ? "וחצי" : "ומחצה";
      String digits = r.nextInt(4) == 0 ? String.valueOf(n) : number;
      String phrase = digits + " " + noun + " " + half;
      String text = "אחרי תקופה של " + phrase + ", חזרו הפועלים אל השדות.";
      assertEquals("number:" + phrase + "=" + n + ".5", Facts.describe(HE, text), text);
    }
  }

  @Test
  void aHalfOfAnotherThingAfterTheNounAddsNothing() {
    String text = "הם עבדו שלוש שנים, וחצי מהם עזבו אחר כך.";
    assertEquals("number:שלוש=3", Facts.describe(HE, text), text);
  }
}
