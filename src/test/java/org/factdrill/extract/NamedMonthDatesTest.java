package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The named-month date grammar reads its words from the pack: ordinal + weekday dates checked
 * against java.time for every ordinal, weekday and month; a month alone after every word of
 * {@code month-alone-after}; eras in capitals only.
 */
class NamedMonthDatesTest {

  private static List<LanguagePack> packs() {
    List<LanguagePack> packs = new ArrayList<>();
    for (LanguagePack p : LanguagePacks.all()) {
      if (p.setting("dates", "").equals("named-month")) {
        packs.add(p);
      }
    }
    assertFalse(packs.isEmpty(), "no pack declares the named-month grammar");
    return packs;
  }

  private static String d(LanguagePack p, String text) {
    return Facts.describe(Language.fromCode(p.code()).orElseThrow(), text);
  }

  @Test
  void anOrdinalWeekdayOfAMonthIsTheDayTheCalendarGives() {
    for (LanguagePack p : packs()) {
      String[] weekdays = com.ibm.icu.text.DateFormatSymbols.getInstance(p.locale()).getWeekdays();
      String link = p.words("ordinal-date-links").iterator().next();
      int cases = 0;
      for (Map.Entry<String, Integer> o : p.ordinals().entrySet()) {
        if (o.getValue() > 4) {
          continue;
        }
        for (int wd = 1; wd <= 7; wd++) {
          for (int m = 1; m <= 12; m++) {
            String month = p.monthNames().get(0).get(m - 1);
            String text = o.getKey() + " " + weekdays[wd] + " " + link + " " + month + " 2014";
            LocalDate want = LocalDate.of(2014, m, 1).with(TemporalAdjusters.dayOfWeekInMonth(
                o.getValue(), DayOfWeek.SUNDAY.plus(wd - 1)));
            assertEquals("date:" + text + "=\"" + want + "\"", d(p, text));
            cases++;
          }
        }
      }
      assertTrue(cases >= 4 * 7 * 12, p.code() + ": " + cases);
    }
  }

  @Test
  void aCapitalizedMonthStandsAloneAfterEveryListedWord() {
    for (LanguagePack p : packs()) {
      String month = p.monthNames().get(0).get(10); // not a month that is also a word
      for (String w : p.words("month-alone-after")) {
        String got = d(p, "It happened " + w + " " + month + ".");
        assertTrue(got.startsWith("date:" + month + "=\"--11\""), w + ": " + got);
      }
      String lower = month.toLowerCase(Locale.ROOT);
      assertFalse(d(p, "It happened in " + lower + " somewhere").startsWith("date:"), lower);
    }
  }

  @Test
  void erasAreReadInCapitalsOnly() {
    for (LanguagePack p : packs()) {
      for (String bc : p.words("era-bc")) {
        // "b . c ." is written "B.C."; a name of words as ICU writes it, "Before Christ".
        String era = bc.matches(".*\\p{L}{2,} \\p{L}{2,}.*")
            ? java.util.Arrays.stream(bc.split(" "))
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
                .collect(java.util.stream.Collectors.joining(" "))
            : bc.replace(" ", "").toUpperCase(Locale.ROOT);
        assertEquals("date:44 " + era + "=\"-0044\"", d(p, "in 44 " + era + " the"), era);
      }
      String ad = p.words("era-before-year").iterator().next();
      assertEquals("date:" + ad.toUpperCase(Locale.ROOT) + " 70=\"0070\"",
          d(p, "in " + ad.toUpperCase(Locale.ROOT) + " 70 the"));
      assertFalse(d(p, "an " + ad + " 70 times").startsWith("date:"), ad);
    }
  }
}
