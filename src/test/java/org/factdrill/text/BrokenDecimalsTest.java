package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decimal broken after its point by a line's end, the fraction's digits and a scale word opening
 * the next line, is one number: the point is no sentence's end, in any language with scale words.
 * Digits opening a line without a scale word (a count, a list number) still start a sentence.
 */
class BrokenDecimalsTest {
  private static List<String> split(String text, Language lang) {
    return Sentences.split(text, lang).stream().map(s -> s.of(text).strip()).toList();
  }

  @Test
  void aPointBeforeALineOfDigitsAndAScaleWordIsInsideANumber() {
    for (String[] c : new String[][] {
        {"en", "In the war of Zelbin about 2.\n5 million people fled their homes.", "million"},
        {"en", "The debt of Marnov rose to 14.\n25 billion crowns by the end of the war.", "billion"},
        {"he", "במלחמת זלבין ברחו מבתיהם כ-2.\n5 מיליון בני אדם.", "מיליון"}}) {
      List<String> s = split(c[1], Language.fromCode(c[0]).orElseThrow());
      assertEquals(1, s.size(), c[1] + " -> " + s);
    }
  }

  @Test
  void digitsOpeningALineWithoutAScaleWordStartASentence() {
    assertEquals(2, split("The fort of Zelbin fell in 1871.\n12 soldiers of Marnov died there.",
        Language.EN).size());
    assertEquals("The fort of Zelbin fell in 1871.",
        split("The fort of Zelbin fell in 1871.\n2. The siege of Marnov", Language.EN).get(0));
    assertEquals(2, split("מבצר זלבין נפל בשנת 1871.\n12 חיילים נהרגו בו.", Language.HE).size());
  }
}
