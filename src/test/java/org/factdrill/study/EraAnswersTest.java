package org.factdrill.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A typed answer to a date or century before the common era is right with the era in any
 * language's words, nearly right without it, wrong for another year or century; a century of
 * the common era is right as "the Nth century" as well as "the 1800s".
 */
class EraAnswersTest {
  private static Verdict.Kind check(String iso, String typed) {
    return DateAnswers.check(iso, typed, Language.fromCode("en").orElseThrow().pack()).kind();
  }

  @Test
  void aBcYearIsRightWithItsEraInEveryLanguageAndCloseWithout() {
    Random r = new Random(44);
    String[] bc = {"BC", "B.C.", "BCE", "TCN", "trước Công nguyên", "לפנה\"ס", "לפנה״ס",
        "לפני הספירה", "до н. э.", "до нашей эры"};
    for (int k = 0; k < 200; k++) {
      int y = 1 + r.nextInt(3000);
      String iso = String.format("-%04d", y);
      String era = bc[r.nextInt(bc.length)];
      assertEquals(Verdict.Kind.CORRECT, check(iso, y + " " + era), y + " " + era);
      assertEquals(Verdict.Kind.CLOSE, check(iso, String.valueOf(y)), String.valueOf(y));
      assertEquals(Verdict.Kind.WRONG, check(iso, (y + 1) + " " + era), (y + 1) + " " + era);
    }
  }

  @Test
  void aBcDayIsRightAsTypedWithItsEra() {
    assertEquals(Verdict.Kind.CORRECT, check("-0210-03-04", "4 March 210 BC"));
    assertEquals(Verdict.Kind.CLOSE, check("-0210-03-04", "4 March 210"));
    assertEquals(Verdict.Kind.CLOSE, check("-0210-03-04", "210 BC"));
    assertEquals(Verdict.Kind.WRONG, check("-0210-03-04", "4 March 209 BC"));
  }

  @Test
  void aCenturyIsRightAsAnOrdinalOrRomanWithItsEra() {
    for (int n = 1; n <= 30; n++) {
      String bcIso = String.format("-%02d", n - 1);
      String adIso = String.format("%02d", n - 1);
      String[] typedBc = {n + "th century BC", "thế kỷ " + roman(n) + " TCN", "thế kỷ " + n
          + " trước Công nguyên", "המאה ה-" + n + " לפנה\"ס", roman(n) + " век до н. э."};
      for (String t : typedBc) {
        assertEquals(Verdict.Kind.CORRECT, check(bcIso, t), bcIso + " " + t);
        assertEquals(Verdict.Kind.CLOSE, check(adIso, t), adIso + " " + t);
      }
      assertEquals(Verdict.Kind.CLOSE, check(bcIso, n + "th century"), bcIso);
      assertEquals(Verdict.Kind.WRONG, check(bcIso, (n + 1) + "th century BC"), bcIso);
      if (n <= 21) {
        assertEquals(Verdict.Kind.CORRECT, check(adIso, "thế kỷ " + roman(n)), adIso);
      }
      if (n >= 11 && n <= 21) {
        assertEquals(Verdict.Kind.CORRECT, check(adIso, (n - 1) * 100 + "s"), adIso);
      }
    }
    assertEquals(Verdict.Kind.CLOSE, check("-04", "450 BC"));
    assertEquals(Verdict.Kind.WRONG, check("-04", "350 BC"));
  }

  @Test
  void aPeriodWithItsEraWrittenOnceIsRight() {
    assertEquals(Verdict.Kind.CORRECT, check("-04/-02", "5th – 3rd century BC"));
    assertEquals(Verdict.Kind.CORRECT, check("-0348/-0331", "348 – 331 BC"));
    assertEquals(Verdict.Kind.CORRECT, check("-02/07", "thế kỷ 3 TCN – thế kỷ 8"));
    assertEquals(Verdict.Kind.CLOSE, check("-04/-02", "5th – 2nd century BC"));
  }

  /** {@code n} in Roman numerals as ICU writes it (CLDR's numbering systems): the oracle. */
  private static String roman(int n) {
    return new com.ibm.icu.text.RuleBasedNumberFormat(com.ibm.icu.util.ULocale.ROOT,
        com.ibm.icu.text.RuleBasedNumberFormat.NUMBERING_SYSTEM).format(n, "%roman-upper");
  }
}
