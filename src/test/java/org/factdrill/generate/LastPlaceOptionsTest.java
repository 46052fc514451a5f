package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Carried class (sixteenth session), options: a quantity written to two decimals or more and
 * four significant digits is a measure known to its last places; its wrong values vary there,
 * not by a few percent of the whole. Every text here is made up.
 */
class LastPlaceOptionsTest {
  private static final Pattern NUM = Pattern.compile("\\d+\\.\\d+");

  private static void near(List<String> offered, String lo, String hi) {
    for (String o : offered) {
      Matcher m = NUM.matcher(o);
      while (m.find()) {
        BigDecimal v = new BigDecimal(m.group());
        assertTrue(v.compareTo(new BigDecimal(lo)) >= 0 && v.compareTo(new BigDecimal(hi)) <= 0,
            v + " in: " + o);
      }
    }
  }

  @Test
  void aMeanYearInDaysVariesInItsHundredths(@TempDir Path dir) throws Exception {
    near(OptionsTrueElsewhereTest.offered(dir, "The Orrin calendar\n\nIn 1402 the astronomers of"
        + " Orrin fixed the mean year of their calendar at 365.24 days after forty years of"
        + " watching the sun.\n", "365.24"), "365.20", "365.28");
  }

  @Test
  void aMonthInDaysWithThreeDecimalsVariesInItsThousandths(@TempDir Path dir) throws Exception {
    near(OptionsTrueElsewhereTest.offered(dir, "The Tessel reckoning\n\nThe Tessel reckoning of"
        + " 1650 gave the lunar month a length of 29.531 days, which its priests kept for two"
        + " centuries.\n", "29.531"), "29.527", "29.535");
  }
}
