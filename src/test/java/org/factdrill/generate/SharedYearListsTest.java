package org.factdrill.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdrill.bank.Question;
import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A month of a list of months that share the year written after the last ("in March, April, and
 * May 1937") is not asked alone with the list's year put beside it; the last item, its year
 * written, is asked with the whole list shown. Generated invented sentences.
 */
class SharedYearListsTest {
  @Test
  void anEarlierMonthOfAListSharingOneYearIsNotAskedAlone() {
    List<String> m = Fixtures.EN_MONTHS;
    int asked = 0;
    for (int year = 1803; year < 1990; year += 11) {
      int a = year % 9;
      String list = year % 2 == 0 ? m.get(a) + ", " + m.get(a + 1) + ", and " + m.get(a + 2)
          : m.get(a) + " and " + m.get(a + 2);
      String text = "Harbour courts\n\nIn a set of rulings in " + list + " " + year
          + ", the harbour court of Lindmoor upheld the new tolls of the river guilds.\n";
      var r = Fixtures.extracted(Language.EN, text);
      assertTrue(Fixtures.asking(r, m.get(a)).isEmpty(), text);
      for (Question q : Fixtures.asking(r, m.get(a + 2) + " " + year)) {
        assertTrue(q.prompt().contains(list.substring(0, list.lastIndexOf(' '))), q.prompt());
        asked++;
      }
      for (Question q : r.bank().questions()) {
        assertFalse(q.prompt().contains("(" + year + ")"), q.prompt());
      }
    }
    assertTrue(asked > 0);
  }

  @Test
  void aMonthBeforeADateOfItsOwnIsStillAsked() {
    String text = "Harbour courts\n\nThe court of Lindmoor met in March 1851 and again on 4 May"
        + " 1852, when it upheld the new tolls of the river guilds.\n";
    assertFalse(Fixtures.asking(Fixtures.extracted(Language.EN, text), "March 1851").isEmpty());
  }
}
