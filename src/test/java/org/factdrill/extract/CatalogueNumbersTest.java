package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A number after a catalogue's designator in capitals ("BWV 147", "Op. 27") labels a work. */
class CatalogueNumbersTest {
  private static final String[] FRAMES = {"The choir sang his cantata, %s %d, at the festival.",
      "His %s %d sonata was printed by the guild.", "The organist chose %s %d for the feast day."};

  @Test
  void aNumberAfterCapitalsIsNoCount() {
    Random r = new Random(1603);
    int tried = 0;
    while (tried < 400) {
      StringBuilder caps = new StringBuilder();
      for (int k = 0, n = 2 + r.nextInt(4); k < n; k++) {
        caps.append((char) ('A' + r.nextInt(26)));
      }
      String c = caps.toString();
      String low = c.toLowerCase(java.util.Locale.ROOT);
      if (Currencies.code(c) != null || low.equals("ad") || low.equals("bc") || low.equals("ce")
          || low.equals("bce")) {
        continue; // a currency's code makes money, an era a date
      }
      tried++;
      int number = 1 + r.nextInt(999);
      String s = String.format(FRAMES[r.nextInt(FRAMES.length)], c, number);
      String d = Facts.describe(Language.EN, s);
      assertFalse(d.contains("=" + number), s + " -> " + d);
    }
  }

  @Test
  void opusNumbersAndYearsAfterCapitals() {
    assertEquals("", Facts.describe(Language.EN, "The pianist chose Op. 27 for the encore."));
    assertEquals("date:1944=\"1944\"", Facts.describe(Language.EN, "The RAF 1944 raid failed."));
    assertEquals("number:75=75", Facts.describe(Language.EN, "The UN 75 years on met again.")
        .replaceAll("\\s*\\|.*", ""));
    assertEquals("money:USD 40={\"amount\":40,\"currency\":\"USD\"}",
        Facts.describe(Language.EN, "The fee was USD 40 a day."));
  }
}
