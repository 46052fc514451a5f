package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The prefix-letter date grammar knows no words: year words with every prefix letter, eras,
 * decade and century words and range connectors all come from the pack, for each pack that
 * declares {@code dates prefix-letter}.
 */
class PrefixLetterDatesTest {

  private static List<LanguagePack> packs() {
    List<LanguagePack> packs = new ArrayList<>();
    for (LanguagePack p : LanguagePacks.all()) {
      if (p.setting("dates", "").equals("prefix-letter")) {
        packs.add(p);
      }
    }
    assertFalse(packs.isEmpty(), "no pack declares the prefix-letter grammar");
    return packs;
  }

  private static String d(LanguagePack p, String text) {
    return Facts.describe(Language.fromCode(p.code()).orElseThrow(), text);
  }

  @Test
  void everyYearWordIsReadBareAndAfterEachPrefixLetter() {
    for (LanguagePack p : packs()) {
      List<String> prefixes = new ArrayList<>(List.of(""));
      for (char c : p.prefixes().toCharArray()) {
        prefixes.add(String.valueOf(c));
      }
      int cases = 0;
      for (String word : p.words("year-words")) {
        for (String prefix : prefixes) {
          String text = prefix + word + " 1948";
          assertEquals("date:" + text + "=\"1948\"", d(p, text), p.code());
          cases++;
        }
      }
      assertTrue(cases >= prefixes.size(), p.code() + ": no year words");
    }
  }

  @Test
  void erasDecadesCenturiesAndConnectorsComeFromThePack() {
    for (LanguagePack p : packs()) {
      String year = p.words("year-words").iterator().next();
      for (String bc : p.words("era-bc")) {
        assertEquals("date:" + year + " 586 " + bc + "=\"-0586\"", d(p, year + " 586 " + bc), bc);
      }
      for (String ad : p.words("era-ad")) {
        assertEquals("date:" + year + " 70 " + ad + "=\"0070\"", d(p, year + " 70 " + ad), ad);
      }
      String article = p.words("definite-prefixes").iterator().next();
      for (String decade : p.words("decade-words")) {
        assertEquals("date:" + decade + " " + article + "-90=\"199\"",
            d(p, decade + " " + article + "-90"));
      }
      for (String century : p.words("century-words")) {
        String c = article + century + " " + article + "-20";
        assertEquals("date:" + c + "=\"19\"", d(p, c));
      }
      for (String to : p.words("range-connectors")) {
        String range = year + " 1992 " + to + " 1994";
        assertEquals("date:" + range + "=\"1992/1994\"", d(p, range), to);
      }
    }
  }
  @Test
  void aMonthNameCutShortWithoutItsMarkIsNoMonthAloneButIsBesideAYear() {
    int cases = 0;
    for (LanguagePack p : packs()) {
      List<String> prefixes = new ArrayList<>(List.of(""));
      for (char c : p.prefixes().toCharArray()) {
        prefixes.add(String.valueOf(c));
      }
      List<String> full = p.monthNames().get(0);
      for (int m = 0; m < full.size(); m++) {
        String name = full.get(m).toLowerCase(p.locale());
        for (int cut = 3; cut < name.length(); cut++) {
          String form = name.substring(0, cut);
          if (p.monthForms().get(form) == null) {
            continue; // only cuts the pack (or CLDR's abbreviations) knows as a month
          }
          for (String prefix : prefixes) {
            String alone = d(p, "x " + prefix + form + " y");
            assertFalse(alone.contains("date:"), p.code() + ": " + prefix + form + " -> " + alone);
            cases++;
          }
          String withYear = d(p, form + " 1948");
          assertTrue(withYear.contains(String.format("1948-%02d", m + 1)), form + " -> " + withYear);
        }
        if (prefixes.size() > 1 && !p.words("month-forms-also-words").contains(name)) {
          String whole = d(p, "x " + prefixes.get(1) + name + " y"); // the full name still is
          assertTrue(whole.contains(String.format("\"--%02d\"", m + 1)), name + " -> " + whole);
        }
      }
    }
    assertTrue(cases > 0, "no pack has a month name cut short");
  }
}
