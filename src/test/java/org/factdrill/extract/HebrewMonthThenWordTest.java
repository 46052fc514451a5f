package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A Hebrew-calendar day and month followed by a common word ("ב׳ באייר של אותה שנה", "עד ט׳
 * בתשרי כל שנה"): a writer who marks the day's numeral marks the year's, so the bare word is no
 * year written in letters; a year with its gershayim or geresh is. An inscription that marks no
 * numeral ("ז אייר תרפ") still gives its year. Invented sentences.
 */
class HebrewMonthThenWordTest {

  @Test
  void aCommonWordAfterTheMonthIsNoYear() {
    String[] days = {"ב' באייר", "ג׳ בניסן", "י\"ד באדר", "ה' בתשרי", "כ״ט בכסלו", "ז' בשבט"};
    String[] words = {"של אותה שנה", "עד סוף החודש", "כל שנה", "אשר נקבע בחוק", "הוא יום חג",
        "זה נחגג", "בכל שנה", "לא יתקיים"};
    for (String d : days) {
      for (String w : words) {
        String s = "הטקס יתקיים ביום " + d + " " + w + ", ובו ישתתפו 40 נציגים.";
        String got = Facts.describe(Language.HE, s);
        assertFalse(got.contains("date:"), s + " -> " + got);
        assertTrue(got.contains("=40"), s + " -> " + got);
      }
    }
  }

  @Test
  void aYearWrittenAsANumeralStillDatesTheDay() {
    assertEquals("1948-05-14", Facts.valueOf(Facts.of(Language.HE,
        "המדינה הוכרזה ביום ה' באייר תש\"ח בתל אביב."), "ה' באייר תש\"ח"));
    assertEquals("1948-05-14", Facts.valueOf(Facts.of(Language.HE,
        "המדינה הוכרזה ביום ה' באייר ה'תש״ח בתל אביב."), "ה' באייר ה'תש״ח"));
    assertTrue(Facts.describe(Language.HE, "העיר נוסדה בי\"ב בתמוז תרפ\"א על ידי 30 משפחות.")
        .contains("1921"));
    String stone = "פה נטמן יוסף בן משה נפטר ביום ה ט תמוז תרצב ת נ צ ב ה";
    assertTrue(Facts.describe(Language.HE, stone).contains("1932"), Facts.describe(Language.HE, stone));
  }
}
