package org.factdrill.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A chronology whose entry breaks were lost ends its sentences with the next entry's year. */
class LostBreaksYearHeadsTest {
  private static final Set<String> LEADS = Set.of("in", "of", "by", "until", "since", "the");

  @Test
  void sentencesEndingWithTheNextEntrysBareYearAreLostBreaks() {
    assertTrue(LostBreaks.yearHeads("Marlow charted the northern bay 1611. Dunning built a fort "
        + "on the cape and traded furs 1624–9. Orrin crossed the lakes by canoe 1633. Vesey "
        + "founded a mission.", LEADS));
  }

  @Test
  void proseWithYearsAfterPrepositionsIsNot() {
    assertFalse(LostBreaks.yearHeads("Marlow charted the northern bay in 1611. Dunning built a "
        + "fort by 1624. Orrin crossed the lakes until 1633. Vesey founded a mission, 1640. "
        + "Later it grew.", LEADS));
  }
}
