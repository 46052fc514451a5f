package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A position printed as a wiki page prints it (degrees, then decimals after a slash, the two
 * halves joined by a semicolon), or in decimals with a degree sign and a decimal comma, is no
 * fact; two decimals joined by a comma in a list stay figures.
 */
class CoordinatePairsTest {
  // sentences made up for this test

  @Test
  void aSemicolonPairWithTwoDecimalsIsAPosition() {
    Random rnd = new Random(1906);
    for (int n = 0; n < 1500; n++) {
      double lat = rnd.nextDouble() * 180 - 90;
      double lon = rnd.nextDouble() * 360 - 180;
      int places = 2 + rnd.nextInt(4);
      String pair = String.format(Locale.ROOT, "%." + places + "f; %." + places + "f", lat, lon);
      String text = "Epicenter " + (int) Math.abs(lat) + "°N " + (int) Math.abs(lon) + "°W / "
          + pair + "\nThe quake killed 3,000 people.";
      assertEquals("number:3,000=3000", Facts.describe(Language.EN, text), text);
    }
  }

  @Test
  void degreesWithADecimalCommaAreAPositionWhole() {
    Random rnd = new Random(1011);
    for (int n = 0; n < 1500; n++) {
      String lat = String.format(Locale.ROOT, "%.5f", rnd.nextDouble() * 90).replace('.', ',');
      String lon = String.format(Locale.ROOT, "%.5f", rnd.nextDouble() * 180).replace('.', ',');
      String text = "Tọa độ " + lat + "°B " + lon + "°Đ. Trường có 300 học sinh.";
      assertEquals("number:300=300", Facts.describe(Language.VI, text), text);
    }
  }

  @Test
  void twoDecimalsInAListStayFigures() {
    assertEquals(List.of("1.25", "2.5"), Facts.of(Language.EN,
        "Prices rose from 1.25, 2.50 and more.").stream().map(f -> f.value().json()).toList());
  }
}
