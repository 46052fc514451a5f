package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Dates glued to their neighbours by a lost separator (issue 19 item 4), on dates ICU writes in
 * each language's long form: two dates glued year-to-day are two dates; a label glued to a day
 * ("Signed7 May 1945") leaves the date whole; a model name glued to a number still is no date.
 */
class GluedDatesTest {
  /** "d MMMM y" in the language; Vietnamese writes "ngày" before the day and "năm" before the year. */
  private static String longDate(Language lang, int y, int m, int d, boolean withDayWord) {
    String pattern = lang.code().equals("vi") ? (withDayWord ? "'ngày' " : "") + "d MMMM 'năm' y"
        : "d MMMM y";
    return new SimpleDateFormat(pattern, lang.pack().locale())
        .format(new GregorianCalendar(y, m - 1, d).getTime());
  }

  private static List<String> dates(Language lang, String text) {
    return Facts.of(lang, text).stream().filter(f -> f.kind() == FactKind.DATE)
        .map(f -> ValueJson.node(f.value()).asText()).toList();
  }

  @Test
  void twoDatesGluedYearToDayAreTwoDates() {
    Random rnd = new Random(401);
    for (Language lang : Language.values()) {
      for (int n = 0; n < 500; n++) {
        int y1 = 1600 + rnd.nextInt(499); // Gregorian throughout (ICU switches to Julian before 1582)
        int y2 = Math.min(2100, y1 + rnd.nextInt(3));
        int m1 = 1 + rnd.nextInt(12);
        int m2 = 1 + rnd.nextInt(12);
        int d1 = 1 + rnd.nextInt(28);
        int d2 = 1 + rnd.nextInt(28);
        String text = longDate(lang, y1, m1, d1, true) + longDate(lang, y2, m2, d2, false);
        assertEquals(List.of(String.format("%04d-%02d-%02d", y1, m1, d1),
            String.format("%04d-%02d-%02d", y2, m2, d2)), dates(lang, text),
            lang.code() + ": " + text);
      }
    }
  }

  @Test
  void aLabelGluedToADayLeavesTheDateWhole() {
    Random rnd = new Random(402);
    for (Language lang : Language.values()) {
      String letters = lang.code().equals("he") ? "אבגדהוזחטיכלמנסעפצקרשת"
          : lang.code().equals("ru") ? "абвгдежзиклмнопрстуф" : "bcdfghklmnprstvaeiou";
      for (int n = 0; n < 500; n++) {
        StringBuilder label = new StringBuilder();
        for (int k = 3 + rnd.nextInt(6); k > 0; k--) {
          label.append(letters.charAt(rnd.nextInt(letters.length())));
        }
        if (rnd.nextBoolean()) {
          label.setCharAt(0, Character.toUpperCase(label.charAt(0)));
        }
        int y = 1800 + rnd.nextInt(220);
        int m = 1 + rnd.nextInt(12);
        int d = 1 + rnd.nextInt(28);
        String text = label + longDate(lang, y, m, d, false);
        if (Lexicon.of(lang).number(label.toString().toLowerCase()) != null
            || Lexicon.of(lang).month(label.toString().toLowerCase()) > 0) {
          continue; // a numeral or month word is no label
        }
        assertEquals(List.of(String.format("%04d-%02d-%02d", y, m, d)), dates(lang, text),
            lang.code() + ": " + text);
      }
    }
  }

  @Test
  void modelNamesGluedToNumbersStayNoDates() {
    Random rnd = new Random(403);
    for (int n = 0; n < 500; n++) {
      String model = (char) ('A' + rnd.nextInt(26)) + (rnd.nextBoolean() ? "" : "-");
      int d = 1 + rnd.nextInt(28);
      int y = 1800 + rnd.nextInt(220);
      String text = "The " + model + d + " " + longDate(Language.EN, y, 5, 1, false).substring(2);
      for (String v : dates(Language.EN, text)) {
        assertTrue(v.length() <= 7, text + " -> " + v);
      }
    }
  }

  @Test
  void gluedDatesAreSplitWhateverCitationMarkersTheTextHolds() {
    // Dropping markers and splitting glued runs change the token count in opposite directions:
    // a text holding as many marker tokens as glued runs must still get both edits.
    Random rnd = new Random(402);
    for (Language lang : Language.values()) {
      for (int n = 0; n < 200; n++) {
        int pairs = 1 + rnd.nextInt(6);
        int markers = rnd.nextInt(3);
        StringBuilder text = new StringBuilder();
        List<String> expected = new java.util.ArrayList<>();
        for (int k = 0; k < pairs; k++) {
          int y1 = 1600 + rnd.nextInt(400);
          int y2 = y1 + rnd.nextInt(3);
          int m1 = 1 + rnd.nextInt(12);
          int m2 = 1 + rnd.nextInt(12);
          int d1 = 1 + rnd.nextInt(28);
          int d2 = 1 + rnd.nextInt(28);
          text.append(longDate(lang, y1, m1, d1, true)).append(longDate(lang, y2, m2, d2, false));
          text.append(k < markers ? "[" + (k + 1) + "]" : "").append(".\n");
          expected.add(String.format("%04d-%02d-%02d", y1, m1, d1));
          expected.add(String.format("%04d-%02d-%02d", y2, m2, d2));
        }
        assertEquals(expected, dates(lang, text.toString()), lang.code() + ": " + text);
      }
    }
  }
}
