package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * Class 12 of the sixteenth review (every language): a chronology item cut from a long sentence
 * ends at a clause boundary, found after the left-out date even when the date holds a comma of
 * its own; an item that stays cut and whose words (or their last piece) hold no verb is not used.
 * Every sentence is made up; the dates are generated.
 */
class CutItemsTest {
  private static final List<String> SUBJECTS = List.of("President Alva Merrin",
      "Governor Tolk Varn", "The harbour council of Osk");

  @Test
  void theBoundaryIsFoundAfterADateWithItsOwnComma() {
    for (String who : SUBJECTS) {
      for (int day = 1; day <= 28; day += 9) {
        for (String month : List.of("Jan.", "March", "Aug.", "October")) {
          String date = month + " " + day + ", 19" + (10 + day);
          String sentence = who + " signed the Harbour Act into law on " + date
              + ", combining the river service with the lake patrol to form one guard.";
          String item = who + " signed the Harbour Act into law …";
          assertEquals(who + " signed the Harbour Act into law.",
              ItemEnds.closed(Language.EN, sentence, date, item), sentence);
        }
      }
    }
  }

  @Test
  void aCutItemWithoutAVerbInItsLastPieceIsNoEvent() {
    for (String item : List.of("The Harbour bill for federal funding of river towns …",
        "Varn, Tolk and Merra fell to the rebels, and, in the Second Battle of Osk …",
        "The charter of the Osk harbour guild and its seal …")) {
      assertTrue(ItemEnds.halfClause(Language.EN, item), item);
    }
    for (String item : List.of("Dự luật cảng Vân Hà về ngân sách của các thị trấn …",
        "Quân Zelbin tiến vào thành Marnov, và trong trận Phú Lộc …")) {
      assertTrue(ItemEnds.halfClause(Language.VI, item), item);
    }
    for (String item : List.of("The Harbour Act was signed into law …",
        "Merchants of Varn offered to sell the island to the guild …",
        "The Harbour Act was signed into law.")) {
      assertFalse(ItemEnds.halfClause(Language.EN, item), item);
    }
    for (String item : List.of("Quân Zelbin tiến đánh thành Marnov …",
        "Thư viện Kovla được mở cửa cho công chúng …")) {
      assertFalse(ItemEnds.halfClause(Language.VI, item), item);
    }
  }
}
