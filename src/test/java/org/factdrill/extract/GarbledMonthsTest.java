package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A month name a scan garbled (one letter changed, dropped, added or swapped, or split by a
 * space) never yields a wrong date: it is read as the one month one letter from it, else not
 * at all (the year stays, the day is no count). ICU writes the dates; the garbling is random
 * with a fixed seed.
 */
class GarbledMonthsTest {

  @Test
  void aGarbledMonthNeverYieldsAWrongDateNorADayAsACount() {
    Random r = new Random(6);
    int checked = 0;
    for (String code : List.of("en", "ru", "he")) {
      Language lang = Language.fromCode(code).orElseThrow();
      Map<String, Integer> forms = lang.pack().monthForms();
      DateFormat fmt = DateFormat.getInstanceForSkeleton("dMMMMy", new ULocale(code));
      fmt.setTimeZone(TimeZone.GMT_ZONE);
      GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE);
      for (int n = 0; n < 1500; n++) {
        g.clear();
        g.set(1800 + r.nextInt(220), r.nextInt(12), 1 + r.nextInt(28));
        String date = fmt.format(g.getTime());
        String month = monthWord(date, forms, lang);
        if (month == null) {
          continue;
        }
        String bad = garble(month, r);
        if (forms.containsKey(bad.toLowerCase(lang.pack().locale()).replace(" ", ""))
            || bad.equals(month)) {
          continue; // the scan wrote another month: the text says that month
        }
        String text = "Plimsoll " + date.replace(month, bad) + " Quorvex.";
        int day = g.get(GregorianCalendar.DAY_OF_MONTH);
        for (Fact f : Facts.of(lang, text)) {
          if (f.value() instanceof Value.Date d) {
            // a year, or what is left of the month is still that month ("בינו אר": "ינו")
            String right = String.format("%02d-%02d", g.get(GregorianCalendar.MONTH) + 1, day);
            assertTrue(d.iso().matches("\\d{4}") || d.iso().endsWith(right)
                || d.iso().endsWith(right.substring(0, 2)), text + " -> " + d.iso());
          } else if (letters(bad, lang) >= 3) { // "ма", "במי": too little left to tell a month
            assertFalse(f.value().json().equals(String.valueOf(day)), text + " -> " + f.text());
          }
        }
        checked++;
      }
    }
    assertTrue(checked > 3000, "checked " + checked);
  }

  @Test
  void aMonthWithTwoLettersWrongIsNotMistakenForOne() {
    assertEquals(false, GarbledMonths.oneEdit("marcli", "march"));
    assertEquals(true, GarbledMonths.oneEdit("jnne", "june"));
    assertEquals(true, GarbledMonths.oneEdit("jnue", "june"));
    assertEquals(true, GarbledMonths.oneEdit("octobr", "october"));
    assertEquals(true, GarbledMonths.oneEdit("septembre", "september"));
  }

  @Test
  void aWordOneLetterFromOnlyOneMonthIsThatMonthAndFromTwoIsNone() {
    assertEquals("date:QJUNE 4, 1902=\"1902-06-04\"", Facts.describe(Language.EN,
        "QJUNE 4, 1902. Plimsoll."));
    assertEquals("date:9 Augnst 1911=\"1911-08-09\"", Facts.describe(Language.EN,
        "On 9 Augnst 1911 Plimsoll fell."));
    // "Mav" is one letter from May and from Mar: no month, and the day is no count
    assertEquals("date:1911=\"1911\"", Facts.describe(Language.EN, "On 9 Mav 1911 Plimsoll fell."));
    // without a day and a year beside it a misspelt word is no month
    assertEquals("", Facts.describe(Language.EN, "The Augnst ship sank."));
  }

  @Test
  void aRealMonthAndACountBeforeANameStayFacts() {
    assertEquals("date:6 June 1944=\"1944-06-06\"", Facts.describe(Language.EN,
        "On 6 June 1944 the army landed."));
    assertEquals("number:6=6 | date:1944=\"1944\"", Facts.describe(Language.EN,
        "The 6 Plimsolls of 1944 landed."));
  }

  /** The word of {@code date} that is a month form of the pack (prefix letters allowed). */
  private static String monthWord(String date, Map<String, Integer> forms, Language lang) {
    for (String w : date.split("[\\s,.]+")) {
      String low = w.toLowerCase(lang.pack().locale());
      if (forms.containsKey(low) || low.length() > 1 && forms.containsKey(low.substring(1))) {
        return w;
      }
    }
    return null;
  }

  /** The letters of {@code w} without a prefix letter of the pack and spaces. */
  private static int letters(String w, Language lang) {
    String s = w.replace(" ", "");
    return lang.pack().prefixes().indexOf(s.charAt(0)) >= 0 ? s.length() - 1 : s.length();
  }

  /** One scan error in {@code w}, never in a Hebrew prefix letter. */
  private static String garble(String w, Random r) {
    int from = w.length() > 3 && !Character.isUpperCase(w.charAt(0))
        && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.HEBREW ? 1 : 0;
    int k = from + 1 + r.nextInt(w.length() - from - 1);
    char other = w.charAt(r.nextInt(w.length()));
    switch (r.nextInt(5)) {
      case 0:
        return w.substring(0, k) + other + w.substring(k + 1);
      case 1:
        return w.substring(0, k) + w.substring(k + 1);
      case 2:
        return w.substring(0, k) + other + w.substring(k);
      case 3:
        return k + 1 < w.length() ? w.substring(0, k) + w.charAt(k + 1) + w.charAt(k)
            + w.substring(k + 2) : w.substring(0, k);
      default:
        return w.substring(0, k) + " " + w.substring(k);
    }
  }
}
