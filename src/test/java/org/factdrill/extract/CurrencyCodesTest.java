package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * ISO codes are read beside an amount, in capitals as written; {@link Currencies#code} refuses a
 * word that is not three characters long before looking it up, which is right only while every
 * code is three letters.
 */
class CurrencyCodesTest {
  @Test
  void everyCodeIsThreeCapitalLetters() {
    for (String c : Currencies.CODES) {
      assertTrue(c.matches("[A-Z]{3}"), c);
    }
  }

  @Test
  void aCodeIsReadOnlyAsWrittenInCapitals() {
    assertEquals("EUR", Currencies.code("EUR"));
    assertEquals("CNY", Currencies.code("RMB"));
    assertEquals("ILS", Currencies.code("NIS"));
    assertNull(Currencies.code("eur"));
    assertNull(Currencies.code("EURO"));
    assertNull(Currencies.code("EU"));
  }

  @Test
  void aCodeOrAbbreviationBeforeDigitsStartsAnAmount() {
    Language en = Language.fromCode("en").orElseThrow();
    assertTrue(Facts.describe(en, "It cost EUR 20 then.").contains("\"currency\":\"EUR\""));
    assertTrue(Facts.describe(en, "It cost Rs. 20 then.").contains("\"currency\":\"INR\""));
    assertTrue(Facts.describe(en, "It cost US$ 5 then.").contains("\"currency\":\"USD\""));
    assertTrue(Facts.describe(en, "It cost A$5 then.").contains("\"currency\":\"AUD\""));
    assertTrue(Facts.describe(en, "It cost a$5 then.").contains("\"currency\":\"USD\""));
  }
}
