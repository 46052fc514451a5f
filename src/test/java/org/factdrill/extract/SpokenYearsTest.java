package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Years said in words (pack feature spoken-years, English): read as one year, the whole phrase,
 * never split into two numbers; generated over every year and the ways English says them.
 */
class SpokenYearsTest {
  private static final String[] UNITS = {"", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen"};
  private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
      "seventy", "eighty", "ninety"};

  private static String below100(int n, Random rnd) {
    if (n < 20) {
      return UNITS[n];
    }
    return TENS[n / 10] + (n % 10 == 0 ? "" : (rnd.nextBoolean() ? "-" : " ") + UNITS[n % 10]);
  }

  /** The year as English says it, in one of its spoken forms. */
  static String spoken(int y, Random rnd) {
    int hi = y / 100;
    int lo = y % 100;
    if (y >= 2000 && y < 2010 || y >= 2000 && rnd.nextInt(3) == 0) {
      return "two thousand" + (lo == 0 ? "" : (rnd.nextBoolean() ? " and " : " ")
          + below100(lo, rnd));
    }
    if (lo == 0) {
      return below100(hi, rnd) + " hundred";
    }
    if (lo < 10) {
      return below100(hi, rnd) + (rnd.nextBoolean() ? " oh " + UNITS[lo]
          : " hundred and " + UNITS[lo]);
    }
    return below100(hi, rnd) + " " + below100(lo, rnd);
  }

  @Test
  void aYearInWordsIsOneYearAfterATimeWordOrAMonth() {
    Random rnd = new Random(2012);
    String[] forms = {"The fort was built in %s by the settlers.",
        "Trade grew steadily since %s along the coast.",
        "It began in May of %s with a strike.", "The mill opened in October %s near the river.",
        "On June fourth, %s, the assembly voted.", "The bridge of %s still stands over the river."};
    for (int n = 0; n < 1500; n++) {
      int y = 1100 + rnd.nextInt(990);
      String words = spoken(y, rnd);
      String form = forms[rnd.nextInt(forms.length)];
      String text = String.format(form, words);
      List<Fact> facts = Facts.of(Language.EN, text);
      assertEquals(1, facts.size(), text + " -> " + facts);
      Fact f = facts.get(0);
      assertEquals(FactKind.DATE, f.kind(), text);
      String iso = ((Value.Date) f.value()).iso();
      assertEquals(String.valueOf(y), iso.substring(0, 4), text);
      assertTrue(f.text().endsWith(words), text + " -> " + f.text());
    }
  }

  @Test
  void pairsFromThirteenToNineteenAreYearsWhereverTheyStand() {
    Random rnd = new Random(1969);
    for (int n = 0; n < 500; n++) {
      int y = 1300 + rnd.nextInt(700);
      if (y % 100 < 10) {
        continue;
      }
      String words = spoken(y, rnd);
      if (words.startsWith("two thousand")) {
        continue;
      }
      String text = "Historians still argue about " + words + " and what it changed.";
      assertEquals("date:" + words + "=\"" + y + "\"", Facts.describe(Language.EN, text), text);
    }
  }

  @Test
  void cardinalsAndClockTimesStayNumbers() {
    assertEquals("number:two thousand=2000", Facts.describe(Language.EN,
        "Some two thousand soldiers marched to the coast."));
    assertTrue(!Facts.describe(Language.EN, "The guards changed at twelve thirty every night.")
        .contains("date:"));
    assertEquals("number:nineteen=19", Facts.describe(Language.EN,
        "The council had nineteen members then."));
  }

  @Test
  void otherLanguagesAreUntouched() {
    // The feature is English's way of saying years; without it a pack reads cardinals only.
    assertTrue(!Language.VI.pack().has("spoken-years"));
    assertTrue(!Language.HE.pack().has("spoken-years"));
  }
}
