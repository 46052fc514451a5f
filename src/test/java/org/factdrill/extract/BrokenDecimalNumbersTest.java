package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.factdrill.generate.PromptBuilder;
import org.factdrill.text.Language;
import org.factdrill.text.Sentences;
import org.junit.jupiter.api.Test;

/**
 * A number a fixed-width page broke after its decimal point ("2.\n5 million") is read whole, with
 * its scale word; digits opening the next line without a scale word stay a number of their own.
 */
class BrokenDecimalNumbersTest {
  @Test
  void aDecimalBrokenAcrossALineIsOneNumber() {
    assertTrue(Facts.describe(Language.EN, "In the war of Zelbin about 2.\n5 million people fled.")
        .contains("=2500000"), "en");
    assertTrue(Facts.describe(Language.HE, "במלחמת זלבין ברחו מבתיהם 14.\n25 מיליון בני אדם.")
        .contains("=14250000"), "he");
  }

  @Test
  void digitsOpeningALineWithoutAScaleWordAreTheirOwnNumber() {
    assertEquals("date:1871=\"1871\" | number:12=12",
        Facts.describe(Language.EN, "The fort of Zelbin fell in 1871.\n12 soldiers died there."));
  }

  @Test
  void everyDecimalBrokenAfterItsPointBeforeAScaleWordIsOneNumberInOneSentence() {
    // language, decimal mark, the words before the number, a scale word, filler words
    Object[][] cases = {
        {Language.EN, '.', "lost about", "million", "the army men during long winter of war"},
        {Language.HE, '.', "איבד כמעט", "מיליון", "הצבא חיילים במהלך החורף הארוך של המלחמה"},
        {Language.VI, ',', "mất khoảng", "triệu", "quân đội người trong mùa đông dài chiến tranh"}};
    Random r = new Random(7);
    for (int k = 0; k < 600; k++) {
      Object[] c = cases[r.nextInt(cases.length)];
      Language lang = (Language) c[0];
      String[] words = ((String) c[4]).split(" ");
      StringBuilder line = new StringBuilder();
      for (int w = 1 + r.nextInt(8); w > 0; w--) {
        line.append(words[r.nextInt(words.length)]).append(' ');
      }
      int head = 1 + r.nextInt(r.nextBoolean() ? 9 : 999);
      int frac = 1 + r.nextInt(9);
      String sentence = line + (String) c[2] + " " + head + c[1] + "\n" + frac + " " + c[3] + " "
          + words[r.nextInt(words.length)] + ".";
      String text = "Zelbin\n\n" + sentence;
      String value = new BigDecimal(head + "." + frac).multiply(BigDecimal.valueOf(1_000_000))
          .stripTrailingZeros().toPlainString();
      assertTrue(Facts.of(lang, text).stream().map(f -> f.value().json().toString())
          .anyMatch(v -> v.equals(value) || v.contains("\"amount\":" + value + ",")), text);
      assertEquals(2, Sentences.split(text, lang).size(), text); // the title and one sentence
      assertTrue(PromptBuilder.clean(sentence).contains(head + "" + c[1] + frac + " "), sentence);
    }
  }
}
