package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A designator's noun after a distributive word ("each battalion", "mỗi tiểu đoàn") is counted,
 * not named, so the number after it is a count; a unit's name never runs on to a grouped number
 * with its counted noun. A named unit ("Battalion 120") stays a label.
 */
class DistributedDesignatorsTest {
  private static final Language RU = Language.fromCode("ru").orElseThrow();
  private static final Language[] LANGS = {Language.EN, Language.VI, Language.HE, RU};
  // made up for this test: "{each} {battalion} N {men}."
  private static final String[][] PARTS = {
      {"In the old army each battalion", "men."},
      {"Trong quân đội cũ mỗi tiểu đoàn", "người."},
      {"בצבא הישן כל גדוד", "חיילים."},
      {"В старой армии каждый батальон", "человек."}};

  @Test
  void aNumberAfterADistributedDesignatorIsACount() {
    Random r = new Random(120);
    for (int k = 0; k < 200; k++) {
      int l = r.nextInt(LANGS.length);
      int n = 20 + r.nextInt(900);
      String text = PARTS[l][0] + " " + n + " " + PARTS[l][1];
      assertTrue(Facts.describe(LANGS[l], text).contains("=" + n), text);
    }
  }

  @Test
  void aUnitsNameDoesNotRunOnToAGroupedCount() {
    String text = "Quân số của một quân đoàn tăng lên thành khoảng 5.200 người.";
    assertTrue(Facts.describe(Language.VI, text).contains("=5200"), text);
    String named = "Quân đoàn 4 tiến vào thành phố.";
    assertEquals("", Facts.describe(Language.VI, named), named);
    String battalion = "Battalion 120 crossed the river.";
    assertEquals("", Facts.describe(Language.EN, battalion), battalion);
  }
}
