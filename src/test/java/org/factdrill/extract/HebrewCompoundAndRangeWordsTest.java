package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Two Hebrew words that look like figures and are none. A numeral in words joined by a maqaf or a
 * hyphen to a word that is no numeral is the first part of a compound adjective ("ארבע־להבי",
 * four-bladed), no count; a teen joined the same way ("שלושה־עשר") is still one numeral. And the
 * word for "until" after a Hebrew-calendar day and month ("ט׳ בניסן עד ט״ו בניסן …") is the
 * range's connector, not a year in letters: the first end has no year of its own. A four-digit
 * figure before the word for year ("כ-2000 שנה", a count above ten takes the singular) counts
 * years; a year follows its construct "שנת". Sentences made up for this test.
 */
class HebrewCompoundAndRangeWordsTest {
  private static final Language HE = Language.fromCode("he").orElseThrow();

  @Test
  void aNumeralJoinedByAMaqafToANounIsACompoundAdjectiveNoCount() {
    List<String> numerals = List.of("שתי", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה");
    List<String> nouns = List.of("להבי", "מנועי", "קומתי", "שנתי", "גלגלי", "תותחי");
    for (String n : numerals) {
      for (String noun : nouns) {
        for (String dash : new String[] {"־", "-"}) {
          String text = "לספינה היה מדחף " + n + dash + noun + " ותורן גבוה.";
          String d = Facts.describe(HE, text);
          assertFalse(d.contains("number:"), text + " -> " + d);
        }
      }
    }
    String teen = "בספינה שירתו שלושה־עשר מלחים.";
    assertTrue(Facts.describe(HE, teen).contains("13"), teen + " -> " + Facts.describe(HE, teen));
    String plain = "לספינה היו ארבעה מדחפים.";
    assertTrue(Facts.describe(HE, plain).contains("number:"), Facts.describe(HE, plain));
  }

  @Test
  void aFourDigitFigureBeforeTheWordForYearCountsYearsNoYear() {
    String[] texts = {"העיר נוסדה לפני כ-2000 שנה על ידי סוחרים.",
        "המקדש עמד במקום 1500 שנה עד שנהרס.", "לפני 3000 שנה ישבו כאן רועים.",
        "השושלת שלטה בארץ כ-1200 שנים."};
    for (String text : texts) {
      String d = Facts.describe(HE, text);
      assertFalse(d.contains("date:"), text + " -> " + d);
      assertTrue(d.contains("number:"), text + " -> " + d);
    }
    String year = "בשנת 1500 נבנה המקדש.";
    assertTrue(Facts.describe(HE, year).contains("date:"), Facts.describe(HE, year));
  }

  @Test
  void untilAfterAHebrewCalendarDayIsTheRangesConnectorNoYear() {
    String[] days = {"ט'", "ג'", "י\"ב", "כ\"ג"};
    String[] months = {"בניסן", "באייר", "בתשרי", "באדר"};
    for (String day : days) {
      for (String month : months) {
        String text = "הכנס התקיים מ-3 באפריל עד 9 באפריל 1925 (" + day + " " + month
            + " עד ט\"ו " + month + " התרפ\"ה) בעיר.";
        String d = Facts.describe(HE, text);
        // no date of the fourteenth century (the connector read as the letters of a year)
        assertFalse(d.matches("(?s).*\"1[0-8]\\d\\d-.*"), text + " -> " + d);
      }
    }
  }
}
