package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A place's position on a map is no figure: degrees with a compass point, a latitude or longitude
 * named before its number, a pair of numbers each with its compass letter, a degree's minutes.
 * The same numbers counting something, or a lone capital letter after a number, stay facts.
 */
class PositionsTest {
  // sentences made up for this test; %s is the position
  private static final List<String[]> FRAMES = List.of(
      new String[] {"en", "The cutter Varo sank at %s on 3 May 1871."},
      new String[] {"vi", "Tàu Varo chìm ở %s ngày 3 tháng 5 năm 1871."},
      new String[] {"he", "הספינה ורו טבעה ב-%s ב-3 במאי 1871."},
      new String[] {"ru", "Судно Варо затонуло на %s 3 мая 1871 года."});

  private static String position(String lang, Random r) {
    int lat = 1 + r.nextInt(89);
    int lon = 1 + r.nextInt(179);
    int min = r.nextInt(60);
    return switch (lang) {
      case "vi" -> List.of(lat + " độ Bắc", "vĩ độ " + lat, lat + "° " + min + "′ B",
          lat + "°B, " + lon + "°Đ").get(r.nextInt(4));
      case "he" -> List.of(lat + " מעלות צפון", lat + "° " + min + "′ מזרח").get(r.nextInt(2));
      case "ru" -> List.of(lat + " градусов северной широты", lat + "° " + min + "′ с").get(
          r.nextInt(2));
      default -> List.of(lat + " degrees north", "latitude " + lat, lat + "° " + min + "′ N, "
          + lon + "° W", lat + "." + min + " N, " + lon + "." + min + " W", lat + "°N " + lon
          + "°W").get(r.nextInt(5));
    };
  }

  @Test
  void aPositionOnTheMapIsNoFigure() {
    Random r = new Random(1871);
    for (String[] f : FRAMES) {
      Language lang = Language.fromCode(f[0]).orElseThrow();
      for (int n = 0; n < 40; n++) {
        String text = f[1].formatted(position(f[0], r));
        String got = Facts.describe(lang, text);
        assertTrue(got.startsWith("date:") && !got.contains("number:"), text + " -> " + got);
      }
    }
  }

  @Test
  void countsOfDegreesAndLettersAfterANumberStayFacts() {
    assertEquals("number:40=40", Facts.describe(Language.EN,
        "The thermometer showed 40 degrees that night."));
    assertTrue(Facts.describe(Language.EN, "The North had 40 E divisions and 12 W crews.")
        .contains("number:40"), "a lone letter after a number is no compass point");
    assertTrue(Facts.describe(Language.EN, "The army marched 300 miles north in 1862.")
        .contains("number:300"), "a distance towards a point is a figure");
  }

  @Test
  void aLoneCompassLetterThatEndsAChronologyRowMakesItsNumberAPosition() {
    // Class 37 (nineteenth review): a loss's row ends with a figure and a one-letter point.
    for (String row : List.of(
        "1942 – The freighter Arla was sunk by a submarine off Cape Varn, 52 N.",
        "1943 – The tanker Bessa was lost in a storm west of Oskel, 14 W",
        "1944 – The collier Corra was sunk by a mine near Duren (30 S), with all hands.",
        "1945 – The liner Dena was torpedoed off Malver, 30 N 12 E.",
        "The liner Dena was torpedoed off Malver at 8 S; her crew was saved.")) {
      String got = Facts.describe(Language.EN, row + "\n");
      assertTrue(!got.contains("number:"), row + " -> " + got);
    }
    assertTrue(Facts.describe(Language.EN, "The fleet lost 14 ships, 6 of them in 1943.")
        .contains("number:14"), "a count goes on into its clause");
  }

  @Test
  void aDegreeAbbreviationWithItsFullStopAndMinutesMakesOnePosition() {
    // Class 37 (nineteenth review, after): the degrees as "deg." or "d.", the minutes with an
    // apostrophe, then a compass letter with its full stop; in a row, in prose, with a year.
    for (String row : List.of(
        "1861. The brig Sula went down off Tarn Island, 41 d. 12' N. Her boats were saved.",
        "1862 – The schooner Pell was wrecked, 7 d. 45' S., and her cargo lost.",
        "The whaler Orm was abandoned in 60 deg. 15’ N. in March 1870.",
        "In 1871 the bark Vey sank in 23 d. 5′ W. with her master.",
        "1873. Feb. 2. The steamer Rask foundered in 38 Deg. 50' S.\n",
        "1874. The brig Ulm sank in 41 d. 12' N., 9 d. 30' W., with all hands.",
        "1875 – The lugger Fenn went down in 51 d 40' N, 3 d 10' E on her way home.")) {
      String got = Facts.describe(Language.EN, row + "\n");
      assertTrue(!got.contains("number:"), row + " -> " + got);
    }
    // Pence and a count before other words stay figures.
    assertTrue(Facts.describe(Language.EN, "In 1790 bread cost 4 d. a loaf in the town.")
        .contains("number:4"), "a price in pence is no position");
    assertTrue(Facts.describe(Language.EN, "The rent was 12 d. 6 farthings in 1790.")
        .contains("number:12"), "an amount in old money is no position");
  }
}
