package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Two numbers joined by a word for "or" are one estimate, a range, when the larger is at most
 * twice the smaller (or they are neighbours): "độ 250 hay là 300 thước", "5 hoặc 6 chiếc"; farther
 * apart they are two figures. Vietnamese says "or" as "hoặc", "hay", "hay là", in digits as in
 * words.
 */
class AlternativesTest {
  // sentences made up for this test; %s is the pair
  private static final List<String> FRAMES = List.of(
      "Súng của đồn Bến Lau chỉ bắn xa độ %s thước là cùng.",
      "Đoàn thuyền của làng chài có %s chiếc ghe ra khơi mỗi sáng.",
      "Mùa ấy quan huyện sai %s người đi đắp đê bên sông Lam.");
  private static final String[] ORS = {"hoặc", "hay", "hay là"};

  @Test
  void closeAlternativesInDigitsAreOneRange() {
    Random r = new Random(1503);
    for (int k = 0; k < 300; k++) {
      int lo = 10 + r.nextInt(900);
      int hi = lo + 1 + r.nextInt(lo); // at most twice the smaller
      String or = ORS[r.nextInt(ORS.length)];
      String pair = lo + " " + or + " " + hi;
      String text = FRAMES.get(r.nextInt(FRAMES.size())).formatted(pair);
      String got = Facts.describe(Language.VI, text);
      assertTrue(got.startsWith("number:" + pair + "=[" + lo + "," + hi + "]"), text + " -> " + got);
    }
  }

  @Test
  void alternativesFarApartAreTwoFigures() {
    Random r = new Random(150);
    for (int k = 0; k < 300; k++) {
      int lo = 10 + r.nextInt(370);
      int hi = 2 * lo + 11 + r.nextInt(200); // more than twice the smaller, not neighbours, no year
      String or = ORS[r.nextInt(ORS.length)];
      String text = FRAMES.get(r.nextInt(FRAMES.size())).formatted(lo + " " + or + " " + hi);
      String got = Facts.describe(Language.VI, text);
      assertFalse(got.contains("=["), text + " -> " + got);
      assertTrue(got.contains(lo + "=" + lo) && got.contains(hi + "=" + hi), text + " -> " + got);
    }
  }

  @Test
  void yearsJoinedByOrStayYears() {
    for (int y = 1800; y < 2000; y += 7) {
      String text = "Đình làng được dựng lại năm " + y + " hay " + (y + 1) + " sau trận lụt lớn.";
      String got = Facts.describe(Language.VI, text);
      assertTrue(got.startsWith("date:năm " + y + "=\"" + y + "\""), text + " -> " + got);
    }
  }

  @Test
  void oneEstimateIsSymmetricAndBoundedByTwiceTheSmaller() {
    Random r = new Random(7);
    for (int k = 0; k < 2000; k++) {
      BigDecimal a = BigDecimal.valueOf(1 + r.nextInt(5000));
      BigDecimal b = BigDecimal.valueOf(1 + r.nextInt(5000));
      boolean one = Alternatives.oneEstimate(a, b);
      assertEquals(one, Alternatives.oneEstimate(b, a), a + " " + b);
      BigDecimal lo = a.min(b);
      BigDecimal hi = a.max(b);
      if (lo.compareTo(BigDecimal.TEN) >= 0 && hi.compareTo(lo.add(lo)) <= 0) {
        assertTrue(one, a + " or " + b + ": the larger at most twice the smaller");
      } else if (hi.compareTo(lo.add(lo)) > 0 && hi.subtract(lo).intValue() > 10) {
        assertFalse(one, a + " or " + b + ": far apart");
      }
    }
  }
}
