package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** An amount in a currency's minor unit ("50 cents", "25¢", "30 pence") is money, not a count. */
class MinorUnitsTest {

  private static String d(String s) {
    return Facts.describe(Language.EN, s);
  }

  private static String money(String text, BigDecimal amount, String code) {
    return "money:" + text + "={\"amount\":" + amount.stripTrailingZeros().toPlainString()
        + ",\"currency\":\"" + code + "\"}";
  }

  @Test
  void everyCountOfCentsIsAHundredthOfADollar() {
    String[] frames = {"A loaf of bread cost %s at the mill.", "The toll was raised to %s in the spring.",
        "Each ticket sold for %s that summer."};
    for (int n = 1; n <= 99; n++) {
      BigDecimal v = BigDecimal.valueOf(n, 2);
      for (String frame : frames) {
        String cents = n + (n == 1 ? " cent" : " cents");
        assertEquals(money(cents, v, "USD"), d(String.format(frame, cents)), cents);
        String sign = n + "¢";
        assertEquals(money(sign, v, "USD"), d(String.format(frame, sign)), sign);
      }
    }
  }

  @Test
  void centsWrittenInWordsAndOtherMinorUnits() {
    assertEquals(money("twenty-five cents", new BigDecimal("0.25"), "USD"),
        d("The fare was twenty-five cents a ride."));
    assertEquals(money("30 pence", new BigDecimal("0.3"), "GBP"),
        d("A pint of milk cost 30 pence in the village shop."));
    assertEquals(money("50 kopecks", new BigDecimal("0.5"), "RUB"),
        d("The newspaper sold for 50 kopecks at the kiosk."));
  }

  @Test
  void centsAfterAnAmountAndPerCentAreAsBefore() {
    assertEquals(money("$20 and 43 cents", new BigDecimal("20.43"), "USD"), d("$20 and 43 cents"));
    assertEquals("percent:12 per cent=12", d("Prices rose by 12 per cent in the year."));
  }
}
