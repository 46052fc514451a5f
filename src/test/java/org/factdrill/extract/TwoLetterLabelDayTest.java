package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 33 (eighteenth session), its extraction half: a data box's label glued to the day of a
 * date keeps the day whether the label's last word has two letters or more ("Bãi bỏ4 tháng 9 năm
 * 1738" was read as September 1738); a code's capitals glued to a number stay a code. Every text
 * here is made up.
 */
class TwoLetterLabelDayTest {

  @Test
  void aTwoLetterWordGluedToADayIsALabel() {
    for (String[] c : List.of(
        new String[] {"vi", "Bãi bỏ4 tháng 9 năm 1738", "1738-09-04"},
        new String[] {"vi", "Mở14 tháng 3 năm 1702", "1702-03-14"},
        new String[] {"vi", "Thành lập4 tháng 3 năm 1702", "1702-03-04"},
        new String[] {"en", "Set up on4 March 1702", "1702-03-04"})) {
      String got = Facts.describe(Language.fromCode(c[0]).orElseThrow(), c[1] + "\n");
      assertTrue(got.contains(c[2]), c[1] + " -> " + got);
    }
  }

  @Test
  void capitalsGluedToANumberStayACode() {
    String got = Facts.describe(Language.EN, "The G7 summit met in March 1975.\n");
    assertTrue(!got.contains("number:7") && !got.contains("-07"), got);
  }
}
