package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import java.util.Set;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/** A word whose first syllable is spelled as a numeral ("tỷ lệ", rate) holds no number. */
class NumeralCompoundsTest {
  // sentences made up for this test

  @Test
  void everyCompoundOfThePackIsNoNumberAndItsNumeralBeforeANounIs() {
    Set<String> compounds = Lexicon.of(Language.VI).words(WordList.NUMERAL_COMPOUNDS);
    assertFalse(compounds.isEmpty());
    String[] before = {"", "Một ", "Theo báo cáo, ", "Năm 1990, một "};
    String[] after = {" tăng mạnh.", " của vùng này thay đổi.", " được nói đến."};
    Random r = new Random(75);
    for (String c : compounds) {
      for (int k = 0; k < 6; k++) {
        String b = before[r.nextInt(before.length)];
        String w = b.isEmpty() ? Character.toUpperCase(c.charAt(0)) + c.substring(1) : c;
        String text = b + w + after[r.nextInt(after.length)];
        String got = Facts.describe(Language.VI, text);
        assertEquals(b.contains("1990") ? "date:Năm 1990=\"1990\"" : "", got, text);
      }
      String numeral = c.substring(0, c.indexOf(' '));
      String count = "Có hai " + numeral + " người dân.";
      assertFalse(Facts.describe(Language.VI, count).isEmpty(), count);
    }
  }
}
