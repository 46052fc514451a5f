package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.factdrill.extract.Fact;
import org.factdrill.extract.FactKind;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A four-digit number extraction read as a plain count, whose frame says it is a year ("בשנת
 * 5655 לבריאת העולם", "ל-2020", "vào năm 1509"), is not asked with count-style options.
 */
class YearFrameTest {
  private static boolean yearAsCount(Language lang, String text, String number, String unit) {
    int at = text.indexOf(number);
    Fact f = new Fact(at, at + number.length(), number, FactKind.NUMBER,
        new Value.Num(new BigDecimal(number)), unit, false, null);
    return YearFrame.yearAsCount(lang, text, f);
  }

  @Property(tries = 60, seed = "1616")
  void aFourDigitNumberAfterAYearWordOrAPrefixIsAYear(@ForAll @IntRange(min = 1000, max = 9999) int y) {
    String n = String.valueOf(y);
    assertTrue(yearAsCount(Language.HE, "בית הכנסת נבנה בשנת " + n + " לבריאת העולם.", n,
        "לבריאת")); // extraction may take the era's first word for a counted noun
    assertTrue(yearAsCount(Language.HE, "התוכנית נדחתה ל-" + n + " אחרי הדיונים.", n, null));
    assertTrue(yearAsCount(Language.HE, "הבניין הושלם ב" + n + " על ידי הקהילה.", n, null));
    assertTrue(yearAsCount(Language.VI, "Ngôi chùa được xây lại vào năm " + n + " bởi dân làng.", n, null));
  }

  @Property(tries = 60, seed = "1616")
  void aCountWithItsNounOrWithoutAYearFrameStaysACount(
      @ForAll @IntRange(min = 1000, max = 9999) int y) {
    String n = String.valueOf(y);
    assertFalse(yearAsCount(Language.HE, "בעיר התגוררו " + n + " תושבים לפי המפקד.", n, "תושבים"));
    assertFalse(yearAsCount(Language.HE, "בשנת המפקד נמנו " + n + " תושבים בעיר.", n, null));
    assertFalse(yearAsCount(Language.HE, "המספר עלה ל-" + n + " תושבים.", n, "תושבים"));
    assertFalse(yearAsCount(Language.EN, "The mill employed " + n + " workers that winter.", n, null));
    assertFalse(yearAsCount(Language.VI, "Có " + n + " người tham gia cuộc họp.", n, null));
    assertFalse(yearAsCount(Language.HE, "נבנו " + n + "0 בתים.", n + "0", null));
  }
}
