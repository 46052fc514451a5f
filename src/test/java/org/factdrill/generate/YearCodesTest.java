package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.extract.Value;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A document number written with its year's two last digits after a slash ("order 212/87")
 * gives away the year of a blank beside it; a day and month ("4/6"), a share ("3/4") or a code
 * of another year does not. Cases are generated from invented code words and numbers.
 */
class YearCodesTest {
  private static final String[] CODE_WORDS = {"NAVORD", "Directive", "Order", "Resolution",
      "Decree", "KX-7"};

  @Test
  void aCodeWithTheYearsTwoDigitsGivesTheYearAway() {
    Random r = new Random(15);
    for (int i = 0; i < 2000; i++) {
      int year = 1900 + r.nextInt(125);
      String iso = r.nextBoolean() ? String.valueOf(year)
          : year + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9);
      int serial = 1 + r.nextInt(900);
      boolean word = serial <= 31 || r.nextBoolean();
      String code = (word ? CODE_WORDS[r.nextInt(CODE_WORDS.length)] + " " : "") + serial + "/"
          + String.format("%02d", year % 100);
      String prompt = "The office issued " + code + " on _____ for the fleet.";
      assertTrue(YearCodes.givesYear(prompt, new Value.Date(iso)), prompt + " " + iso);
      int other = year + 1 + r.nextInt(50);
      assertFalse(YearCodes.givesYear(prompt, new Value.Date(String.valueOf(other))),
          prompt + " " + other);
    }
  }

  @Test
  void aDayAndMonthOrAShareIsNoYearCode() {
    Random r = new Random(16);
    for (int i = 0; i < 2000; i++) {
      int year = 1900 + r.nextInt(125);
      int day = 1 + r.nextInt(31);
      String shown = switch (r.nextInt(3)) {
        case 0 -> "the meeting of " + (1 + r.nextInt(12)) + "/" + String.format("%02d", year % 100);
        case 1 -> "about " + day + "/" + String.format("%02d", year % 100) + " of the crew";
        default -> "on page " + day + "/" + String.format("%02d", year % 100) + ".1";
      };
      assertFalse(YearCodes.givesYear(shown + " in _____", new Value.Date(String.valueOf(year))),
          shown + " " + year);
    }
  }

  @Test
  void aBlankBesideItsYearCodeIsNotAsked() {
    String text = "Harbour Notes\n\nThe harbour office of Torvel was opened in 1954 by the guild."
        + " On June 4, 1999, the harbour master designated the old quay for special care with"
        + " the issuance of QUAYORD 212/99. The quay had been rebuilt in 1961 after a storm.\n";
    Result res = Fixtures.extracted(Language.EN, text);
    assertEquals(0, Fixtures.asking(res, "June 4, 1999").size(),
        res.report().format(res.bank()));
    assertFalse(Fixtures.asking(res, "1961").isEmpty(), res.report().format(res.bank()));
  }
}
