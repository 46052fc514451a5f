package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class 56 (a), options: wrong values at a figure's own precision (its last decimals, a percent
 * or two off) suit a length of time of a cycle of nature or a rate; a measured size, count or
 * amount written to its hundredths varies as a whole figure (options a student can tell apart).
 * Every text here is made up; each test runs many seeds.
 */
class MeasuredSizeOptionsTest {
  /** The smallest gap, as a share of the answer, between the answer and a figure offered for it. */
  private static double nearest(Path dir, String text, String answer, char decimal)
      throws Exception {
    Pattern num = Pattern.compile(decimal == '.' ? "\\d[\\d,]*\\.\\d+" : "\\d[\\d.]*,\\d+");
    BigDecimal a = value(answer, decimal);
    double least = Double.MAX_VALUE;
    List<String> offered = OptionsTrueElsewhereTest.offered(dir, text, answer);
    for (String o : offered) {
      Matcher m = num.matcher(o);
      while (m.find()) {
        BigDecimal v = value(m.group(), decimal);
        if (v.compareTo(a) != 0) {
          least = Math.min(least, v.subtract(a).abs().divide(a, MathContext.DECIMAL64)
              .doubleValue());
        }
      }
    }
    return least;
  }

  private static BigDecimal value(String s, char decimal) {
    return new BigDecimal(decimal == '.' ? s.replace(",", "") : s.replace(".", "")
        .replace(',', '.'));
  }

  @Test
  void anAreaToItsHundredthsVariesAsAWholeFigure(@TempDir Path dir) throws Exception {
    double gap = nearest(dir, "The Tessel province\n\nIn 1650 the province of Tessel covered an"
        + " area of 4,512.37 square kilometres, most of it marsh and pasture.\n", "4,512.37", '.');
    assertTrue(gap >= 0.09, "nearest option " + gap);
  }

  @Test
  void aWeightOfGoodsToItsHundredthsVariesAsAWholeFigure(@TempDir Path dir) throws Exception {
    double gap = nearest(dir, "The Orlan mills\n\nIn 1720 the mills of Orlan ground 1,250.75"
        + " tonnes of flour for the royal army.\n", "1,250.75", '.');
    assertTrue(gap >= 0.09, "nearest option " + gap);
  }

  @Test
  void aVietnameseAreaWithADecimalCommaVariesAsAWholeFigure(@TempDir Path dir)
      throws Exception {
    double gap = nearest(dir, "Tỉnh Tessel\n\nNăm 1650, tỉnh Tessel có diện tích 4.512,37"
        + " ki-lô-mét vuông, phần lớn là đầm lầy và đồng cỏ chăn nuôi.\n", "4.512,37", ',');
    assertTrue(gap >= 0.09, "nearest option " + gap);
  }

  @Test
  void aRatePerHourKeepsItsPrecision(@TempDir Path dir) throws Exception {
    double gap = nearest(dir, "The Brask coaches\n\nIn 1802 the mail coach of Brask ran at"
        + " 14.25 miles per hour on the new road.\n", "14.25", '.');
    assertTrue(gap <= 0.03, "nearest option " + gap);
  }

  @Test
  void aRateWithAnArticleKeepsItsPrecision(@TempDir Path dir) throws Exception {
    double gap = nearest(dir, "The Orrin mint\n\nIn 1810 the mint of Orrin paid 1,203.75"
        + " crowns a ton for silver from the southern mines.\n", "1,203.75", '.');
    assertTrue(gap <= 0.03, "nearest option " + gap);
  }
}
