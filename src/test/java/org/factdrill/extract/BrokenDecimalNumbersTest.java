package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
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
}
