package org.factdrill.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdrill.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A numeral hyphenated to a unit of time measures how long ("the three-day siege", "a one-week
 * strike", "a five-minute pause"), whatever determiner stands before the compound; the same
 * numeral before a noun that measures no time stays a determiner ("the three ships").
 */
class HyphenatedDurationsTest {
  private static String en(String text) {
    return Facts.describe(Language.fromCode("en").orElseThrow(), text);
  }

  @Test
  void aNumeralHyphenatedToAUnitOfTimeIsACount() {
    assertEquals("number:three=3", en("The three-day siege ended the revolt."));
    assertEquals("number:one=1", en("The miners began a one-week strike."));
    assertEquals("number:five=5", en("The speaker asked for a five-minute pause."));
  }

  @Test
  void theSameNumeralBeforeAnotherNounIsADeterminer() {
    assertEquals("", en("The three ships left the harbour."));
    assertEquals("", en("It was a one-sided game."));
  }
}
