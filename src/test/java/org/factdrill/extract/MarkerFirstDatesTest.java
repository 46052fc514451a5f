package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdrill.lang.LanguagePack;
import org.factdrill.lang.LanguagePacks;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * The marker-first date grammar knows no words: every marker the pack lists (day, particle,
 * month, year, era, decade, century, season, connector) is read, in every combination, for each
 * pack that declares {@code dates marker-first}.
 */
class MarkerFirstDatesTest {

  private static List<LanguagePack> markerFirstPacks() {
    List<LanguagePack> packs = new ArrayList<>();
    for (LanguagePack p : LanguagePacks.all()) {
      if (p.setting("dates", "").equals("marker-first")) {
        packs.add(p);
      }
    }
    assertFalse(packs.isEmpty(), "no pack declares the marker-first grammar");
    return packs;
  }

  private static String d(LanguagePack p, String text) {
    return Facts.describe(Language.fromCode(p.code()).orElseThrow(), text);
  }

  private static String first(Set<String> words) {
    return words.stream().sorted().findFirst().orElseThrow();
  }

  @Test
  void everyDayParticleMonthAndYearMarkerOfThePackIsRead() {
    for (LanguagePack p : markerFirstPacks()) {
      int cases = 0;
      for (String day : p.words("day-words")) {
        List<String> particles = new ArrayList<>(p.words("day-particles"));
        particles.add("");
        for (String particle : particles) {
          for (String month : p.words("month-number-words")) {
            for (String year : p.words("year-words")) {
              String date = (day + " " + particle + " 9 " + month + " 11 " + year + " 1987")
                  .replaceAll(" +", " ");
              assertEquals("date:" + date + "=\"1987-11-09\"", d(p, date), p.code());
              cases++;
            }
          }
        }
      }
      assertFalse(cases == 0, p.code() + ": the pack lists no day, month or year markers");
    }
  }

  @Test
  void erasDecadesCenturiesSeasonsAndConnectorsComeFromThePack() {
    for (LanguagePack p : markerFirstPacks()) {
      String year = first(p.words("year-words"));
      for (String bc : p.words("era-bc")) {
        assertEquals("date:" + year + " 111 " + bc + "=\"-0111\"", d(p, year + " 111 " + bc));
      }
      for (String decade : p.words("decade-words")) {
        assertEquals("date:" + decade + " 1960=\"196\"", d(p, decade + " 1960"));
      }
      for (String century : p.words("century-words")) {
        for (String ordinal : p.words("century-ordinals")) {
          String c = century + " " + ordinal + " XIX";
          assertEquals("date:" + c + "=\"18\"", d(p, c));
        }
      }
      for (String season : p.words("season-words")) {
        for (String name : p.words("seasons")) {
          assertEquals("date:" + season + " " + name + " 1992=\"1992\"",
              d(p, season + " " + name + " 1992"));
        }
      }
      for (String to : p.words("range-connectors")) {
        String range = year + " 1994 " + to + " " + year + " 2009";
        assertEquals("date:" + range + "=\"1994/2009\"", d(p, range), p.code() + " " + to);
      }
    }
  }

  @Test
  void aNumberAfterAnAgeWordIsNotAYear() {
    for (LanguagePack p : markerFirstPacks()) {
      String year = first(p.words("year-words"));
      for (String age : p.words("age-words")) {
        assertFalse(d(p, year + " 20 " + age).startsWith("date:"), p.code() + " " + age);
      }
    }
  }
}
