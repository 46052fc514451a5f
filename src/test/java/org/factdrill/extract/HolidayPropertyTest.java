package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.factdrill.lang.Holidays;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Property: for random years, "<holiday name> <year>" written in each pack's language (every
 * name the pack lists, in lower case, capitalised, after a preposition or prefix letters and
 * inside a sentence) reads back as exactly one date fact whose value is the day, or the period,
 * that the holiday's calendar rule gives for that year ({@link HolidaysTest} checks those rules
 * against ICU's own holiday tables and calendars). Fixed seed; thousands of cases per language.
 */
class HolidayPropertyTest {
  private static final int CASES_PER_NAME = 60;

  @Test
  void everyPackReadsItsHolidayNamesWithAYear() {
    for (Language lang : Language.values()) {
      Map<String, String> names = lang.pack().holidays();
      Random rnd = new Random(19_3L + lang.code().hashCode());
      List<String> failures = new ArrayList<>();
      int cases = 0;
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(names).entrySet()) {
        for (int n = 0; n < CASES_PER_NAME; n++) {
          int year = 1800 + rnd.nextInt(300);
          Holidays.Days days = Holidays.of(e.getValue(), year).orElse(null);
          if (days == null) {
            continue; // a lunar holiday that does not start in this Gregorian year
          }
          String name = variant(e.getKey(), rnd, lang);
          String phrase = name + " " + year;
          String text = frame(phrase, rnd);
          cases++;
          List<Fact> facts = Facts.of(lang, text).stream()
              .filter(f -> f.kind() == FactKind.DATE).toList();
          String want = iso(days);
          if (facts.size() != 1 || !ValueJson.node(facts.get(0).value()).asText().equals(want)
              || !facts.get(0).text().endsWith(String.valueOf(year))) {
            failures.add(text + " -> " + facts + " (want " + want + ")");
          }
        }
      }
      System.out.printf("holidays %s: %d names, %d cases, %d failures%n", lang, names.size(),
          cases, failures.size());
      assertTrue(names.isEmpty() || cases >= 1000, lang + ": " + cases + " cases");
      assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())), lang.code());
    }
  }

  /** Holidays need their year: a name alone is not read as a date of that holiday. */
  @Test
  void aHolidayWithoutAYearIsNoDate() {
    for (Language lang : Language.values()) {
      for (String name : lang.pack().holidays().keySet()) {
        List<Fact> facts = Facts.of(lang, name + ".");
        assertTrue(facts.stream().noneMatch(f -> f.text().equalsIgnoreCase(name)),
            lang + " " + name + ": " + facts);
      }
    }
  }

  private static String iso(Holidays.Days d) {
    return d.oneDay() ? d.first().toString() : d.first() + "/" + d.last();
  }

  private static String variant(String name, Random rnd, Language lang) {
    switch (rnd.nextInt(3)) {
      case 0:
        return name;
      case 1: // Title Case, as names are usually written
        StringBuilder b = new StringBuilder();
        for (String w : name.split(" ")) {
          b.append(b.length() == 0 ? "" : " ")
              .append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
        }
        return b.toString();
      default: // a prefix letter where the language writes them ("בפסח")
        String prefixes = lang.pack().prefixes();
        return prefixes.isEmpty() ? name.toUpperCase(Locale.ROOT)
            : prefixes.charAt(rnd.nextInt(prefixes.length())) + name;
    }
  }

  private static String frame(String phrase, Random rnd) {
    switch (rnd.nextInt(3)) {
      case 0:
        return phrase;
      case 1:
        return phrase + ".";
      default:
        return "— " + phrase + ", …";
    }
  }

}
